# What a Debian package needs beyond the program (Debian Policy 12.1, 12.5, 12.7): a manual page, the copyright
# file and the changelog, compressed the way dpkg-deb and lintian expect (gzip -9n: no name, no time stamp).
# Included from packaging/CMakeLists.txt on Linux.
set(ids_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/ideogram-datasets)
find_program(IDS_GZIP gzip REQUIRED)

# The newest changelog entry names the version being packaged; a release that forgets it is caught here.
file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog ids_changelog_top LIMIT_COUNT 1)
if(NOT ids_changelog_top MATCHES "^ideogram-datasets \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/debian/changelog starts with \"${ids_changelog_top}\", but the project's version is "
                      "${PROJECT_VERSION}: add an entry for ${PROJECT_VERSION} at the top.")
endif()
configure_file(debian/changelog changelog COPYONLY)
add_custom_command(OUTPUT changelog.gz
  COMMAND ${IDS_GZIP} -9nkf changelog
  DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog VERBATIM)

# The manual page is the program's own --help and --version (help2man), plus the sections in manpage.h2m. The
# program runs from PATH so that its usage line names it without the build folder, in English, with no display.
find_program(IDS_HELP2MAN help2man)
set(ids_doc_outputs ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
if(IDS_HELP2MAN)
  set(ids_man ${CMAKE_CURRENT_BINARY_DIR}/ideogram-datasets.1)
  add_custom_command(OUTPUT ${ids_man}.gz
    COMMAND ${CMAKE_COMMAND} -E env "PATH=$<TARGET_FILE_DIR:ideogram-datasets>:$ENV{PATH}" LC_ALL=C.UTF-8 LANGUAGE=
            QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0
            ${IDS_HELP2MAN} --no-info --section=1 --name=${ids_summary_for_man}
            --include=${CMAKE_CURRENT_SOURCE_DIR}/debian/manpage.h2m --output=${ids_man} ideogram-datasets
    COMMAND ${IDS_GZIP} -9nkf ${ids_man}
    DEPENDS ideogram-datasets ${CMAKE_CURRENT_SOURCE_DIR}/debian/manpage.h2m VERBATIM)
  install(FILES ${ids_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  list(APPEND ids_doc_outputs ${ids_man}.gz)
else()
  message(WARNING "help2man was not found, so the package gets no manual page (scripts/install-deps.sh installs it).")
endif()
add_custom_target(ids_debian_docs ALL DEPENDS ${ids_doc_outputs})

install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
              ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${ids_doc_dir})
