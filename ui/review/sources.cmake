target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/InboxBadge.cpp ${CMAKE_CURRENT_LIST_DIR}/InboxBadge.h
    ${CMAKE_CURRENT_LIST_DIR}/RejectDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RejectDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ReviewModels.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewModels.h
    ${CMAKE_CURRENT_LIST_DIR}/ReviewPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ReviewPage.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
