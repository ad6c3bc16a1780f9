#include "compute/train/augmentation.h"

#include <memory>

#include "compute/core/error.h"
#include "compute/data/image_transform.h"

namespace eqlab::train {

namespace {

// ρ(g) for every element, as a gather (permutations) or a dense matrix, shared by the copies of
// the augmentation function.
template <class S>
struct ElementMaps {
    std::vector<std::vector<int>> perm;  // ρ(g) e_j = e_{perm[g][j]}
    std::vector<nn::Matrix<S>> dense;
    int order = 0;
    Eigen::Index dim = 0;

    explicit ElementMaps(const groups::Representation& rep) {
        order = rep.group().order();
        dim = rep.dim();
        for (int g = 0; g < order; ++g) {
            if (rep.isPermutation())
                perm.push_back(rep.permutation(g));
            else
                dense.push_back(rep.matrix(g).cast<S>());
        }
    }

    void apply(int g, Eigen::Ref<nn::Vector<S>> v, const char* what) const {
        if (v.size() != dim)
            throw Error(ErrorKind::InvalidArgument, std::string("augmentation: the ") + what +
                                                        " has " + std::to_string(v.size()) +
                                                        " values but the representation acts on " +
                                                        std::to_string(dim));
        const nn::Vector<S> copy = v;
        if (!perm.empty()) {
            const auto& p = perm[static_cast<std::size_t>(g)];
            for (Eigen::Index j = 0; j < dim; ++j)
                v(p[static_cast<std::size_t>(j)]) = copy(j);
        } else {
            v.noalias() = dense[static_cast<std::size_t>(g)] * copy;
        }
    }
};

void checkValid(const groups::Representation& rep) {
    if (!rep.valid())
        throw Error(ErrorKind::InvalidArgument, "augmentation: empty representation");
}

}  // namespace

template <class S>
Augmentation<S> groupAugmentation(const groups::Representation& in) {
    checkValid(in);
    auto maps = std::make_shared<const ElementMaps<S>>(in);
    return [maps](Rng& rng, Eigen::Ref<nn::Vector<S>> x, Eigen::Ref<nn::Vector<S>>) {
        maps->apply(static_cast<int>(rng.below(static_cast<std::uint64_t>(maps->order))), x,
                    "input");
    };
}

template <class S>
Augmentation<S> groupAugmentation(const groups::Representation& in,
                                  const groups::Representation& out) {
    checkValid(in);
    checkValid(out);
    if (in.group().name() != out.group().name())
        throw Error(ErrorKind::InvalidArgument, "augmentation: representations '" + in.text() +
                                                    "' and '" + out.text() +
                                                    "' belong to different groups");
    auto inMaps = std::make_shared<const ElementMaps<S>>(in);
    auto outMaps = std::make_shared<const ElementMaps<S>>(out);
    return [inMaps, outMaps](Rng& rng, Eigen::Ref<nn::Vector<S>> x, Eigen::Ref<nn::Vector<S>> y) {
        const int g = static_cast<int>(rng.below(static_cast<std::uint64_t>(inMaps->order)));
        inMaps->apply(g, x, "input");
        outMaps->apply(g, y, "target");
    };
}

template <class S>
Augmentation<S> rotationAugmentation(int n, int channels, double maxDegrees) {
    if (n < 1 || channels < 1 || !(maxDegrees >= 0.0))
        throw Error(ErrorKind::InvalidArgument,
                    "rotation augmentation: need a size and channels >= 1 and an angle >= 0");
    return [n, channels, maxDegrees](Rng& rng, Eigen::Ref<nn::Vector<S>> x,
                                     Eigen::Ref<nn::Vector<S>>) {
        const double degrees = rng.uniform(0.0, maxDegrees);
        const Eigen::MatrixXd image = x.template cast<double>();
        x = data::rotateImages(image, n, channels, degrees).col(0).template cast<S>();
    };
}

template Augmentation<float> groupAugmentation<float>(const groups::Representation&);
template Augmentation<double> groupAugmentation<double>(const groups::Representation&);
template Augmentation<float> groupAugmentation<float>(const groups::Representation&,
                                                      const groups::Representation&);
template Augmentation<double> groupAugmentation<double>(const groups::Representation&,
                                                        const groups::Representation&);
template Augmentation<float> rotationAugmentation<float>(int, int, double);
template Augmentation<double> rotationAugmentation<double>(int, int, double);

}  // namespace eqlab::train
