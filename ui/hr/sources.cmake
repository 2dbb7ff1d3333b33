target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AuditPage.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditPage.h
    ${CMAKE_CURRENT_LIST_DIR}/EmployeeDialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/EmployeeDialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/EmployeesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/EmployeesPage.h
    ${CMAKE_CURRENT_LIST_DIR}/HolidaysPage.cpp ${CMAKE_CURRENT_LIST_DIR}/HolidaysPage.h
    ${CMAKE_CURRENT_LIST_DIR}/HrModels.cpp ${CMAKE_CURRENT_LIST_DIR}/HrModels.h
    ${CMAKE_CURRENT_LIST_DIR}/HrPages.cpp ${CMAKE_CURRENT_LIST_DIR}/HrPages.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SettingsPage.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
