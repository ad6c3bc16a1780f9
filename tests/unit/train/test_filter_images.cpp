// The filter view's G-CNN images (compute/train/filter_images.h) are the layer's own transformed
// filters: every pixel of every copy equals the entry of the layer's expanded filter bank W_exp
// that the forward pass correlates with (exactly), equals the parameter ψ[o][c][r⁻¹h][r⁻¹z] of
// docs/math.md §3.5, and the copy by a rotation is the identity copy turned on the grid.

#include <QTest>
#include <algorithm>

#include "compute/nn/activation.h"
#include "compute/nn/dense.h"
#include "compute/nn/group_conv.h"
#include "compute/nn/model.h"
#include "compute/nn/orient_conv.h"
#include "compute/nn/planar_group.h"
#include "compute/train/filter_images.h"
#include "suite/suite.h"

using namespace eqlab;
using namespace eqlab::nn;
using namespace eqlab::train;

namespace {

constexpr int kSize = 7, kKernel = 3;

// lift (1 → 3 channels) · relu · gconv (3 → 3): 3 lifting filters and 9 group filters.
template <class S>
Model<S> gcnn(PlanarGroup group) {
    const Index G = planarGroupOrder(group), P = kSize * kSize;
    std::vector<LayerPtr<S>> l;
    l.push_back(std::make_unique<GroupConv2d<S>>(group, true, 1, 3, kSize, kKernel, 1));
    l.push_back(std::make_unique<Pointwise<S>>(Activation::ReLU, P * 3 * G));
    l.push_back(std::make_unique<GroupConv2d<S>>(group, false, 3, 3, kSize, kKernel, 1));
    Model<S> model(std::move(l));
    model.initialize(5);
    return model;
}

data::TaskData imageTask() {
    data::TaskData task;
    task.imageHeight = task.imageWidth = kSize;
    task.imageChannels = 1;
    return task;
}

// Checks the images of one layer against W_exp and against the parameters; returns how many.
template <class S>
int checkLayer(const Model<S>& model, std::size_t index, const std::vector<FilterImage>& images) {
    const auto& layer = dynamic_cast<const GroupConv2d<S>&>(model.net().layer(index));
    const int G = planarGroupOrder(layer.group()), k = kKernel;
    const int gin = static_cast<int>(layer.inGroupAxis());
    const Index cinx = layer.inChannels() * gin;
    const auto& T = planarGroupTable(layer.group());
    const S* psi = model.params().data() + model.layout()[index].offset;
    const auto& W = layer.expandedFilters();
    int seen = 0;
    for (const auto& image : images) {
        if (image.layer != static_cast<int>(index)) {
            continue;
        }
        const int o = image.index, c = image.inChannel, r = seen % G;
        if (image.subject != FilterImage::Subject::GroupFilter || image.copies != G ||
            image.element != planarElementName(r) || image.height != k * (gin > 4 ? 2 : 1) ||
            image.width != k * std::min(gin, 4) || image.blockWidth != (gin > 1 ? k : 0)) {
            qWarning("image %d of layer %zu: wrong kind, size or element", seen, index);
            return -1;
        }
        const int rinv = T.inverse[static_cast<std::size_t>(r)];
        for (int h = 0; h < gin; ++h) {
            const int hs = gin > 1 ? T.product[std::size_t(rinv)][std::size_t(h)] : 0;
            for (int zy = 0; zy < k; ++zy) {
                for (int zx = 0; zx < k; ++zx) {
                    // Block h = r^a s^m sits in block row m, block column a.
                    const int row = (h / 4) * k + zy, column = (h % 4) * k + zx;
                    const double shown = image.pixels[std::size_t(row * image.width + column)];
                    // What the forward pass uses: W_exp[(o·G + r), (z·cinx + c·gin + h)].
                    const S used = W(o * G + r, (zy * k + zx) * cinx + c * gin + h);
                    // What the maths says: ψ[o][c][r⁻¹h][r⁻¹z].
                    const auto src = planarActOnPixel(rinv, zx, zy, k);
                    const S param = psi[((o * layer.inChannels() + c) * gin + hs) * k * k +
                                        src[1] * k + src[0]];
                    if (shown != static_cast<double>(used) || used != param) {
                        qWarning(
                            "layer %zu, out %d, in %d, element %d, h %d, pixel (%d, %d): "
                            "shown %g, W_exp %g, ψ %g",
                            index, o, c, r, h, zx, zy, shown, double(used), double(param));
                        return -1;
                    }
                }
            }
        }
        ++seen;
    }
    return seen;
}

}  // namespace

