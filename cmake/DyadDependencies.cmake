# Every dependency is a Debian bookworm package; a missing one is a hard
# configure error naming the apt package (scripts/install-deps.sh installs all).
find_package(PkgConfig REQUIRED)

macro(dyad_require_pkg var module apt)
  pkg_check_modules(${var} IMPORTED_TARGET ${module})
  if(NOT ${var}_FOUND)
    message(FATAL_ERROR "dyad needs ${module}: apt-get install ${apt} (or run scripts/install-deps.sh)")
  endif()
endmacro()

dyad_require_pkg(ZLIB zlib zlib1g-dev)
dyad_require_pkg(UTF8PROC libutf8proc libutf8proc-dev)
dyad_require_pkg(SQLITE3 sqlite3 libsqlite3-dev)
dyad_require_pkg(LIBPQ libpq libpq-dev)

find_package(simdjson CONFIG QUIET)
if(NOT simdjson_FOUND)
  message(FATAL_ERROR "dyad needs simdjson: apt-get install libsimdjson-dev")
endif()
find_package(nlohmann_json 3.11 CONFIG QUIET)
if(NOT nlohmann_json_FOUND)
  message(FATAL_ERROR "dyad needs nlohmann json: apt-get install nlohmann-json3-dev")
endif()
find_package(CLI11 CONFIG QUIET)
if(NOT CLI11_FOUND)
  message(FATAL_ERROR "dyad needs CLI11: apt-get install libcli11-dev")
endif()
find_package(Threads REQUIRED)

# Data packages read at build time into the build tree (never committed).
set(DYAD_WORDNET_DIR /usr/share/wordnet CACHE PATH "WordNet dict folder (wordnet-base)")
set(DYAD_PATTERN_DIR /usr/lib/python3/dist-packages/pattern/text/en CACHE PATH
    "Pattern's English tagger data (python3-pattern)")
foreach(f index.verb verb.exc)
  if(NOT EXISTS ${DYAD_WORDNET_DIR}/${f})
    message(FATAL_ERROR "dyad needs WordNet's ${f}: apt-get install wordnet-base")
  endif()
endforeach()
foreach(f en-lexicon.txt en-context.txt en-morphology.txt)
  if(NOT EXISTS ${DYAD_PATTERN_DIR}/${f})
    message(FATAL_ERROR "dyad needs Pattern's ${f}: apt-get install --no-install-recommends python3-pattern")
  endif()
endforeach()
