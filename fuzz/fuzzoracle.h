#pragma once

// The promises a fuzz target checks for every input (its oracles). Each target lists its promises once with
// IDS_FUZZ_PROMISES and checks each with IDS_FUZZ_KEEPS. A broken promise names itself and the input, then
// traps: under libFuzzer (fuzz/CMakeLists.txt) that is a crash it saves; in the replay test of every CI run
// (tests/fuzzreplay) it fails the test. The replay also fails when no input of the corpus reaches one of
// the promises, so that a promise nothing exercises (or that can never be checked) is noticed.

#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <vector>

namespace IdsFuzz {

struct Promise
{
    const char *text;
    long checked = 0;
};

inline std::vector<Promise> &promises()
{
    static std::vector<Promise> all;
    return all;
}

// The input being replayed, for the message; null under libFuzzer, which saves the input itself.
inline const char *&currentInput()
{
    static const char *name = nullptr;
    return name;
}

struct Declare
{
    Declare(std::initializer_list<const char *> texts)
    {
        for (const char *text : texts)
            promises().push_back({text, 0});
    }
};

inline Promise &promise(const char *text)
{
    for (Promise &known : promises()) {
        if (std::strcmp(known.text, text) == 0)
            return known;
    }
    std::fprintf(stderr, "fuzz target checks a promise it did not declare: %s\n", text);
    std::fflush(stderr);
    __builtin_trap();
}

[[noreturn]] inline void broken(const Promise &promise)
{
    std::fprintf(stderr, "oracle failed: %s\n  input: %s\n", promise.text,
                 currentInput() ? currentInput() : "(the input libFuzzer saves)");
    std::fflush(stderr);
    __builtin_trap();
}

} // namespace IdsFuzz

#define IDS_FUZZ_PROMISES(...) static const IdsFuzz::Declare idsFuzzDeclared {__VA_ARGS__}

#define IDS_FUZZ_KEEPS(text, condition)                                                                                \
    do {                                                                                                               \
        IdsFuzz::Promise &idsPromise = IdsFuzz::promise(text);                                                         \
        ++idsPromise.checked;                                                                                          \
        if (!(condition))                                                                                              \
            IdsFuzz::broken(idsPromise);                                                                               \
    } while (false)
