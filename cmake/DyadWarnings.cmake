# Target-scoped warnings and sanitizers; never global CMAKE_CXX_FLAGS.
add_library(dyad_warnings INTERFACE)
target_compile_options(dyad_warnings INTERFACE -Wall -Wextra)
# GCC 12 reports false positives inside libstdc++ at -O2: -Wrestrict in
# std::string operator+ (GCC bug 105329) and -Wmaybe-uninitialized through
# std::variant/std::optional of strings (GCC bug 105593 and relatives). Both are
# fixed or quieter in GCC 13; they are not in our code, and -Werror must not
# turn them into build failures.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(dyad_warnings INTERFACE -Wno-restrict -Wno-maybe-uninitialized)
endif()
if(DYAD_WERROR)
  target_compile_options(dyad_warnings INTERFACE -Werror)
endif()

add_library(dyad_sanitize INTERFACE)
if(DYAD_SANITIZE)
  target_compile_options(dyad_sanitize INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(dyad_sanitize INTERFACE -fsanitize=address,undefined)
endif()
