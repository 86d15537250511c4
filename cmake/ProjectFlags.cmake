# One interface target holds every project-wide flag; every target of ours links it.
add_library(dockscope_flags INTERFACE)
add_library(Dockscope::flags ALIAS dockscope_flags)

target_compile_features(dockscope_flags INTERFACE cxx_std_20)

target_compile_definitions(dockscope_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    DOCKSCOPE_VERSION="${PROJECT_VERSION}")

target_compile_options(dockscope_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough -Wno-missing-field-initializers)

if(DOCKSCOPE_WERROR)
    target_compile_options(dockscope_flags INTERFACE -Werror)
endif()

if(DOCKSCOPE_SANITIZE)
    target_compile_options(dockscope_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(dockscope_flags INTERFACE -fsanitize=address,undefined)
endif()
