# The "Database connection" settings page and the start-up's connection settings. The password goes to
# the platform keychain through QtKeychain (found in ../CMakeLists.txt).
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionSettings.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
