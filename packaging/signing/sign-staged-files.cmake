# CPACK_PRE_BUILD_SCRIPTS: runs after CPack staged the files, before it builds the package.
# Signs every executable and library with the configured script (Authenticode on Windows).
set(sign "${CPACK_SECURESTORE_SIGN_SCRIPT}")
if(NOT sign)
    return()
endif()
file(GLOB_RECURSE staged LIST_DIRECTORIES false
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.exe" "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.dll")
foreach(f IN LISTS staged)
    execute_process(COMMAND "${sign}" "${f}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "signing ${f} failed (${rc})")
    endif()
endforeach()
