# The files a Windows build of securestore-setup needs beside its executables: the Qt DLLs,
# the Qt plugins (platform, style, TLS, .ico), Qt's own
# translations (from the host's qt6-translations-l10n: .qm files are platform-independent)
# and the mingw-w64 runtime. One list, used twice: copied into the build tree's bin/ (so tests
# and the executables run in place under Wine) and installed (the MSI and the native build).

set(securestore_qt_dlls Qt6::Core Qt6::Gui Qt6::Widgets Qt6::Network)
# "subfolder of bin/|plugin target"
set(securestore_qt_plugins
    "platforms|Qt6::QWindowsIntegrationPlugin"
    "styles|Qt6::QWindowsVistaStylePlugin"
    "tls|Qt6::QSchannelBackendPlugin"
    "imageformats|Qt6::QICOPlugin")

# The compiler's own runtime (the posix-thread gcc links these dynamically).
set(securestore_mingw_runtime)
if(MINGW)
    foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
        execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                        OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(NOT IS_ABSOLUTE "${path}")
            # libwinpthread lives in the sysroot, not in the compiler's directory
            find_file(path_${dll} ${dll} PATHS /usr/x86_64-w64-mingw32/lib NO_DEFAULT_PATH)
            set(path "${path_${dll}}")
        endif()
        if(NOT EXISTS "${path}")
            message(FATAL_ERROR "mingw runtime ${dll} not found")
        endif()
        list(APPEND securestore_mingw_runtime "${path}")
    endforeach()
endif()

set(securestore_qt_translations)
foreach(lang de es)
    foreach(path /usr/share/qt6/translations/qtbase_${lang}.qm)
        if(EXISTS ${path})
            list(APPEND securestore_qt_translations ${path})
        endif()
    endforeach()
endforeach()

# securestore_deploy_windows_runtime(TARGET t): after t is linked, copy the runtime into its
# directory; and install the runtime next to the installed executables.
function(securestore_deploy_windows_runtime target)
    set(commands)
    foreach(dll IN LISTS securestore_qt_dlls)
        list(APPEND commands COMMAND ${CMAKE_COMMAND} -E copy_if_different
             $<TARGET_FILE:${dll}> $<TARGET_FILE_DIR:${target}>)
    endforeach()
    foreach(entry IN LISTS securestore_qt_plugins)
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 dir)
        list(GET parts 1 plugin)
        list(APPEND commands
             COMMAND ${CMAKE_COMMAND} -E make_directory $<TARGET_FILE_DIR:${target}>/${dir}
             COMMAND ${CMAKE_COMMAND} -E copy_if_different $<TARGET_FILE:${plugin}>
                     $<TARGET_FILE_DIR:${target}>/${dir})
    endforeach()
    list(APPEND commands COMMAND ${CMAKE_COMMAND} -E copy_if_different
         ${securestore_mingw_runtime} $<TARGET_FILE_DIR:${target}>)
    if(securestore_qt_translations)
        list(APPEND commands
             COMMAND ${CMAKE_COMMAND} -E make_directory $<TARGET_FILE_DIR:${target}>/translations
             COMMAND ${CMAKE_COMMAND} -E copy_if_different ${securestore_qt_translations}
                     $<TARGET_FILE_DIR:${target}>/translations)
    endif()
    add_custom_command(TARGET ${target} POST_BUILD ${commands} VERBATIM)
endfunction()

function(securestore_install_windows_runtime)
    foreach(dll IN LISTS securestore_qt_dlls)
        install(FILES $<TARGET_FILE:${dll}> DESTINATION bin COMPONENT application)
    endforeach()
    foreach(entry IN LISTS securestore_qt_plugins)
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 dir)
        list(GET parts 1 plugin)
        install(FILES $<TARGET_FILE:${plugin}> DESTINATION bin/${dir} COMPONENT application)
    endforeach()
    install(FILES ${securestore_mingw_runtime} DESTINATION bin COMPONENT application)
    if(securestore_qt_translations)
        install(FILES ${securestore_qt_translations} DESTINATION bin/translations
                COMPONENT application)
    endif()
endfunction()