class TestFilterImages : public QObject {
    Q_OBJECT

    template <class S>
    void copiesAreTheLayersFilters(PlanarGroup group) {
        Model<S> model = gcnn<S>(group);
        const int G = planarGroupOrder(group);
        const auto images = modelFilterImages(model, imageTask());
        QCOMPARE(checkLayer(model, 0, images), 3 * G);  // 3 lifting filters, |G| copies each
        QCOMPARE(checkLayer(model, 2, images),
                 kMaxGroupFiltersPerLayer * G);  // 9 group filters, the first 8 shown
        QCOMPARE(static_cast<int>(images.size()), (3 + kMaxGroupFiltersPerLayer) * G);
        // Filters come in order (o major, c minor), each with its copies together.
        QCOMPARE(images[static_cast<std::size_t>(3 * G)].index, 0);
        QCOMPARE(images[static_cast<std::size_t>(4 * G)].inChannel, 1);
        QCOMPARE(images[static_cast<std::size_t>(4 * G)].label, std::string("out 0, in 1, e"));
    }

private slots:
    void c4CopiesAreTheLayersFilters() { copiesAreTheLayersFilters<double>(PlanarGroup::C4); }
    void d4CopiesAreTheLayersFilters() { copiesAreTheLayersFilters<double>(PlanarGroup::D4); }
    void floatCopiesAreTheLayersFilters() { copiesAreTheLayersFilters<float>(PlanarGroup::D4); }

    // The lifting copy by r (a quarter turn) is the identity copy turned: pixel z of the filter
    // lands on pixel r·z.
    void liftingCopyIsTheTurnedFilter() {
        Model<double> model = gcnn<double>(PlanarGroup::D4);
        const auto images = modelFilterImages(model, imageTask());
        for (int r = 1; r < 8; ++r) {
            for (int zy = 0; zy < kKernel; ++zy) {
                for (int zx = 0; zx < kKernel; ++zx) {
                    const auto to = planarActOnPixel(r, zx, zy, kKernel);
                    QCOMPARE(images[std::size_t(r)].pixels[std::size_t(to[1] * kKernel + to[0])],
                             images[0].pixels[std::size_t(zy * kKernel + zx)]);
                }
            }
        }
        // A turned 3 × 3 random filter differs from the original.
        QVERIFY(images[1].pixels != images[0].pixels);
    }

    // The images follow the parameters: modelFilterImages prepares the model after a change.
    void imagesFollowTheParameters() {
        Model<double> model = gcnn<double>(PlanarGroup::C4);
        model.params()[4] += 1.0;  // ψ[0][0] centre pixel (1, 1) of the lifting layer
        const auto images = modelFilterImages(model, imageTask());
        QCOMPARE(checkLayer(model, 0, images), 12);
        for (int r = 0; r < 4; ++r) {  // the centre is fixed by every rotation
            QCOMPARE(images[std::size_t(r)].pixels[4], model.params()[4]);
        }
    }

