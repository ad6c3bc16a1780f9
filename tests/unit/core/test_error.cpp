#include <QTest>

#include "compute/core/error.h"
#include "suite/suite.h"

class TestError : public QObject {
    Q_OBJECT
private slots:
    void kindSurvivesThrow() {
        try {
            throw eqlab::Error(eqlab::ErrorKind::Parse, "group name 'C0': expected n >= 1");
        } catch (const eqlab::Error& e) {
            QCOMPARE(e.kind(), eqlab::ErrorKind::Parse);
            QCOMPARE(QString(e.detail()), QString("group name 'C0': expected n >= 1"));
            QCOMPARE(QString(eqlab::errorKindName(e.kind())), QString("parse"));
        }
    }
};

EQLAB_TEST_APPLESS_MAIN(TestError)
#include "test_error.moc"
