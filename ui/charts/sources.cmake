target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChartsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ChartsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportLoader.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