    // Orientation layers (N = 8): every pixel of every copy is the expanded bank's entry the
    // forward pass uses, the copies are named by their angles, and the copy at 90° is the 0° copy
    // turned a quarter on the grid (exactly: quarter turns are exact in the layer), with an
    // orient-conv filter's blocks also rolled by two orientations.
    void orientationCopiesAreTheLayersFilters() {
        constexpr int N = 8, k = 5, channels = 2;
        std::vector<LayerPtr<double>> l;
        l.push_back(std::make_unique<OrientConv2d<double>>(N, true, 1, channels, kSize, k, 2));
        l.push_back(
            std::make_unique<Pointwise<double>>(Activation::ReLU, kSize * kSize * channels * N));
        l.push_back(
            std::make_unique<OrientConv2d<double>>(N, false, channels, channels, kSize, k, 2));
        Model<double> model(std::move(l));
        model.initialize(4);
        const auto images = modelFilterImages(model, imageTask());
        QCOMPARE(static_cast<int>(images.size()), (channels + channels * channels) * N);
        for (std::size_t i = 0; i < images.size(); ++i) {
            const FilterImage& image = images[i];
            const bool lifting = image.layer == 0;
            const auto& layer = dynamic_cast<const OrientConv2d<double>&>(
                model.net().layer(std::size_t(image.layer)));
            const int r = static_cast<int>(i % N), blocks = lifting ? 1 : N;
            QCOMPARE(image.copy, r);
            QCOMPARE(image.copies, N);
            QCOMPARE(image.width, k * std::min(blocks, 4));
            QCOMPARE(image.height, k * (lifting ? 1 : 2));
            const char* names[N] = {"0°", "45°", "90°", "135°", "180°", "225°", "270°", "315°"};
            QCOMPARE(image.element, std::string(names[r]));
            const auto& W = layer.expandedFilters();
            const Index cinx = layer.inChannels() * blocks;
            for (int h = 0; h < blocks; ++h)
                for (int zy = 0; zy < k; ++zy)
                    for (int zx = 0; zx < k; ++zx) {
                        const int row = (h / 4) * k + zy, column = (h % 4) * k + zx;
                        QCOMPARE(image.pixels[std::size_t(row * image.width + column)],
                                 W(image.index * N + r,
                                   (zy * k + zx) * cinx + image.inChannel * blocks + h));
                    }
            if (r != 2)
                continue;
            const FilterImage& upright = images[i - 2];
            for (int h = 0; h < blocks; ++h)
                for (int zy = 0; zy < k; ++zy)
                    for (int zx = 0; zx < k; ++zx) {
                        // 90° counter-clockwise on the screen (y up): planar_group.h's r³, whose
                        // pixel rows count downwards.
                        const auto to = planarActOnPixel(3, zx, zy, k);
                        const int hs = (h + 2) % blocks;  // the orientation axis rolls by r
                        const auto at = [&](int block, int x, int y) {
                            return std::size_t(((block / 4) * k + y) * image.width +
                                               (block % 4) * k + x);
                        };
                        QCOMPARE(image.pixels[at(hs, to[0], to[1])], upright.pixels[at(h, zx, zy)]);
                    }
        }
        // 22.5° steps are named with their decimal.
        std::vector<LayerPtr<double>> fine;
        fine.push_back(std::make_unique<OrientConv2d<double>>(16, true, 1, 1, kSize, 3, 1));
        Model<double> sixteen(std::move(fine));
        sixteen.initialize(1);
        QCOMPARE(modelFilterImages(sixteen, imageTask())[5].element, std::string("112.5°"));
    }

    // A dense first layer on an image: its rows, no group filters.
    void denseRowsForAnMlp() {
        std::vector<LayerPtr<double>> l;
        l.push_back(std::make_unique<Dense<double>>(kSize * kSize, 20, Init::He));
        Model<double> model(std::move(l));
        model.initialize(1);
        const auto images = modelFilterImages(model, imageTask());
        QCOMPARE(static_cast<int>(images.size()), kMaxDenseFilters);
        QCOMPARE(images[3].subject, FilterImage::Subject::Unit);
        QCOMPARE(images[3].copies, 0);
        QCOMPARE(images[3].pixels[10], model.params()[10 * 20 + 3]);  // W(3, 10), column-major
    }
};

EQLAB_TEST_APPLESS_MAIN(TestFilterImages)
#include "test_filter_images.moc"
