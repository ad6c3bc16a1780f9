// SnapshotPacer: while training, the newest snapshot reaches every view, one visible view per
// event-loop turn (so that no turn redraws them all), hidden views along with the next visible
// one, rounds no closer than kRoundMs; showNow/flush apply at once; stale snapshots are skipped.

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

#include "app/snapshot_pacer.h"
#include "suite/suite.h"
#include "widgets/snapshot_view.h"

using eqlab::app::SnapshotPacer;
using Snapshot = std::shared_ptr<const eqlab::train::SessionSnapshot>;

namespace {

// A view that records the steps it was given and in which turn.
class RecordingView : public QWidget, public eqlab::widgets::SnapshotView {
public:
    explicit RecordingView(int* turn) : turn_(turn) {}
    void showSnapshot(Snapshot snapshot) override {
        steps.push_back(snapshot->step);
        turns.push_back(*turn_);
    }
    void setViewStyle(const eqlab::widgets::ViewStyle&) override {}
    bool hasContent() const override { return !steps.empty(); }

    std::vector<std::int64_t> steps;
    std::vector<int> turns;

private:
    int* turn_;
};

Snapshot snapshotAt(std::int64_t step) {
    auto s = std::make_shared<eqlab::train::SessionSnapshot>();
    s->step = step;
    return s;
}

}  // namespace

class TestSnapshotPacer : public QObject {
    Q_OBJECT

private slots:
    void oneVisibleViewPerTurnNewestWins() {
        int turn = 0;
        QWidget window;
        std::vector<RecordingView*> views;
        for (int i = 0; i < 4; ++i) {
            views.push_back(new RecordingView(&turn));
            views.back()->setParent(&window);
        }
        window.show();
        views[2]->hide();  // a view in a hidden tab
        // Counts event-loop turns: a zero timer fires once per turn.
        QTimer turns;
        turns.setInterval(0);
        QObject::connect(&turns, &QTimer::timeout, [&turn] { ++turn; });
        turns.start();

        SnapshotPacer pacer({views.begin(), views.end()});
        QSignalSpy shown(&pacer, &SnapshotPacer::shown);
        pacer.post(snapshotAt(1));
        pacer.post(snapshotAt(2));  // before the round starts: 1 is skipped
        QVERIFY(!pacer.isUpToDate());
        QTRY_VERIFY(pacer.isUpToDate());
        for (auto* view : views) {
            QCOMPARE(view->steps, (std::vector<std::int64_t>{2}));
        }
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0][0].value<Snapshot>()->step, 2);
        // The visible views in three different turns; the hidden one with the next visible one.
        QVERIFY(views[0]->turns[0] < views[1]->turns[0]);
        QVERIFY(views[1]->turns[0] < views[3]->turns[0]);
        QCOMPARE(views[2]->turns[0], views[3]->turns[0]);

        // A new round no sooner than kRoundMs after the previous one began.
        QElapsedTimer clock;
        clock.start();
        pacer.post(snapshotAt(3));
        QTRY_VERIFY(pacer.isUpToDate());
        QCOMPARE(views[3]->steps.back(), 3);
        QVERIFY2(clock.elapsed() >= SnapshotPacer::kRoundMs / 2,
                 qPrintable(QString::number(clock.elapsed())));
    }

    void showNowAndFlushApplyAtOnce() {
        int turn = 0;
        QWidget window;
        auto* a = new RecordingView(&turn);
        auto* b = new RecordingView(&turn);
        a->setParent(&window);
        b->setParent(&window);
        window.show();
        SnapshotPacer pacer({a, b});
        pacer.showNow(snapshotAt(5));
        QCOMPARE(a->steps, (std::vector<std::int64_t>{5}));
        QCOMPARE(b->steps, (std::vector<std::int64_t>{5}));
        QVERIFY(pacer.isUpToDate());

        pacer.post(snapshotAt(6));
        pacer.post(snapshotAt(7));
        pacer.flush();  // paused: the last step shows now
        QVERIFY(pacer.isUpToDate());
        QCOMPARE(a->steps.back(), 7);
        QCOMPARE(b->steps.back(), 7);
        QTest::qWait(3 * SnapshotPacer::kRoundMs);  // nothing left over is shown later
        QCOMPARE(a->steps, (std::vector<std::int64_t>{5, 7}));
        QCOMPARE(b->steps, (std::vector<std::int64_t>{5, 7}));
    }
};

EQLAB_TEST_WIDGETS_MAIN(TestSnapshotPacer)
#include "test_snapshot_pacer.moc"
