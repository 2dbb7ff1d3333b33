target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Screens.cpp ${CMAKE_CURRENT_LIST_DIR}/Screens.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
