# HR's "Import & export" page and the import dialog.
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ImportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportExportPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportExportPage.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
