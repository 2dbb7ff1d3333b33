# The "Database connection" settings page and the start-up's connection settings. The password goes to
# the platform keychain through QtKeychain (Debian: qtkeychain-qt6-dev); a build without QtKeychain says
# so on the page and asks for the password at each start instead.
find_package(Qt6Keychain QUIET)
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/ConnectionSettings.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
if(Qt6Keychain_FOUND)
    target_link_libraries(lieuui PRIVATE Qt6Keychain::Qt6Keychain)
    target_compile_definitions(lieuui PRIVATE LIEU_HAVE_KEYCHAIN)
else()
    message(WARNING "QtKeychain (Qt 6) not found: Lieu will not remember server passwords")
endif()
