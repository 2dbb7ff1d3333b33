target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Session.cpp ${CMAKE_CURRENT_LIST_DIR}/Session.h
    ${CMAKE_CURRENT_LIST_DIR}/Pages.cpp ${CMAKE_CURRENT_LIST_DIR}/Pages.h
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundTask.cpp ${CMAKE_CURRENT_LIST_DIR}/BackgroundTask.h
    ${CMAKE_CURRENT_LIST_DIR}/Formats.cpp ${CMAKE_CURRENT_LIST_DIR}/Formats.h
    ${CMAKE_CURRENT_LIST_DIR}/MessageBar.cpp ${CMAKE_CURRENT_LIST_DIR}/MessageBar.h
    ${CMAKE_CURRENT_LIST_DIR}/TableView.cpp ${CMAKE_CURRENT_LIST_DIR}/TableView.h
    ${CMAKE_CURRENT_LIST_DIR}/Display.cpp ${CMAKE_CURRENT_LIST_DIR}/Display.h
    ${CMAKE_CURRENT_LIST_DIR}/Tables.cpp ${CMAKE_CURRENT_LIST_DIR}/Tables.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchProxy.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchProxy.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
