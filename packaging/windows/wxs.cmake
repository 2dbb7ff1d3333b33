# Writes a WiX 3 source (.wxs) for an installed Lieu tree: every file under STAGE, the Start-menu
# shortcut, the fixed upgrade code, the icon and the licence. It states the same package as
# CPack's WIX generator (packaging/CPackSettings.cmake) in plain WiX, so that it can be compiled
# with wixl (msitools) on Linux as well as with WiX's candle and light on Windows.
#   cmake -DSTAGE=dir -DOUT=/abs/path/lieu.wxs -DVERSION=0.1.0 -DUPGRADE_GUID=... -DICON=lieu.ico
#         -DLICENSE=LICENSE.rtf [-DHOMEPAGE=url] -P wxs.cmake
cmake_minimum_required(VERSION 3.22)
foreach(var STAGE OUT VERSION UPGRADE_GUID ICON LICENSE)
    if(NOT ${var})
        message(FATAL_ERROR "wxs.cmake: ${var} is not set")
    endif()
endforeach()

# WiX identifiers: letters, digits, '_' and '.', at most 72 characters; derived from the path.
function(wix_id prefix path out)
    string(MD5 hash "${path}")
    string(SUBSTRING "${hash}" 0 16 hash)
    set(${out} "${prefix}_${hash}" PARENT_SCOPE)
endfunction()

function(xml_escape text out)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    string(REPLACE "\"" "&quot;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Sources are named relative to the .wxs file's directory: run wixl (or candle and light) there.
get_filename_component(outdir "${OUT}" DIRECTORY)
set_property(GLOBAL PROPERTY wxs_dirs "")
set_property(GLOBAL PROPERTY wxs_components "")

# Emits the Directory element of STAGE/rel with a component per file, then its subdirectories.
function(emit_directory rel indent)
    if(rel STREQUAL "")
        set(abs "${STAGE}")
    else()
        set(abs "${STAGE}/${rel}")
    endif()
    file(GLOB entries LIST_DIRECTORIES true RELATIVE "${abs}" "${abs}/*")
    list(SORT entries)
    foreach(name IN LISTS entries)
        if(rel STREQUAL "")
            set(child "${name}")
        else()
            set(child "${rel}/${name}")
        endif()
        xml_escape("${name}" xname)
        if(IS_DIRECTORY "${STAGE}/${child}")
            wix_id(d "${child}" did)
            set_property(GLOBAL APPEND_STRING PROPERTY wxs_dirs
                "${indent}<Directory Id=\"${did}\" Name=\"${xname}\">\n")
            emit_directory("${child}" "${indent}  ")
            set_property(GLOBAL APPEND_STRING PROPERTY wxs_dirs "${indent}</Directory>\n")
        else()
            wix_id(c "${child}" cid)
            wix_id(f "${child}" fid)
            if(child STREQUAL "bin/lieu.exe")
                set(fid "lieu.exe")
            endif()
            file(RELATIVE_PATH relsrc "${outdir}" "${STAGE}/${child}")
            file(TO_NATIVE_PATH "${relsrc}" native)
            xml_escape("${native}" source)
            set_property(GLOBAL APPEND_STRING PROPERTY wxs_dirs
                "${indent}<Component Id=\"${cid}\" Guid=\"*\" Win64=\"yes\">\n${indent}  <File Id=\"${fid}\" Name=\"${xname}\" Source=\"${source}\" KeyPath=\"yes\"/>\n${indent}</Component>\n")
            set_property(GLOBAL APPEND_STRING PROPERTY wxs_components
                "      <ComponentRef Id=\"${cid}\"/>\n")
        endif()
    endforeach()
endfunction()

emit_directory("" "          ")
get_property(dirs GLOBAL PROPERTY wxs_dirs)
get_property(components GLOBAL PROPERTY wxs_components)
if(NOT HOMEPAGE)
    set(HOMEPAGE "https://lieu.invalid")
endif()

# The Start-menu entry starts the desktop program; a build without it gets no shortcut.
set(shortcut_dir "")
set(shortcut_ref "")
if(EXISTS "${STAGE}/bin/lieu.exe")
    set(shortcut_dir [[
      <Directory Id="ProgramMenuFolder">
        <Directory Id="LieuProgramMenu" Name="Lieu">
          <Component Id="StartMenuShortcut" Guid="5B0E7C2A-4D1F-4E8B-9A63-2C71D0F4B9E5" Win64="yes">
            <Shortcut Id="LieuStartMenu" Name="Lieu" Description="Time off in lieu"
                      Target="[#lieu.exe]" WorkingDirectory="INSTALL_ROOT" Icon="lieu.ico"/>
            <RemoveFolder Id="RemoveLieuProgramMenu" On="uninstall"/>
            <RegistryValue Root="HKCU" Key="Software\Lieu" Name="StartMenuShortcut" Type="integer"
                           Value="1" KeyPath="yes"/>
          </Component>
        </Directory>
      </Directory>
]])
    set(shortcut_ref "      <ComponentRef Id=\"StartMenuShortcut\"/>\n")
endif()

# The licence as RTF, which is what Windows Installer's dialogs show.
if(NOT LICENSE MATCHES "\\.rtf$")
    file(READ "${LICENSE}" text)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "{" "\\{" text "${text}")
    string(REPLACE "}" "\\}" text "${text}")
    string(REPLACE "\n" "\\par\n" text "${text}")
    set(LICENSE "${outdir}/LICENSE.rtf")
    file(WRITE "${LICENSE}" "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Courier New;}}\\f0\\fs18\n${text}}\n")
