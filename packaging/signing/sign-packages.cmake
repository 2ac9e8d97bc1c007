# CPACK_POST_BUILD_SCRIPTS: signs the finished packages (the .msi; a detached signature for
# the .deb) with the configured script.
set(sign "${CPACK_SECURESTORE_SIGN_SCRIPT}")
if(NOT sign)
    return()
endif()
foreach(f IN LISTS CPACK_PACKAGE_FILES)
    execute_process(COMMAND "${sign}" "${f}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "signing ${f} failed (${rc})")
    endif()
endforeach()
