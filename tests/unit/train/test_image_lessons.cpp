// The five lessons of the image and pattern kinds, run end to end from resources/lessons; each
// headline must hold. Margins (measured, see each lesson's HTML):
//   averaging          averaged ≤ 1.1e-16, augmented 0.29–0.37, mlp 0.86–1.0 (seeds 1–5)
//   group-convolution  D4-CNN ≤ 5e-16, C4-CNN 0.021–0.047 (seeds 1–4)
//   square-grid        quarter turns ≤ 1e-15, 45° 0.6–0.85, MLP 0.26–0.30 (seeds 1–3)
//   orientation-stacks stacks at 90° ≤ 1.7e-15, CNN at 90° 0.074–0.19, N = 16 mean error
//                      0.16–0.51 (seeds 1–6)
//   pretraining        no-biases count_gamma 0.27–0.49; stab_gamma_same_count −0.061–0.128
//                      (seeds 1–6); on 12 whole D4 orbits stab_gamma_orbits −0.5…−0.417 (each
//                      pattern once) and 0.167–0.667 (each orbit the same mass),
//                      recon_error_stab_ratio 1.32–2.46 and 0.171–0.37 (seeds 1–8)

#include <QTest>

#include "compute/io/experiment.h"
#include "compute/train/experiment_run.h"
#include "suite/suite.h"

using namespace eqlab;

class TestImageLessons : public QObject {
    Q_OBJECT
private slots:
    void headlineHolds_data() {
        QTest::addColumn<QString>("name");
        for (const char* name :
             {"averaging", "group-convolution", "orientation-stacks", "square-grid", "pretraining"})
            QTest::newRow(name) << name;
    }
    void headlineHolds() {
        QFETCH(QString, name);
        const auto spec = io::readExperimentFile(std::string(EQLAB_LESSONS_DIR) + "/" +
                                                 name.toStdString() + ".eqlab.json");
        QVERIFY(spec.lesson.has_value());
        const auto result = train::runExperiment(spec, 0, {});
        QVERIFY(!result.divergence());
        QVERIFY(result.headline.has_value());
        for (const auto& c : result.headline->checks)
            qInfo("%s %s = %.3g (%s %.3g)%s", c.check.run.c_str(), c.check.metric.c_str(),
                  c.value ? *c.value : std::nan(""), c.check.below ? "below" : "above",
                  c.check.threshold, c.holds ? "" : "  FAILS");
        QVERIFY(result.headline->holds);
    }
};

EQLAB_TEST_APPLESS_MAIN(TestImageLessons)
#include "test_image_lessons.moc"
