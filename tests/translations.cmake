# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# nd_embed_translations(<target>): embeds the built numberdesk_<lang>.qm files at :/i18n/ into a test
# executable, the way translations/CMakeLists.txt embeds them into numberdesk and numberdesk-cli, so that
# nd::availableLanguages() and nd::installTranslations() see the real translations in tests.
# The .qm files are built by lrelease into the translations build directory (release_translations).
function(nd_embed_translations target)
    if(NOT TARGET release_translations)
        return()
    endif()
    file(GLOB nd_ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/numberdesk_*.ts)
    set(nd_qm_files)
    foreach(nd_ts IN LISTS nd_ts_files)
        get_filename_component(nd_base ${nd_ts} NAME_WE)
        list(APPEND nd_qm_files ${PROJECT_BINARY_DIR}/translations/${nd_base}.qm)
    endforeach()
    set_source_files_properties(${nd_qm_files} PROPERTIES GENERATED TRUE)
    qt_add_resources(${target} "${target}_translations"
        PREFIX /i18n
        BASE ${PROJECT_BINARY_DIR}/translations
        FILES ${nd_qm_files})
    add_dependencies(${target} release_translations)
endfunction()
