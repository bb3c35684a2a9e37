# Target-scoped warnings and sanitizers; never global CMAKE_CXX_FLAGS.
add_library(dyad_warnings INTERFACE)
target_compile_options(dyad_warnings INTERFACE -Wall -Wextra)
if(DYAD_WERROR)
  target_compile_options(dyad_warnings INTERFACE -Werror)
endif()

add_library(dyad_sanitize INTERFACE)
if(DYAD_SANITIZE)
  target_compile_options(dyad_sanitize INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(dyad_sanitize INTERFACE -fsanitize=address,undefined)
endif()
