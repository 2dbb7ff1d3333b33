# Background duties in the app: the runner, notifications, the "Background jobs" and
# "E-mail and schedule" pages. Needs lieumail (SMTP) and qtkeychain (the SMTP password).
find_package(Qt6 6.4 REQUIRED COMPONENTS Network)
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundDuties.cpp ${CMAKE_CURRENT_LIST_DIR}/BackgroundDuties.h
    ${CMAKE_CURRENT_LIST_DIR}/JobsModels.cpp ${CMAKE_CURRENT_LIST_DIR}/JobsModels.h
    ${CMAKE_CURRENT_LIST_DIR}/JobsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/JobsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/JobsPages.cpp ${CMAKE_CURRENT_LIST_DIR}/JobsPages.h
    ${CMAKE_CURRENT_LIST_DIR}/MailSettingsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/MailSettingsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/NotificationBanner.cpp ${CMAKE_CURRENT_LIST_DIR}/NotificationBanner.h
    ${CMAKE_CURRENT_LIST_DIR}/NotificationCenter.cpp ${CMAKE_CURRENT_LIST_DIR}/NotificationCenter.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpPassword.cpp ${CMAKE_CURRENT_LIST_DIR}/SmtpPassword.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(lieuui PUBLIC lieumail)
