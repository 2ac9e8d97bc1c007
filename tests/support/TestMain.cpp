// GoogleTest main for every test executable: creates the Qt application first.
#include <gtest/gtest.h>

#include <cstdio>

#include <QtGlobal>
#ifdef SECURESTORE_HAVE_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
#ifdef SECURESTORE_HAVE_GUI
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    const int failed = RUN_ALL_TESTS();
    // CTest runs each test as `--gtest_filter=NAME` from a list made when the binary was built.
    // A list that depends on the run (the fault matrix probes a clean apply) can name a test
    // this run does not have; matching nothing must fail, not pass with no test run.
    const ::testing::UnitTest &unit = *::testing::UnitTest::GetInstance();
    if (!GTEST_FLAG_GET(list_tests) && GTEST_FLAG_GET(filter) != "*"
        && unit.test_to_run_count() == 0) {
        fprintf(stderr,
                "No test matches --gtest_filter=%s: the test list this run was given is "
                "stale (rebuild to list the tests again).\n",
                GTEST_FLAG_GET(filter).c_str());
        return 1;
    }
    return failed;
}
