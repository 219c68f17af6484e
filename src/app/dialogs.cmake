# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The dialogs of the app (owned by the dialogs helper); included by src/app/CMakeLists.txt.
target_sources(numberdesk_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/confirmation.cpp ${CMAKE_CURRENT_LIST_DIR}/confirmation.h
    ${CMAKE_CURRENT_LIST_DIR}/errorbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/errorbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/smsvoiceconfigwidget.cpp ${CMAKE_CURRENT_LIST_DIR}/smsvoiceconfigwidget.h
    ${CMAKE_CURRENT_LIST_DIR}/rentdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/rentdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/releasedialog.cpp ${CMAKE_CURRENT_LIST_DIR}/releasedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/numberdetailsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/numberdetailsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/callbackconfigdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/callbackconfigdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/activitydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/activitydialog.h
    ${PROJECT_SOURCE_DIR}/ui/smsvoiceconfigwidget.ui
    ${PROJECT_SOURCE_DIR}/ui/rentdialog.ui
    ${PROJECT_SOURCE_DIR}/ui/releasedialog.ui
    ${PROJECT_SOURCE_DIR}/ui/numberdetailsdialog.ui
    ${PROJECT_SOURCE_DIR}/ui/callbackconfigdialog.ui
    ${PROJECT_SOURCE_DIR}/ui/settingsdialog.ui
    ${PROJECT_SOURCE_DIR}/ui/activitydialog.ui
)