endif()
file(RELATIVE_PATH icon_rel "${outdir}" "${ICON}")
file(RELATIVE_PATH license_rel "${outdir}" "${LICENSE}")
file(TO_NATIVE_PATH "${icon_rel}" icon_native)
file(TO_NATIVE_PATH "${license_rel}" license_native)
file(WRITE "${OUT}" "<?xml version=\"1.0\" encoding=\"utf-8\"?>
<!-- Generated by packaging/windows/wxs.cmake. -->
<Wix xmlns=\"http://schemas.microsoft.com/wix/2006/wi\">
  <Product Id=\"*\" Name=\"Lieu\" Language=\"1033\" Version=\"${VERSION}\"
           Manufacturer=\"The Lieu developers\" UpgradeCode=\"${UPGRADE_GUID}\">
    <Package InstallerVersion=\"500\" Compressed=\"yes\" InstallScope=\"perMachine\"
             Description=\"Lieu ${VERSION}: time off in lieu\" Manufacturer=\"The Lieu developers\"/>
    <MajorUpgrade DowngradeErrorMessage=\"A newer version of Lieu is already installed.\"/>
    <Media Id=\"1\" Cabinet=\"lieu.cab\" EmbedCab=\"yes\"/>
    <Icon Id=\"lieu.ico\" SourceFile=\"${icon_native}\"/>
    <Property Id=\"ARPPRODUCTICON\" Value=\"lieu.ico\"/>
    <Property Id=\"ARPURLINFOABOUT\" Value=\"${HOMEPAGE}\"/>
    <Directory Id=\"TARGETDIR\" Name=\"SourceDir\">
      <Directory Id=\"ProgramFiles64Folder\">
        <Directory Id=\"INSTALL_ROOT\" Name=\"Lieu\">
          <Component Id=\"LicenseFile\" Guid=\"*\" Win64=\"yes\">
            <File Id=\"LICENSE.rtf\" Name=\"LICENSE.rtf\" Source=\"${license_native}\" KeyPath=\"yes\"/>
          </Component>
${dirs}        </Directory>
      </Directory>
${shortcut_dir}    </Directory>
    <Feature Id=\"Lieu\" Title=\"Lieu\" Level=\"1\">
      <ComponentRef Id=\"LicenseFile\"/>
${components}${shortcut_ref}    </Feature>
  </Product>
</Wix>
")
