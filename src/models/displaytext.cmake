# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Included by src/models/CMakeLists.txt (OPTIONAL); owned by the dialogs helper.
target_sources(numberdesk_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/displaytext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/displaytext.h
)
