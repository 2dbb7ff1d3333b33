# The desktop shell: start-up (database, first start, sign-in, headless screenshot) and the main window.
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Desktop.cpp ${CMAKE_CURRENT_LIST_DIR}/Desktop.h
    ${CMAKE_CURRENT_LIST_DIR}/LaunchOptions.cpp ${CMAKE_CURRENT_LIST_DIR}/LaunchOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/FirstStartDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/FirstStartDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
