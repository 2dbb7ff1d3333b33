# The "Database connection" settings page and the start-up's connection settings (the password in the
# platform keychain through QtKeychain).
find_package(Qt6Keychain REQUIRED)
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionSettings.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(lieuui PRIVATE Qt6Keychain::Qt6Keychain)
