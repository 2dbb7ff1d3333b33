# The language choice of the desktop app (the user's setting; core's I18n does the rest).
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/LanguageMenu.cpp ${CMAKE_CURRENT_LIST_DIR}/LanguageMenu.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
