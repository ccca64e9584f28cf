// Replays a fuzz target's corpus through its LLVMFuzzerTestOneInput with any compiler, no libFuzzer: every
// CI run builds the targets this way and runs their seeds, so a target that no longer compiles, a parser that
// crashes on a kept input, or a promise (fuzzoracle.h) that breaks fails the suite.
// usage: fuzzreplay_<target> <corpus folder or file>…
#include "fuzzoracle.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    namespace fs = std::filesystem;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path root(argv[i]);
        if (fs::is_regular_file(root)) {
            inputs.push_back(root.string());
            continue;
        }
        if (!fs::is_directory(root)) {
            std::fprintf(stderr, "FAIL: %s is neither a corpus folder nor a file\n", argv[i]);
            return 1;
        }
        for (const fs::directory_entry &entry : fs::recursive_directory_iterator(root)) {
            if (entry.is_regular_file())
                inputs.push_back(entry.path().string());
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "FAIL: no input to replay\n");
        return 1;
    }
    for (const std::string &path : inputs) {
        std::ifstream file(path, std::ios::binary);
        const std::vector<char> bytes {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
        IdsFuzz::currentInput() = path.c_str();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    }
    IdsFuzz::currentInput() = nullptr;

    std::printf("replayed %zu inputs\n", inputs.size());
    int unreached = 0;
    for (const IdsFuzz::Promise &promise : IdsFuzz::promises()) {
        std::printf("  %6ld × %s\n", promise.checked, promise.text);
        if (promise.checked == 0) {
            std::fprintf(stderr, "FAIL: no input of the corpus reaches the promise \"%s\"\n", promise.text);
            ++unreached;
        }
    }
    return unreached == 0 ? 0 : 1;
}
