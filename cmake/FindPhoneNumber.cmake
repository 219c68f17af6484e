# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Finds Google's libphonenumber (C++), which ships no CMake or pkg-config file in Debian (libphonenumber-dev).
# Creates the imported target PhoneNumber::PhoneNumber. Its headers include protobuf and abseil headers, which
# Debian installs with it. For a static build (the Windows cross build) list what it needs to link in
# PhoneNumber_EXTRA_LIBRARIES (protobuf, the regex backend, ...).
find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber)
# Its headers use protobuf's types, so code that includes them can reference protobuf symbols directly (UBSan's
# vptr check in the fuzz build needs protobuf's type info): link protobuf explicitly, unless
# PhoneNumber_EXTRA_LIBRARIES already says what to link.
if(NOT PhoneNumber_EXTRA_LIBRARIES)
    find_library(PhoneNumber_PROTOBUF_LIBRARY NAMES protobuf)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR)

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")
    if(PhoneNumber_EXTRA_LIBRARIES)
        set_property(TARGET PhoneNumber::PhoneNumber PROPERTY INTERFACE_LINK_LIBRARIES "${PhoneNumber_EXTRA_LIBRARIES}")
    elseif(PhoneNumber_PROTOBUF_LIBRARY)
        set_property(TARGET PhoneNumber::PhoneNumber PROPERTY INTERFACE_LINK_LIBRARIES "${PhoneNumber_PROTOBUF_LIBRARY}")
    endif()
endif()
mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY PhoneNumber_PROTOBUF_LIBRARY)
