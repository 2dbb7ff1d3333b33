# CPack: one configuration, a generator per platform.
#   Linux:   DEB (Debian's Qt, dependencies from dpkg-shlibdeps) and TGZ (portable: carries its Qt)
#   Windows: WIX (an MSI; needs the WiX Toolset 3)
#   macOS:   DragNDrop (a DMG with Lieu.app and a link to /Applications)
# Included from packaging/CMakeLists.txt, where LIEU_GUI and LIEU_APP_ID are set.

set(CPACK_PACKAGE_NAME "Lieu")
set(CPACK_PACKAGE_VENDOR "The Lieu developers")
set(CPACK_PACKAGE_CONTACT "The Lieu developers <maintainers@lieu.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Lieu keeps track of time off in lieu (TOIL): employees log their hours, the extra hours their \
supervisor approves become time off that expires after a set period, and employees spend it through \
leave applications. It works on a local SQLite file or a shared MariaDB/MySQL database, from the \
desktop window or from lieuctl, the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lieu")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
# WiX takes the licence as .txt (converted to RTF) or .rtf, not as a bare LICENSE.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
if(LIEU_GUI)
    # Start-menu shortcut (WiX); the name under which the program is listed.
    set(CPACK_PACKAGE_EXECUTABLES "lieu" "Lieu")
else()
    set(CPACK_PACKAGE_EXECUTABLES "")
endif()
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-[^/]*/" "\\\\.AppImage$")

if(WIN32)
    set(CPACK_GENERATOR "WIX")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# --- DEB ----------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "lieu")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What is opened with dlopen() and dpkg-shlibdeps therefore cannot see. (The TLS plugins come with
# libqt6network6 and the keychain library with libqt6keychain1, both linked, so found.)
set(deb_depends "libqt6sql6-sqlite" "libqt6sql6-mysql")
# The CA certificates the SMTP client verifies servers against; Qt's own messages in German, French...
set(deb_recommends "ca-certificates" "qt6-translations-l10n")
if(LIEU_GUI)
    list(APPEND deb_depends "libqt6svg6")          # the SVG icon engine and image format
    # QtKeychain opens libsecret to reach the Secret Service (GNOME Keyring, KeePassXC ...); without it
    # only KWallet is left, and the connection and mail pages could not keep a password elsewhere.
    list(APPEND deb_depends "libsecret-1-0")
    list(APPEND deb_recommends "qt6-wayland")
endif()
list(JOIN deb_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
list(JOIN deb_recommends ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- TGZ: the portable tarball carries its Qt (the "qtbundle" component, see CPackProjectConfig)

# --- WIX ----------------------------------------------------------------------------------------
# Never change the upgrade code: it is how Windows Installer knows a new MSI replaces an old one.
set(LIEU_WIX_UPGRADE_GUID "919E619B-5869-45C4-9636-FB7B8C73C2E6")
set(CPACK_WIX_UPGRADE_GUID "${LIEU_WIX_UPGRADE_GUID}")
set(CPACK_WIX_PRODUCT_ICON "${LIEU_ICON_DIR}/lieu.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Lieu")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_ROOT_FEATURE_TITLE "Lieu")
set(CPACK_WIX_ROOT_FEATURE_DESCRIPTION "${PROJECT_DESCRIPTION}")

# --- DragNDrop ----------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Lieu")
if(APPLE)
    set(CPACK_PACKAGE_ICON "${LIEU_ICON_DIR}/lieu.icns")   # the volume icon
endif()
set(CPACK_DMG_FORMAT "UDZO")

# Per-generator settings that depend on which generator runs (read by cpack, not by cmake).
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/CPackProjectConfig.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/CPackProjectConfig.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_BINARY_DIR}/CPackProjectConfig.cmake")

include(CPack)
