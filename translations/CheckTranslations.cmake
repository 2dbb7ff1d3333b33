# Fails when a translation is not complete. Run by CTest (test `translations_complete`):
#   cmake -DINPUTS=<build>/translations/check_inputs.cmake -DWORK_DIR=<dir> -P CheckTranslations.cmake
#
# 1. Each .ts file as committed: lrelease must report every entry finished ("Generated N translation(s)
#    (N finished and 0 unfinished)", nothing "untranslated") and no entry may be unfinished, vanished or
#    obsolete.
# 2. lupdate is run, with the options of the update_translations target, on copies of the .ts files: the
#    copies must pass the same checks. A tr() string in the sources that the .ts files lack comes back
#    unfinished, and a string that left the sources comes back vanished: either fails.
cmake_minimum_required(VERSION 3.22)

include("${INPUTS}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/as-committed" "${WORK_DIR}/after-lupdate")

set(problems "")

# Lists the entries of `ts` whose translation is unfinished, vanished or obsolete, and checks lrelease's count.
function(check_ts ts stage)
    get_filename_component(name "${ts}" NAME_WE)
    set(found_problems "${problems}")
    file(READ "${ts}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?(<extracomment>[^<]*</extracomment>[ \t\r\n]*)?<translation type=\"(unfinished|vanished|obsolete)\""
        bad "${content}")
    set(found "")
    foreach(entry IN LISTS bad)
        string(REGEX REPLACE "^<source>([^<]*)</source>.*type=\"([a-z]+)\"$" "\\2: \\1" line "${entry}")
        string(APPEND found "\n    ${line}")
    endforeach()
    if(found)
        list(LENGTH bad count)
        string(APPEND found_problems "\n${name}.ts (${stage}): ${count} entr(y/ies) not done:${found}")
    endif()

    execute_process(COMMAND "${LRELEASE}" "${ts}" -qm "${WORK_DIR}/${stage}/${name}.qm"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        set(problems "${found_problems}\n${name}.ts (${stage}): lrelease failed (${rc}):\n${out}" PARENT_SCOPE)
        return()
    endif()
    if(NOT out MATCHES "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and ([0-9]+) unfinished\\)")
        set(problems "${found_problems}\n${name}.ts (${stage}): lrelease printed no statistics:\n${out}" PARENT_SCOPE)
        return()
    endif()
    set(generated ${CMAKE_MATCH_1})
    set(finished ${CMAKE_MATCH_2})
    set(unfinished ${CMAKE_MATCH_3})
    set(untranslated 0)
    if(out MATCHES "Ignored ([0-9]+) untranslated source text")
        set(untranslated ${CMAKE_MATCH_1})
    endif()
    message(STATUS "${name}.ts (${stage}): ${generated} translation(s), ${finished} finished, "
                   "${unfinished} unfinished, ${untranslated} untranslated")
    if(generated EQUAL 0 OR NOT finished EQUAL generated OR NOT unfinished EQUAL 0 OR NOT untranslated EQUAL 0)
        string(APPEND found_problems "\n${name}.ts (${stage}): lrelease: ${generated} generated, ${finished} finished, ${unfinished} unfinished, ${untranslated} untranslated")
    endif()
    set(problems "${found_problems}" PARENT_SCOPE)
endfunction()

# Writes an lupdate project file (the format update_translations uses) for `translations`.
function(write_project file translations)
    set(items "")
    foreach(kind SOURCES INCLUDES translations)
        set(quoted "")
        if(kind STREQUAL "translations")
            set(values ${translations})
        else()
            set(values ${${kind}})
        endif()
        foreach(path IN LISTS values)
            file(TO_CMAKE_PATH "${path}" path)
            list(APPEND quoted "\"${path}\"")
        endforeach()
        list(JOIN quoted ", " joined)
        list(APPEND items "[ ${joined} ]")
    endforeach()
    list(GET items 0 sources)
    list(GET items 1 includes)
    list(GET items 2 ts)
    file(WRITE "${file}" "{\n  \"projectFile\": \"${INPUTS}\",\n  \"includePaths\": ${includes},\n  \"sources\": ${sources},\n  \"translations\": ${ts}\n}\n")
endfunction()

set(copies "")
foreach(ts IN LISTS TS_FILES PLURALS_TS)
    check_ts("${ts}" as-committed)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/after-lupdate/${name}")
endforeach()

set(translated_copies "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    list(APPEND translated_copies "${WORK_DIR}/after-lupdate/${name}")
endforeach()
get_filename_component(plurals_name "${PLURALS_TS}" NAME)

write_project("${WORK_DIR}/translated.json" "${translated_copies}")
write_project("${WORK_DIR}/plurals.json" "${WORK_DIR}/after-lupdate/${plurals_name}")
foreach(run IN ITEMS translated plurals)
    set(extra "")
    if(run STREQUAL "plurals")
        set(extra -pluralonly)
    endif()
    # Without -no-obsolete: a string gone from the sources shows up as vanished.
    execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/${run}.json" ${LUPDATE_OPTIONS} ${extra}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        set(problems "${problems}\nlupdate (${run}) failed (${rc}):\n${out}")
    endif()
endforeach()
foreach(ts IN LISTS translated_copies)
    check_ts("${ts}" after-lupdate)
endforeach()
check_ts("${WORK_DIR}/after-lupdate/${plurals_name}" after-lupdate)

if(problems)
    message(FATAL_ERROR "Translations are not complete.${problems}\n"
        "Run the update_translations target, translate every new entry, and remove none.")
endif()
message(STATUS "Every translation is complete and up to date with the sources.")
