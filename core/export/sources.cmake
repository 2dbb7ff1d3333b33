# Exports: tables as CSV and XLSX (libxlsxwriter), approved leave as iCalendar (libical).
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)
target_sources(lieucore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Table.cpp ${CMAKE_CURRENT_LIST_DIR}/Table.h
    ${CMAKE_CURRENT_LIST_DIR}/Reports.cpp ${CMAKE_CURRENT_LIST_DIR}/Reports.h
    ${CMAKE_CURRENT_LIST_DIR}/Calendar.cpp ${CMAKE_CURRENT_LIST_DIR}/Calendar.h
    ${CMAKE_CURRENT_LIST_DIR}/Statement.cpp ${CMAKE_CURRENT_LIST_DIR}/Statement.h
    ${CMAKE_CURRENT_LIST_DIR}/ExportCommand.cpp
)
target_include_directories(lieucore PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(lieucore PRIVATE PkgConfig::XLSXWRITER PkgConfig::LIBICAL)
