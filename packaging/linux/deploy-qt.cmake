# Makes an installed Lieu tree self-contained on Linux: copies the Qt plugins it needs and every
# shared library that the executables and plugins load (found with file(GET_RUNTIME_DEPENDENCIES)),
# points their run paths at each other with patchelf, and writes a qt.conf. The result runs on a
# machine without Qt: the AppImage and the portable tarball are made from it.
#
# Run at install time (install(CODE) in packaging/CMakeLists.txt, component "qtbundle"), or as
#   cmake -DLIEU_DEPLOY_ROOT=... -DLIEU_DEPLOY_EXECUTABLES=... -DLIEU_QT_PLUGINS_DIR=... -P deploy-qt.cmake
# Inputs:
#   LIEU_DEPLOY_ROOT             the installed prefix (holds bin/)
#   LIEU_DEPLOY_EXECUTABLES      the programs, relative to the prefix (bin/lieu;bin/lieuctl)
#   LIEU_DEPLOY_PLUGINS          plugin globs relative to the Qt plugin directory (sqldrivers/*.so ...);
#                                each must match at least one file
#   LIEU_DEPLOY_OPTIONAL_PLUGINS plugin globs copied when the build machine has them, optional
#   LIEU_QT_PLUGINS_DIR          the Qt plugin directory of the Qt that was built against
#   LIEU_QT_TRANSLATIONS_DIR     Qt's own translations (qtbase_de.qm ...), optional
#   LIEU_DEPLOY_QT_TRANSLATIONS  languages whose Qt translations are copied (de;fr ...), optional
#   LIEU_DEPLOY_KEYCHAIN         ON when a program uses QtKeychain: libsecret, which it opens by name,
#                                joins the bundle
#   LIEU_PATCHELF                the patchelf program
cmake_minimum_required(VERSION 3.22)

foreach(var LIEU_DEPLOY_ROOT LIEU_DEPLOY_EXECUTABLES LIEU_QT_PLUGINS_DIR LIEU_PATCHELF)
    if(NOT ${var})
        message(FATAL_ERROR "deploy-qt: ${var} is not set")
    endif()
endforeach()

set(root "${LIEU_DEPLOY_ROOT}")
set(libdir "${root}/lib")
set(plugindir "${root}/plugins")
file(MAKE_DIRECTORY "${libdir}" "${plugindir}")

# Libraries that must come from the user's system, never from the bundle: the C library and the
# compiler runtime (everything else is linked against them), the graphics driver stack (it must
# match the kernel driver and the GPU), the X11 client core and fontconfig/freetype (they must
# match the X server and the system's font configuration).
set(system_libraries
    "^ld-linux" "^libc\\.so" "^libm\\.so" "^libmvec\\.so" "^libdl\\.so" "^libpthread\\.so"
    "^librt\\.so" "^libresolv\\.so" "^libutil\\.so" "^libanl\\.so" "^libnsl\\.so"
    "^libBrokenLocale\\.so" "^libstdc\\+\\+\\.so" "^libgcc_s\\.so"
    "^libGL\\.so" "^libGLX" "^libEGL\\.so" "^libGLdispatch\\.so" "^libOpenGL\\.so" "^libGLESv2\\.so"
    "^libdrm\\.so" "^libgbm\\.so" "^libvulkan\\.so"
    "^libX11\\.so" "^libX11-xcb\\.so" "^libxcb\\.so"
    "^libfontconfig\\.so" "^libfreetype\\.so")

# 1. The Qt plugins. A required one that is missing is an error: without it the bundle would be
# built anyway and fail only on the user's machine, where that plugin is first loaded.
set(plugin_files)
set(missing_plugins)
foreach(pattern IN LISTS LIEU_DEPLOY_PLUGINS LIEU_DEPLOY_OPTIONAL_PLUGINS)
    file(GLOB found LIST_DIRECTORIES false "${LIEU_QT_PLUGINS_DIR}/${pattern}")
    if(NOT found AND pattern IN_LIST LIEU_DEPLOY_PLUGINS)
        list(APPEND missing_plugins "${pattern}")
    endif()
    foreach(src IN LISTS found)
        file(RELATIVE_PATH rel "${LIEU_QT_PLUGINS_DIR}" "${src}")
        get_filename_component(reldir "${rel}" DIRECTORY)
        file(MAKE_DIRECTORY "${plugindir}/${reldir}")
        file(COPY_FILE "${src}" "${plugindir}/${rel}" ONLY_IF_DIFFERENT)
        list(APPEND plugin_files "${plugindir}/${rel}")
    endforeach()
endforeach()
if(missing_plugins)
    list(JOIN missing_plugins ", " missing_plugins)
    message(FATAL_ERROR "deploy-qt: no Qt plugin in ${LIEU_QT_PLUGINS_DIR} matches ${missing_plugins} "
        "(packaging/debian/build-deps.txt names the packages that provide them)")
endif()
list(REMOVE_DUPLICATES plugin_files)

set(executables)
foreach(exe IN LISTS LIEU_DEPLOY_EXECUTABLES)
    if(NOT EXISTS "${root}/${exe}")
        message(FATAL_ERROR "deploy-qt: ${root}/${exe} is not installed")
    endif()
    list(APPEND executables "${root}/${exe}")
endforeach()

