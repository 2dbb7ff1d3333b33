# Reports drawn with Qt Gui: the one-page TOIL statement as PDF (QPdfWriter).
target_sources(lieuui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/StatementPdf.cpp ${CMAKE_CURRENT_LIST_DIR}/StatementPdf.h
)
target_include_directories(lieuui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
