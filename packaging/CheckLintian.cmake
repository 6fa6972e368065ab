# ctest PackagingLintian: `cpack -G DEB` from the build tree into OUT_DIR, then lintian on the .deb.
# Fails on any error (E:) and on a binary without a man page (no-manual-page; binary-without-manpage in
# older lintian). Run with -DBUILD_DIR= -DOUT_DIR= -DLINTIAN=.
file(REMOVE_RECURSE ${OUT_DIR})
execute_process(COMMAND cpack -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${OUT_DIR}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed (${result}):\n${output}")
endif()
file(GLOB debs ${OUT_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found ${count}")
endif()

# Run as root (as in containers), lintian warns about it on stderr; only its report on stdout is judged.
execute_process(COMMAND ${LINTIAN} --tag-display-limit 0 ${debs}
    RESULT_VARIABLE result OUTPUT_VARIABLE report ERROR_VARIABLE errors)
file(REMOVE_RECURSE ${OUT_DIR})
message(STATUS "lintian:\n${report}${errors}")
if(report MATCHES "(^|\n)E: " OR report MATCHES "no-manual-page|binary-without-manpage")
    message(FATAL_ERROR "lintian reported errors or a binary without a man page")
endif()
message(STATUS "lintian found no errors")
