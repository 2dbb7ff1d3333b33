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
#   LIEU_DEPLOY_PLUGINS          plugin globs relative to the Qt plugin directory (sqldrivers/*.so ...)
#   LIEU_QT_PLUGINS_DIR          the Qt plugin directory of the Qt that was built against
#   LIEU_QT_TRANSLATIONS_DIR     Qt's own translations (qtbase_de.qm ...), optional
#   LIEU_DEPLOY_QT_TRANSLATIONS  languages whose Qt translations are copied (de;fr ...), optional
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

# 1. The Qt plugins.
set(plugin_files)
foreach(pattern IN LISTS LIEU_DEPLOY_PLUGINS)
    file(GLOB found LIST_DIRECTORIES false "${LIEU_QT_PLUGINS_DIR}/${pattern}")
    foreach(src IN LISTS found)
        file(RELATIVE_PATH rel "${LIEU_QT_PLUGINS_DIR}" "${src}")
        get_filename_component(reldir "${rel}" DIRECTORY)
        file(MAKE_DIRECTORY "${plugindir}/${reldir}")
        file(COPY_FILE "${src}" "${plugindir}/${rel}" ONLY_IF_DIFFERENT)
        list(APPEND plugin_files "${plugindir}/${rel}")
    endforeach()
endforeach()
list(REMOVE_DUPLICATES plugin_files)

set(executables)
foreach(exe IN LISTS LIEU_DEPLOY_EXECUTABLES)
    if(NOT EXISTS "${root}/${exe}")
        message(FATAL_ERROR "deploy-qt: ${root}/${exe} is not installed")
    endif()
    list(APPEND executables "${root}/${exe}")
endforeach()

# Libraries loaded with dlopen() that no ELF header names: OpenSSL for the TLS plugin.
set(extra_modules)
if(plugin_files MATCHES "libqopensslbackend")
    get_filename_component(syslibdir "${LIEU_QT_PLUGINS_DIR}/../.." ABSOLUTE)
    foreach(name libssl.so.3 libcrypto.so.3)
        if(EXISTS "${syslibdir}/${name}")
            list(APPEND extra_modules "${syslibdir}/${name}")
        endif()
    endforeach()
endif()

# MariaDB's client loads its authentication plugins (caching_sha2_password ...) at run time from
# a directory that AppRun names in MARIADB_PLUGIN_DIR.
set(mariadb_plugins)
if(plugin_files MATCHES "libqsqlmysql")
    get_filename_component(syslibdir "${LIEU_QT_PLUGINS_DIR}/../.." ABSOLUTE)
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

# 4. Qt's own translations of its dialogs, for the languages Lieu speaks.
if(LIEU_QT_TRANSLATIONS_DIR AND LIEU_DEPLOY_QT_TRANSLATIONS)
    file(MAKE_DIRECTORY "${root}/translations")
    foreach(lang IN LISTS LIEU_DEPLOY_QT_TRANSLATIONS)
        file(GLOB qms "${LIEU_QT_TRANSLATIONS_DIR}/qtbase_${lang}.qm")
        if(qms)
            file(COPY ${qms} DESTINATION "${root}/translations")
        endif()
    endforeach()
endif()

# 5. qt.conf beside the programs: Qt then looks for plugins and translations in the bundle only.
file(WRITE "${root}/bin/qt.conf"
    "# Written by the deploy step: Qt's plugins and translations travel with the program.\n"
    "[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n")
