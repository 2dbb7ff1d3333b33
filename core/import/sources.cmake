# Reading time-tracker exports (CSV) and importing them as Draft timesheets.
target_sources(lieucore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Csv.cpp ${CMAKE_CURRENT_LIST_DIR}/Csv.h
    ${CMAKE_CURRENT_LIST_DIR}/TrackerFile.cpp ${CMAKE_CURRENT_LIST_DIR}/TrackerFile.h
    ${CMAKE_CURRENT_LIST_DIR}/Importer.cpp ${CMAKE_CURRENT_LIST_DIR}/Importer.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportCommand.cpp
)
target_include_directories(lieucore PUBLIC ${CMAKE_CURRENT_LIST_DIR})
