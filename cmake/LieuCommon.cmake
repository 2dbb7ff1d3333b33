# One INTERFACE target that every Lieu target links: the language standard,
# strict Qt defines and the warnings. Nothing else sets compile flags.
add_library(lieu_common INTERFACE)
add_library(Lieu::Common ALIAS lieu_common)

target_compile_features(lieu_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(lieu_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    LIEU_VERSION="${PROJECT_VERSION}"
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(lieu_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Wunused -Woverloaded-virtual -Wnull-dereference -Wformat=2
        $<$<BOOL:${LIEU_WERROR}>:-Werror>)
elseif(MSVC)
    target_compile_options(lieu_common INTERFACE /W4 /permissive- /utf-8
        $<$<BOOL:${LIEU_WERROR}>:/WX>)
endif()

option(LIEU_WERROR "Treat warnings as errors" OFF)
option(LIEU_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(LIEU_SANITIZE AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(lieu_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(lieu_common INTERFACE -fsanitize=address,undefined)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
    set(CMAKE_C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
