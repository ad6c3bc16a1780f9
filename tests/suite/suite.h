#pragma once

// Test suites share one program per label (unit, cli, gui, render) instead of one program per
// test file: 60 programs each paid a moc pass, a QtTest include and a link (about half of a clean
// build). Each test file still holds one Qt Test class and is still its own CTest entry; the
// program runs the suite named by its first argument:
//
//   eqlab_unit_tests test_user_data [Qt Test options, e.g. -functions or a test function]
//
// A test file ends with one of the macros below in place of QTEST_MAIN and friends. The suite's
// name is its file name without the extension, so the CTest entry, the file and the suite agree.

#include <QTest>

namespace eqlab::tests {

// A suite's main: runs it with the arguments that follow the suite name (argv[0] is the program).
using SuiteMain = int (*)(int argc, char** argv);

// Registers main under the stem of sourceFile ("…/test_user_data.cpp" -> "test_user_data"), at
// static initialisation. Returns true so that it can initialise a namespace-scope constant.
bool registerSuite(const char* sourceFile, SuiteMain main);

}  // namespace eqlab::tests

// The names these macros define are made unique with __COUNTER__: in a unity build several test
// files share one translation unit (CMakeLists.txt, EQLAB_UNITY).
#define EQLAB_SUITE_CAT2(a, b) a##b
#define EQLAB_SUITE_CAT(a, b) EQLAB_SUITE_CAT2(a, b)

// A suite whose main the test file writes itself (to set a surface format, a message handler, ...).
#define EQLAB_TEST_SUITE_MAIN(function) EQLAB_TEST_SUITE_MAIN_ID(function, __COUNTER__)
#define EQLAB_TEST_SUITE_MAIN_ID(function, id)                                                \
    namespace {                                                                               \
    [[maybe_unused]] const bool EQLAB_SUITE_CAT(eqlabSuiteRegistered,                         \
                                                id) = eqlab::tests::registerSuite(__FILE__,   \
                                                                                  &function); \
    }

// Like QTEST_APPLESS_MAIN: no application object.
#define EQLAB_TEST_APPLESS_MAIN(TestClass) EQLAB_TEST_APPLESS_MAIN_ID(TestClass, __COUNTER__)
#define EQLAB_TEST_APPLESS_MAIN_ID(TestClass, id)                    \
    namespace {                                                      \
    int EQLAB_SUITE_CAT(eqlabSuiteMain, id)(int argc, char** argv) { \
        TestClass test;                                              \
        return QTest::qExec(&test, argc, argv);                      \
    }                                                                \
    }                                                                \
    EQLAB_TEST_SUITE_MAIN_ID(EQLAB_SUITE_CAT(eqlabSuiteMain, id), id)

// Like QTEST_GUILESS_MAIN: a QCoreApplication (event loop, no display).
#define EQLAB_TEST_GUILESS_MAIN(TestClass) EQLAB_TEST_GUILESS_MAIN_ID(TestClass, __COUNTER__)
#define EQLAB_TEST_GUILESS_MAIN_ID(TestClass, id)                    \
    namespace {                                                      \
    int EQLAB_SUITE_CAT(eqlabSuiteMain, id)(int argc, char** argv) { \
        QCoreApplication app(argc, argv);                            \
        TestClass test;                                              \
        return QTest::qExec(&test, argc, argv);                      \
    }                                                                \
    }                                                                \
    EQLAB_TEST_SUITE_MAIN_ID(EQLAB_SUITE_CAT(eqlabSuiteMain, id), id)

// Like QTEST_MAIN in a widgets program: a QApplication at 96 dpi.
#define EQLAB_TEST_WIDGETS_MAIN(TestClass) EQLAB_TEST_WIDGETS_MAIN_ID(TestClass, __COUNTER__)
#define EQLAB_TEST_WIDGETS_MAIN_ID(TestClass, id)                    \
    namespace {                                                      \
    int EQLAB_SUITE_CAT(eqlabSuiteMain, id)(int argc, char** argv) { \
        QApplication app(argc, argv);                                \
        app.setAttribute(Qt::AA_Use96Dpi, true);                     \
        TestClass test;                                              \
        return QTest::qExec(&test, argc, argv);                      \
    }                                                                \
    }                                                                \
    EQLAB_TEST_SUITE_MAIN_ID(EQLAB_SUITE_CAT(eqlabSuiteMain, id), id)
