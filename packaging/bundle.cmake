# What the Windows and macOS installers need beyond the program: the icons, made at build time from the SVG
# (ids-iconbundle), the macOS bundle's Info.plist, the Windows version resource and the NSIS installer's
# settings. All of it is generated on every platform, so that the Linux tests check the files the Windows and
# macOS builds use (tests/desktop: check_installers.sh). Included from packaging/CMakeLists.txt.
set(ids_svg ${PROJECT_SOURCE_DIR}/resources/icons/${IDS_APP_ID}.svg)
set(IDS_BUNDLE_EXECUTABLE "Ideogram Datasets") # macOS: the bundle is "Ideogram Datasets.app"
set(IDS_BUNDLE_ICON ideogram-datasets.icns)
set(IDS_MACOS_MINIMUM 12.0) # the oldest macOS of Qt 6.8, which release.yml builds with
set(ids_ico ${CMAKE_CURRENT_BINARY_DIR}/ideogram-datasets.ico)
set(ids_icns ${CMAKE_CURRENT_BINARY_DIR}/${IDS_BUNDLE_ICON})

find_package(Qt6 COMPONENTS Svg)
if(TARGET Qt6::Svg)
  qt_add_executable(ids-iconbundle iconbundle/main.cpp)
  set_target_properties(ids-iconbundle PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
  target_link_libraries(ids-iconbundle PRIVATE ids_common_cfg Qt6::Gui Qt6::Svg)
  add_custom_command(OUTPUT ${ids_ico} ${ids_icns}
    COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
            $<TARGET_FILE:ids-iconbundle> ${ids_svg} ${ids_ico} ${ids_icns}
    DEPENDS ids-iconbundle ${ids_svg} VERBATIM)
  add_custom_target(ids_installer_icons ALL DEPENDS ${ids_ico} ${ids_icns})
elseif(WIN32 OR APPLE)
  message(FATAL_ERROR "Qt Svg was not found: it makes the Windows and macOS icons from the SVG.")
else()
  message(WARNING "Qt Svg was not found (qt6-svg-dev): the Windows and macOS icons are not made, and their "
                  "checks fail. scripts/install-deps.sh installs it.")
endif()

configure_file(macos/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
set(IDS_ICO_FOR_RC ${ids_ico})
configure_file(windows/ideogram-datasets.rc.in ${CMAKE_CURRENT_BINARY_DIR}/ideogram-datasets.rc @ONLY)

# QtKeychain is not a Qt module: Qt's deploy script does not copy it, so it is installed next to the program
# (before the deploy script runs, which then finds it in place).
if(APPLE)
  set_target_properties(ideogram-datasets PROPERTIES
    OUTPUT_NAME "${IDS_BUNDLE_EXECUTABLE}"
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist
    INSTALL_RPATH "@executable_path/../Frameworks")
  install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain
          LIBRARY DESTINATION "${IDS_BUNDLE_EXECUTABLE}.app/Contents/Frameworks")
  set_source_files_properties(${ids_icns} PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
  target_sources(ideogram-datasets PRIVATE ${ids_icns})
  add_dependencies(ideogram-datasets ids_installer_icons)
elseif(WIN32)
  set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/ideogram-datasets.rc PROPERTIES OBJECT_DEPENDS ${ids_ico})
  target_sources(ideogram-datasets PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/ideogram-datasets.rc)
  add_dependencies(ideogram-datasets ids_installer_icons)
  install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# NSIS (Windows). Set on every platform: the Linux check generates the installer script with Debian's makensis.
set(CPACK_NSIS_PACKAGE_NAME "Ideogram Datasets")
set(CPACK_NSIS_DISPLAY_NAME "Ideogram Datasets")
set(CPACK_NSIS_MUI_ICON ${ids_ico})
set(CPACK_NSIS_MUI_UNIICON ${ids_ico})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\ideogram-datasets.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN ideogram-datasets.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "https://github.com/ideogram-datasets/ideogram-datasets")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# DragNDrop (macOS): the bundle and a link to /Applications on a disk image.
set(CPACK_DMG_VOLUME_NAME "Ideogram Datasets")
