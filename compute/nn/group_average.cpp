#include "compute/nn/group_average.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
typename GroupAverage<S>::Action GroupAverage<S>::denseAction(const Matrix<double>& m) {
    Action a;
    a.matrix = m.cast<S>();
    return a;
}

template <class S>
typename GroupAverage<S>::Action GroupAverage<S>::permutationAction(
    const groups::Representation& rep, int g) {
    Action a;
    const auto& p = rep.permutation(g);
    a.identity = true;
    for (std::size_t j = 0; j < p.size(); ++j)
        a.identity = a.identity && p[j] == static_cast<int>(j);
    if (!a.identity)
        a.perm.assign(p.begin(), p.end());
    return a;
}

// For a permutation M e_j = e_{p[j]}: (M x)[p[j]] = x[j] and (Mᵀ x)[j] = x[p[j]].
template <class S>
void GroupAverage<S>::apply(const Action& a, bool transpose, const Mat& in, Mat& out) {
    if (a.identity) {
        out = in;
    } else if (a.perm.empty()) {
        out.resize(a.matrix.rows(), in.cols());
        if (transpose)
            out.noalias() = a.matrix.transpose() * in;
        else
            out.noalias() = a.matrix * in;
    } else {
        out.resize(in.rows(), in.cols());
        const auto n = static_cast<Index>(a.perm.size());
        for (Index j = 0; j < n; ++j) {
            if (transpose)
                out.row(j) = in.row(a.perm[static_cast<std::size_t>(j)]);
            else
                out.row(a.perm[static_cast<std::size_t>(j)]) = in.row(j);
        }
    }
}

template <class S>
void GroupAverage<S>::applyAdd(const Action& a, bool transpose, const Mat& in, Mat& out) {
    if (a.identity) {
        out += in;
    } else if (a.perm.empty()) {
        if (transpose)
            out.noalias() += a.matrix.transpose() * in;
        else
            out.noalias() += a.matrix * in;
    } else {
        const auto n = static_cast<Index>(a.perm.size());
        for (Index j = 0; j < n; ++j) {
            if (transpose)
                out.row(j) += in.row(a.perm[static_cast<std::size_t>(j)]);
            else
                out.row(a.perm[static_cast<std::size_t>(j)]) += in.row(j);
        }
    }
}

template <class S>
GroupAverage<S>::GroupAverage(LayerPtr<S> f, const std::vector<Matrix<double>>& inputMatrices,
                              const std::vector<Matrix<double>>& outputMatrices)
    : f_(std::move(f)) {
    if (!f_)
        throw Error(ErrorKind::InvalidArgument, "group average: null net");
    if (inputMatrices.empty() || inputMatrices.size() != outputMatrices.size())
        throw Error(ErrorKind::InvalidArgument,
                    "group average: need one input and one output matrix per group element");
    for (std::size_t g = 0; g < inputMatrices.size(); ++g) {
        const auto& P = inputMatrices[g];
        const auto& Q = outputMatrices[g];
        if (P.rows() != f_->inDim() || P.cols() != f_->inDim() || Q.rows() != f_->outDim() ||
            Q.cols() != f_->outDim())
            throw Error(ErrorKind::InvalidArgument,
                        "group average: matrices of element " + std::to_string(g) + " must be " +
                            std::to_string(f_->inDim()) + "x" + std::to_string(f_->inDim()) +
                            " and " + std::to_string(f_->outDim()) + "x" +
                            std::to_string(f_->outDim()));
        in_.push_back(denseAction(P));
        outInv_.push_back(denseAction(Q));
    }
}

template <class S>
GroupAverage<S>::GroupAverage(LayerPtr<S> f, const groups::Representation& in,
                              const groups::Representation& out)
    : f_(std::move(f)) {
    if (!f_)
        throw Error(ErrorKind::InvalidArgument, "group average: null net");
    if (!in.valid() || !out.valid())
        throw Error(ErrorKind::InvalidArgument, "group average: empty representation");
    if (in.group().name() != out.group().name() || in.group().order() != out.group().order())
        throw Error(ErrorKind::InvalidArgument, "group average: representations '" + in.text() +
                                                    "' and '" + out.text() +
                                                    "' belong to different groups");
    if (in.dim() != f_->inDim() || out.dim() != f_->outDim())
        throw Error(ErrorKind::InvalidArgument,
                    "group average: the net maps " + std::to_string(f_->inDim()) + " -> " +
                        std::to_string(f_->outDim()) + " values but the representations '" +
                        in.text() + "' and '" + out.text() + "' have dimensions " +
                        std::to_string(in.dim()) + " and " + std::to_string(out.dim()));
    const groups::Group& G = in.group();
    for (int g = 0; g < G.order(); ++g) {
        in_.push_back(in.isPermutation() ? permutationAction(in, g) : denseAction(in.matrix(g)));
        const int ginv = G.inverse(g);
        outInv_.push_back(out.isPermutation() ? permutationAction(out, ginv)
                                              : denseAction(out.matrix(ginv)));
    }
    inRep_ = in;
    outRep_ = out;
}

template <class S>
std::unique_ptr<GroupAverage<S>> GroupAverage<S>::invariant(LayerPtr<S> f,
                                                            const groups::Representation& in) {
    if (!f)
        throw Error(ErrorKind::InvalidArgument, "group average: null net");
    if (!in.valid())
        throw Error(ErrorKind::InvalidArgument, "group average: empty representation");
    const auto out = groups::trivialRep(in.groupPtr(), static_cast<int>(f->outDim()));
    return std::make_unique<GroupAverage>(std::move(f), in, out);
}

template <class S>
std::string GroupAverage<S>::describe() const {
    std::string reps;
    if (inRep_)
        reps = " " + inRep_->text() + "->" + outRep_->text();
    return "group-average |G|=" + std::to_string(in_.size()) + reps + " [" + f_->describe() + "]";
}

// Cache: m[3g] = P_g X, m[3g+1] = f(P_g X), m[3g+2] = scratch for gradients; m[3G] = Q_gᵀ dY;
// sub[g] = f's cache.
template <class S>
void GroupAverage<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    const std::size_t G = in_.size();
    Mat* m = cache.buffers(3 * G + 1);
    cache.child(G - 1);
    Y.resize(f_->outDim(), X.cols());
    Y.setZero();
    for (std::size_t g = 0; g < G; ++g) {
        apply(in_[g], false, X, m[3 * g]);
        f_->forward(m[3 * g], m[3 * g + 1], cache.sub[g]);
        applyAdd(outInv_[g], false, m[3 * g + 1], Y);
    }
    Y *= S(1) / S(G);
}

template <class S>
void GroupAverage<S>::backward(const Mat& X, const Mat&, const Mat& dY, Mat* dX, S* grad,
                               Cache<S>& cache) const {
    const std::size_t G = in_.size();
    Mat* m = cache.m.data();
    Mat& dYg = m[3 * G];
    const S w = S(1) / S(G);
    if (dX) {
        dX->resize(X.rows(), X.cols());
        dX->setZero();
    }
    for (std::size_t g = 0; g < G; ++g) {
        apply(outInv_[g], true, dY, dYg);
        dYg *= w;
        f_->backward(m[3 * g], m[3 * g + 1], dYg, dX ? &m[3 * g + 2] : nullptr, grad, cache.sub[g]);
        if (dX)
            applyAdd(in_[g], true, m[3 * g + 2], *dX);
    }
}

template class GroupAverage<float>;
template class GroupAverage<double>;

}  // namespace eqlab::nn
