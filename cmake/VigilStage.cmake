# vigil_stage(NAME DEPS...) builds src/NAME/*.cpp into the library vigil_NAME.
function(vigil_stage name)
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  if(NOT sources)  # a stage still being written: headers only
    add_library(vigil_${name} INTERFACE)
    target_include_directories(vigil_${name} INTERFACE "${PROJECT_SOURCE_DIR}/src")
    target_link_libraries(vigil_${name} INTERFACE ${ARGN})
    return()
  endif()
  add_library(vigil_${name} STATIC ${sources})
  target_include_directories(vigil_${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  target_link_libraries(vigil_${name} PUBLIC ${ARGN})
endfunction()

# vigil_tests(STAGE LABEL DEPS...) builds tests/STAGE/*.cpp into one GoogleTest binary.
function(vigil_tests stage)
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  if(NOT sources)
    return()
  endif()
  add_executable(test_${stage} ${sources})
  target_link_libraries(test_${stage} PRIVATE ${ARGN} GTest::gtest GTest::gtest_main)
  target_compile_definitions(test_${stage} PRIVATE
    VIGIL_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
    VIGIL_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  if(VIGIL_SANITIZE AND NOT stage STREQUAL "cli")
    # Under the sanitizers each process pays about a second of start-up (loading the shipped model and
    # dictionaries), so a stage's unit tests run as one process: the events suite in seconds instead of minutes.
    # Not the command-line tests: each starts vigil as a child process, and they need CTest's parallel runs. The
    # Release build keeps one CTest test per GoogleTest test.
    add_test(NAME unit.${stage} COMMAND test_${stage} --gtest_filter=-Corpus* --gtest_brief=1)
    set_tests_properties(unit.${stage} PROPERTIES LABELS unit)
    return()
  endif()
  # Tests named Corpus* read the shared corpora and run only in the Release pass (label "corpus").
  gtest_discover_tests(test_${stage} TEST_FILTER "-Corpus*" PROPERTIES LABELS unit DISCOVERY_TIMEOUT 60)
  gtest_discover_tests(test_${stage} TEST_FILTER "Corpus*" TEST_PREFIX "corpus." PROPERTIES LABELS corpus DISCOVERY_TIMEOUT 60)
endfunction()
