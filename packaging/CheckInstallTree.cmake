# ctest PackagingInstallTree: `cmake --install` into a scratch prefix, then check that every file
# the .deb should carry is there. Run with -DBUILD_DIR= -DSTAGE_DIR= -DWITH_GUI= -DAPP_ID= -DICON_SIZES=.
file(REMOVE_RECURSE ${STAGE_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGE_DIR}/usr
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()

set(expected usr/bin/waymark-cli
    usr/share/man/man1/waymark-cli.1.gz
    usr/share/doc/waymark/copyright
    usr/share/doc/waymark/changelog.gz)
if(WITH_GUI)
    list(APPEND expected
        usr/bin/waymark
        usr/share/man/man1/waymark.1.gz
        usr/share/applications/${APP_ID}.desktop
        usr/share/metainfo/${APP_ID}.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg)
    foreach(size ${ICON_SIZES})
        list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    endforeach()
endif()

set(missing "")
foreach(path ${expected})
    if(NOT EXISTS ${STAGE_DIR}/${path})
        list(APPEND missing ${path})
    endif()
endforeach()
file(REMOVE_RECURSE ${STAGE_DIR})
if(missing)
    message(FATAL_ERROR "missing from the install tree: ${missing}")
endif()
list(LENGTH expected count)
message(STATUS "install tree has all ${count} expected files")
