// The main of every test program (tests/suite/suite.h): runs the suite its first argument names.

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "suite/suite.h"

namespace eqlab::tests {

namespace {

// Filled during static initialisation, before main; a function-local static, so that it exists
// whichever test file registers first.
std::map<std::string, SuiteMain>& suites() {
    static std::map<std::string, SuiteMain> registry;
    return registry;
}

std::string stem(const char* path) {
    std::string name(path);
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.find('.'); dot != std::string::npos)
        name.erase(dot);
    return name;
}

void listSuites(std::FILE* to) {
    for (const auto& [name, main] : suites())
        std::fprintf(to, "  %s\n", name.c_str());
}

}  // namespace

bool registerSuite(const char* sourceFile, SuiteMain main) {
    const std::string name = stem(sourceFile);
    if (!suites().emplace(name, main).second) {
        // Two files with one stem in one program: a build mistake, caught before any test runs.
        std::fprintf(stderr, "test suite '%s' is registered twice\n", name.c_str());
        std::abort();
    }
    return true;
}

}  // namespace eqlab::tests

int main(int argc, char** argv) {
    using eqlab::tests::suites;
    if (argc < 2 || std::strcmp(argv[1], "--list") == 0) {
        std::fprintf(argc < 2 ? stderr : stdout, "%susage: %s SUITE [Qt Test options]\nsuites:\n",
                     argc < 2 ? "no suite named\n" : "", argv[0]);
        eqlab::tests::listSuites(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const auto suite = suites().find(argv[1]);
    if (suite == suites().end()) {
        std::fprintf(stderr, "%s: no test suite '%s' in this program; it has:\n", argv[0], argv[1]);
        eqlab::tests::listSuites(stderr);
        return 2;
    }
    // The suite sees the program name and the arguments after the suite's name.
    std::vector<char*> arguments{argv[0]};
    arguments.insert(arguments.end(), argv + 2, argv + argc);
    arguments.push_back(nullptr);
    return suite->second(argc - 1, arguments.data());
}
