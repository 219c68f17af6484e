# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The translation loader (nd::installTranslations and friends), appended to numberdesk_settings.
# Included by translations/CMakeLists.txt (owned by the i18n helper); Qt Core only.
if(TARGET numberdesk_settings)
    target_sources(numberdesk_settings PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/translationloader.cpp
        ${CMAKE_CURRENT_LIST_DIR}/translationloader.h)
endif()
