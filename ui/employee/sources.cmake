# The employee's pages: the week timesheet editor, My TOIL and the apply-for-leave dialog.
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EmployeePages.cpp ${CMAKE_CURRENT_LIST_DIR}/EmployeePages.h
    ${CMAKE_CURRENT_LIST_DIR}/WeekGridModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WeekGridModel.h
    ${CMAKE_CURRENT_LIST_DIR}/GridCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/GridCommands.h
    ${CMAKE_CURRENT_LIST_DIR}/WeekGridView.cpp ${CMAKE_CURRENT_LIST_DIR}/WeekGridView.h
    ${CMAKE_CURRENT_LIST_DIR}/TimesheetListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TimesheetListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TimesheetPage.cpp ${CMAKE_CURRENT_LIST_DIR}/TimesheetPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ToilModels.cpp ${CMAKE_CURRENT_LIST_DIR}/ToilModels.h
    ${CMAKE_CURRENT_LIST_DIR}/MyToilPage.cpp ${CMAKE_CURRENT_LIST_DIR}/MyToilPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ApplyLeaveDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ApplyLeaveDialog.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
