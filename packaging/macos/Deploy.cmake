# macOS: at install time lieuctl moves into Lieu.app (so that it shares the bundle's Qt), and
# macdeployqt copies the Qt frameworks and plugins into the bundle, so the DMG runs on a Mac without
# Qt. With LIEU_CODESIGN_IDENTITY in the environment the bundle is signed (hardened runtime, for
# notarisation); without it the bundle stays unsigned.
if(NOT LIEU_GUI)
    message(STATUS "macOS: no lieu target, so no Lieu.app: lieuctl is installed without its Qt")
    return()
endif()

find_program(LIEU_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)

install(CODE "
    set(prefix \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
    set(app \"\${prefix}/Lieu.app\")
    if(EXISTS \"\${prefix}/${CMAKE_INSTALL_BINDIR}/lieuctl\")
        file(RENAME \"\${prefix}/${CMAKE_INSTALL_BINDIR}/lieuctl\" \"\${app}/Contents/MacOS/lieuctl\")
        file(REMOVE_RECURSE \"\${prefix}/${CMAKE_INSTALL_BINDIR}\")
    endif()
    execute_process(
        COMMAND \"${LIEU_MACDEPLOYQT}\" \"\${app}\" -always-overwrite
                \"-executable=\${app}/Contents/MacOS/lieuctl\"
        COMMAND_ERROR_IS_FATAL ANY)
    if(NOT \"\$ENV{LIEU_CODESIGN_IDENTITY}\" STREQUAL \"\")
        execute_process(
            COMMAND codesign --force --deep --timestamp --options runtime
                    --sign \"\$ENV{LIEU_CODESIGN_IDENTITY}\" \"\${app}\"
            COMMAND_ERROR_IS_FATAL ANY)
    else()
        message(STATUS \"LIEU_CODESIGN_IDENTITY is not set: Lieu.app is not signed\")
    endif()
    ")
