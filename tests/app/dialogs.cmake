# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the dialogs and of nd::DisplayText (owned by the dialogs helper); included by
# tests/app/CMakeLists.txt. The dialog tests drive real widgets against an in-process sandbox.
set(nd_dialog_test_libs numberdesk_app numberdesk_sandbox numberdesk_settings numberdesk_core Qt6::Widgets)

foreach(nd_dialog_test rentdialog releasedialog numberdetailsdialog callbackconfigdialog settingsdialog dialogaudit)
    nd_add_test(tst_${nd_dialog_test} GUI
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${nd_dialog_test}.cpp ${CMAKE_CURRENT_LIST_DIR}/dialogtesthelpers.h
        LIBS ${nd_dialog_test_libs}
        TIMEOUT 180)
endforeach()

nd_add_test(tst_displaytext
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_displaytext.cpp
    LIBS numberdesk_models numberdesk_core)

# The app's dialogs and numberdesk-cli write the same record for the same action under the same fault.
if(TARGET numberdesk-cli)
    nd_add_test(tst_samerecord GUI
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_samerecord.cpp ${CMAKE_CURRENT_LIST_DIR}/dialogtesthelpers.h
        LIBS ${nd_dialog_test_libs}
        TIMEOUT 300)
    target_compile_definitions(tst_samerecord PRIVATE ND_CLI_BINARY="$<TARGET_FILE:numberdesk-cli>")
    add_dependencies(tst_samerecord numberdesk-cli)
endif()