# Libraries loaded with dlopen() that no ELF header names: OpenSSL for the TLS plugin, and libsecret,
# which QtKeychain opens to reach the Secret Service (GNOME Keyring, KeePassXC ...). Both are found by
# their plain names, through the run path of libQt6Core (whose QLibrary calls dlopen), so in lib/.
get_filename_component(syslibdir "${LIEU_QT_PLUGINS_DIR}/../.." ABSOLUTE)
set(dlopened)
if(plugin_files MATCHES "libqopensslbackend")
    list(APPEND dlopened libssl.so.3 libcrypto.so.3)
endif()
if(LIEU_DEPLOY_KEYCHAIN)
    list(APPEND dlopened libsecret-1.so.0)
endif()
set(extra_modules)
foreach(name IN LISTS dlopened)
    if(NOT EXISTS "${syslibdir}/${name}")
        message(FATAL_ERROR "deploy-qt: ${syslibdir}/${name} is missing: the bundle needs it at run time "
            "(packaging/debian/build-deps.txt names its package)")
    endif()
    list(APPEND extra_modules "${syslibdir}/${name}")
endforeach()

# MariaDB's client loads its authentication plugins (caching_sha2_password ...) at run time from
# a directory that AppRun names in MARIADB_PLUGIN_DIR.
set(mariadb_plugins)
if(plugin_files MATCHES "libqsqlmysql")
    file(GLOB found "${syslibdir}/libmariadb3/plugin/*.so")
    if(found)
        file(MAKE_DIRECTORY "${libdir}/mariadb-plugins")
        file(COPY ${found} DESTINATION "${libdir}/mariadb-plugins")
        file(GLOB mariadb_plugins "${libdir}/mariadb-plugins/*.so")
    endif()
endif()

# 2. Every shared library they need, apart from the system's own.
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${executables}
    MODULES ${plugin_files} ${mariadb_plugins} ${extra_modules}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    PRE_EXCLUDE_REGEXES ${system_libraries})
if(unresolved)
    message(FATAL_ERROR "deploy-qt: cannot find ${unresolved}")
endif()
list(APPEND resolved ${extra_modules})
list(REMOVE_DUPLICATES resolved)

set(bundled_libraries)
foreach(lib IN LISTS resolved)
    # Keep the name the program asks for (the SONAME link), with the real file's contents.
    get_filename_component(name "${lib}" NAME)
    file(REAL_PATH "${lib}" real)
    file(COPY_FILE "${real}" "${libdir}/${name}" ONLY_IF_DIFFERENT)
    file(CHMOD "${libdir}/${name}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    list(APPEND bundled_libraries "${libdir}/${name}")
endforeach()
# Qt 6.4's TLS plugin asks for OpenSSL without a version (dlopen of libssl.so and libcrypto.so) before
# it searches the system's library directories; from the bundle's lib/, where libQt6Core's run path
# points, those names must lead to the bundled OpenSSL, or the host's would be taken (the one in
# libssl-dev, or any libssl.so.* found on the system) next to the bundled libcrypto already loaded.
if(plugin_files MATCHES "libqopensslbackend")
    foreach(name ssl crypto)
        file(CREATE_LINK "lib${name}.so.3" "${libdir}/lib${name}.so" SYMBOLIC)
    endforeach()
endif()
list(LENGTH bundled_libraries nlibs)
list(LENGTH plugin_files nplugins)
message(STATUS "deploy-qt: ${nlibs} libraries and ${nplugins} plugins into ${root}")

# 3. Run paths: each file finds the bundled libraries relative to itself.
function(set_runpath file runpath)
    execute_process(COMMAND "${LIEU_PATCHELF}" --set-rpath "${runpath}" "${file}"
        RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "deploy-qt: patchelf on ${file}: ${err}")
    endif()
endfunction()

foreach(exe IN LISTS executables)
    set_runpath("${exe}" "$ORIGIN/../lib")
endforeach()
foreach(lib IN LISTS bundled_libraries)
    set_runpath("${lib}" "$ORIGIN")
endforeach()
foreach(plugin IN LISTS plugin_files)
    set_runpath("${plugin}" "$ORIGIN/../../lib")
endforeach()
foreach(plugin IN LISTS mariadb_plugins)
    set_runpath("${plugin}" "$ORIGIN/..")
endforeach()

# 4. Qt's own translations of its dialogs and messages, for the languages Lieu speaks (core/I18n.cpp
# loads qtbase_LANG.qm from Qt's translations path, which qt.conf points into the bundle).
if(LIEU_QT_TRANSLATIONS_DIR AND LIEU_DEPLOY_QT_TRANSLATIONS)
    file(MAKE_DIRECTORY "${root}/translations")
    foreach(lang IN LISTS LIEU_DEPLOY_QT_TRANSLATIONS)
        set(qm "${LIEU_QT_TRANSLATIONS_DIR}/qtbase_${lang}.qm")
        if(NOT EXISTS "${qm}")
            message(FATAL_ERROR "deploy-qt: ${qm} is missing (Debian: qt6-translations-l10n)")
        endif()
        file(COPY "${qm}" DESTINATION "${root}/translations")
    endforeach()
endif()

# 5. qt.conf beside the programs: Qt then looks for plugins and translations in the bundle only.
file(WRITE "${root}/bin/qt.conf"
    "# Written by the deploy step: Qt's plugins and translations travel with the program.\n"
    "[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n")
