#pragma once

// Parity-constrained wrapper (Bhattacharya, Mattheakis & Protopapas, arXiv 2106.12891):
//   f(x) = ½[g(x) + p·g(T x)],  T x = A x + c,  A² = I,  A c = −c,  p = ±1,
// so T∘T = id and f(T x) = p·f(x) exactly for any inner net g (docs/math.md §3.10).
//   A: in × in, c: in. The parameters are g's.

#include "compute/nn/layer.h"

namespace eqlab::nn {

// An affine involution T x = A x + c (A² = I, A c = −c, so T∘T = id).
struct AffineInvolution {
    Matrix<double> A;  // d × d
    Vector<double> c;  // d

    Matrix<double> apply(const Matrix<double>& X) const;  // T X column by column (X: d × n)
};

// Checks that A is d × d, c has d entries, A² = I (max entry of |A² − I| ≤ 1e-10) and A c = −c
// (‖A c + c‖ ≤ 1e-10·(1 + ‖c‖)). Error(InvalidArgument) prefixed by `what`, saying which condition
// fails and by how much.
void checkAffineInvolution(const Matrix<double>& A, const Vector<double>& c, Index dim,
                           const std::string& what);

// Common involutions:
//   negation(d):              x ↦ −x (even and odd functions)
//   imageMirror(K, C):        left–right mirror of a K×K image, pixel-major with C channels fastest
//                             (entry (row·K + col)·C + ch, as grid:K and the G-CNN layers): col ↦
//                             K−1−col
//   hyperplaneMirror(n, b):   reflection in the affine hyperplane n·x = b,
//                             x ↦ x − 2 (n·x − b) n / ‖n‖²  (A = I − 2nnᵀ/‖n‖², c = 2b n/‖n‖²)
AffineInvolution negation(Index dim);
AffineInvolution imageMirror(int K, int channels = 1);
AffineInvolution hyperplaneMirror(const Vector<double>& normal, double offset);

template <class S>
class ParityWrapper final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    // Checks A² = I and A c = −c (checkAffineInvolution), p ∈ {+1, −1}: Error(InvalidArgument).
    ParityWrapper(LayerPtr<S> g, const Matrix<double>& A, const Vector<double>& c, int parity);
    ParityWrapper(LayerPtr<S> g, const AffineInvolution& T, int parity)
        : ParityWrapper(std::move(g), T.A, T.c, parity) {}

    std::string describe() const override;
    Index inDim() const override { return g_->inDim(); }
    Index outDim() const override { return g_->outDim(); }
    Index paramCount() const override { return g_->paramCount(); }
    void bind(S* params) override { g_->bind(params); }
    std::vector<ParamTensor> paramTensors() const override {
        return prefixTensors(g_->paramTensors(), "inner", 0);
    }
    void initialize(Rng& rng) override { g_->initialize(rng); }
    void prepare() override { g_->prepare(); }

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    int parity() const noexcept { return p_; }
    AffineInvolution involution() const {
        return {A_.template cast<double>(), c_.template cast<double>()};
    }

private:
    enum Buf { XT, Y1, Y2, DY1, DY2, DX1, DX2, NBUF };  // cache buffers
    LayerPtr<S> g_;
    Mat A_;
    Vector<S> c_;
    int p_;
};

extern template class ParityWrapper<float>;
extern template class ParityWrapper<double>;

}  // namespace eqlab::nn
