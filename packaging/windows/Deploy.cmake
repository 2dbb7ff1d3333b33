# Windows: at install time windeployqt copies the Qt DLLs and plugins beside the programs, and
# InstallRequiredSystemLibraries adds the MSVC runtime, so the MSI runs on a machine without Qt.
# With LIEU_SIGN_PFX (a .pfx file) and LIEU_SIGN_PASSWORD in the environment, signtool signs the
# programs before CPack packs them; without them the programs stay unsigned.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

find_program(LIEU_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
set(deploy_programs lieuctl.exe)
if(LIEU_GUI)
    list(PREPEND deploy_programs lieu.exe)
endif()

install(CODE "
    set(bindir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    set(programs)
    foreach(p ${deploy_programs})
        list(APPEND programs \"\${bindir}/\${p}\")
    endforeach()
    execute_process(
        COMMAND \"${LIEU_WINDEPLOYQT}\" --release --no-compiler-runtime --no-system-d3d-compiler
                --dir \"\${bindir}\" --plugindir \"\${bindir}/plugins\" \${programs}
        COMMAND_ERROR_IS_FATAL ANY)
    file(WRITE \"\${bindir}/qt.conf\" \"[Paths]\\nPrefix = .\\nPlugins = plugins\\nTranslations = translations\\n\")
    if(NOT \"\$ENV{LIEU_SIGN_PFX}\" STREQUAL \"\")
        find_program(signtool signtool REQUIRED)
        execute_process(
            COMMAND \"\${signtool}\" sign /fd sha256 /td sha256 /tr http://timestamp.digicert.com
                    /f \"\$ENV{LIEU_SIGN_PFX}\" /p \"\$ENV{LIEU_SIGN_PASSWORD}\" \${programs}
            COMMAND_ERROR_IS_FATAL ANY)
    else()
        message(STATUS \"LIEU_SIGN_PFX is not set: the programs are not signed\")
    endif()
    ")
