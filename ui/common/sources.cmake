target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Session.cpp ${CMAKE_CURRENT_LIST_DIR}/Session.h
    ${CMAKE_CURRENT_LIST_DIR}/Pages.cpp ${CMAKE_CURRENT_LIST_DIR}/Pages.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
