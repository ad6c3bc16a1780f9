// File > Lessons… (widgets/lesson_browser.h): every lesson as a card with its picture, title,
// group and aim, in the course's order; a click or the space bar on the focused card opens the
// lesson; in German the parts and titles are German. Any Qt warning fails.

#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include "app/experiment_lessons.h"
#include "app/language.h"
#include "app/lesson_texts.h"
#include "app/lessons.h"
#include "app/main_window.h"
#include "suite/suite.h"
#include "widgets/lesson_browser.h"
#include "window_suite.h"

using eqlab::app::MainWindow;
using eqlab::tests::warnings;

namespace {

QStringList courseOrder(const QString& language) {
    QStringList names;
    for (const auto& part : eqlab::app::loadCourse(language)) {
        names += part.lessons;
    }
    return names;
}

QStringList cardOrder(const eqlab::widgets::LessonBrowser& browser) {
    QStringList names;
    for (const QToolButton* card : browser.findChildren<QToolButton*>()) {
        names << card->objectName();
    }
    return names;
}

}  // namespace

class TestLessonBrowser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init() { warnings.clear(); }
    void cleanup() {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        eqlab::app::installTranslations(QStringLiteral("en"));
    }

    void everyLessonHasACardInCourseOrder() {
        MainWindow window;
        QVERIFY(window.openLessonNamed(QStringLiteral("averaging")));
        QPointer<eqlab::widgets::LessonBrowser> browser = window.showLessonBrowser();
        QVERIFY(browser);
        QCOMPARE(cardOrder(*browser), courseOrder(QStringLiteral("en")));
        QStringList lessons = eqlab::app::experimentLessonNames() + eqlab::app::lessonNames();
        QStringList shown = cardOrder(*browser);
        lessons.sort();
        shown.sort();
        QCOMPARE(shown, lessons);  // none missing, none twice
        for (const QString& name : lessons) {
            const QToolButton* card = browser->card(name);
            QVERIFY(card);
            QVERIFY2(!card->icon().isNull(), qPrintable(name + QStringLiteral(": no picture")));
            QVERIFY2(!card->toolTip().isEmpty(), qPrintable(name + QStringLiteral(": no aim")));
            QVERIFY(card->text().contains(QStringLiteral("Group ")));
        }
        QVERIFY(browser->card(QStringLiteral("averaging"))->isChecked());  // the open lesson
        QTest::mouseClick(browser->card(QStringLiteral("deepsets")), Qt::LeftButton);
        QCOMPARE(window.lessonName(), QStringLiteral("deepsets"));
        QTRY_VERIFY(browser.isNull());  // closed and deleted
    }

    void theKeyboardOpensTheFocusedCard() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openLessonNamed(QStringLiteral("orbits")));
        auto* browser = window.showLessonBrowser();
        QVERIFY(QTest::qWaitForWindowExposed(browser));
        QToolButton* card = browser->card(QStringLiteral("orbits"));
        QTRY_VERIFY(card->hasFocus());  // the open lesson's card
        QTest::keyClick(browser, Qt::Key_Tab);
        QToolButton* next = qobject_cast<QToolButton*>(QApplication::focusWidget());
        QVERIFY(next && next != card);
        const QString name = next->objectName();
        QTest::keyClick(next, Qt::Key_Space);
        QCOMPARE(window.lessonName(), name);
    }

    void inGermanThePartsAndTitlesAreGerman() {
        QVERIFY(eqlab::app::installTranslations(QStringLiteral("de")));
        MainWindow window;
        auto* browser = window.showLessonBrowser();
        const auto german = eqlab::app::loadExperimentLesson(QStringLiteral("averaging"));
        QVERIFY(browser->card(QStringLiteral("averaging"))
                    ->text()
                    .contains(german->texts.title.left(20)));
        QVERIFY(
            browser->card(QStringLiteral("averaging"))->text().contains(QStringLiteral("Gruppe")));
        const QString firstPart = eqlab::app::loadCourse(QStringLiteral("de")).front().title;
        QVERIFY(firstPart != eqlab::app::loadCourse(QStringLiteral("en")).front().title);
        bool found = false;
        for (const QLabel* label : browser->findChildren<QLabel*>()) {
            found = found || label->text().contains(firstPart);
        }
        QVERIFY(found);
        browser->close();
    }
};

EQLAB_TEST_SUITE_MAIN(eqlab::tests::runWindowSuite<TestLessonBrowser>)

#include "test_lesson_browser.moc"
