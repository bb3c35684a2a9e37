# dyad_add_test(NAME name SOURCES a.cc b.cc LABELS unit [golden ...])
# One line per test executable; GoogleTest discovers cases, every case gets the labels.
function(dyad_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LABELS;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE dyad GTest::gtest GTest::gtest_main ${T_LIBS} dyad_warnings dyad_sanitize)
  target_compile_definitions(${T_NAME} PRIVATE
    DYAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}" DYAD_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${T_NAME}
    PROPERTIES LABELS "${T_LABELS}" ENVIRONMENT "DYAD_DATA=${DYAD_BUILD_DATA_DIR}"
    DISCOVERY_TIMEOUT 60)
endfunction()
