# Compile settings every target of the project links (qBittorrent's qbt_common_cfg).
add_library(ids_common_cfg INTERFACE)
target_compile_features(ids_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(ids_common_cfg INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_UP_TO=0x060400
  IDS_VERSION="${PROJECT_VERSION}" IDS_APP_ID="${IDS_APP_ID}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(ids_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(ids_common_cfg INTERFACE -Wshadow=local)
  endif()
  if(IDS_WARNINGS_AS_ERRORS)
    target_compile_options(ids_common_cfg INTERFACE -Werror)
  endif()
  # Debian's hardening (what dpkg-buildflags adds, and lintian looks for): checked buffer functions where the
  # optimiser can see sizes, and a read-only relocation table resolved at start. Not with the sanitizers, which
  # replace the same functions.
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT IDS_SANITIZERS)
    target_compile_options(ids_common_cfg INTERFACE "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    target_link_options(ids_common_cfg INTERFACE LINKER:-z,relro,-z,now)
  endif()
  if(IDS_FUZZ)
    # Coverage counters in the libraries too, so libFuzzer is guided by the parsers it fuzzes, not only by
    # the few lines of each target (the targets add -fsanitize=fuzzer for the driver).
    target_compile_options(ids_common_cfg INTERFACE -fsanitize=fuzzer-no-link)
  endif()
  if(IDS_SANITIZERS)
    target_compile_options(ids_common_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ids_common_cfg INTERFACE -fsanitize=address,undefined)
  endif()
endif()
