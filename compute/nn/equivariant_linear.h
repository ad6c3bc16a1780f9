#pragma once

// Equivariant linear layer: W = Σ_i c_i B_i, y = W x + Σ_j d_j β_j.
//   B_i: out × in basis of the equivariant maps Hom_G(V_in, V_out) (docs/math.md §2.4),
//   β_j: out vectors spanning the invariant subspace of V_out (the only place a bias may live).
// Parameters (nc + nb): c then d. The expanded W (out × in) and bias are cached and recomputed in
// prepare() only when the coefficients changed; forward() refuses to run on a stale expansion.
//
// The basis is given in double (it comes from an exact solver); it is converted to S once.
//
// A basis of orbits (the weight sharing of permutation representations: B_j is 1 on the cells
// of orbit j and 0 elsewhere, every cell in exactly one orbit) is kept as the orbit of each cell
// instead: expanding W and collecting dc are then one pass over the out·in cells, where the dense
// form would store (out·in) × nc numbers — 4 GB for 256 -> 256 under a group of order 8.

#include <vector>

#include "compute/nn/layer.h"

namespace eqlab::nn {

template <class S>
class EquivariantLinear final : public Layer<S> {
public:
    using typename Layer<S>::Mat;

    // All basis matrices must be out × in, all bias vectors of length out (Error otherwise).
    EquivariantLinear(const std::vector<Matrix<double>>& basis,
                      const std::vector<Vector<double>>& biasBasis, Index in, Index out);
    // The basis of `orbits` orbits: cellOrbit[r·in + c] (row-major, as groups::OrbitBasis) is
    // the orbit of cell (r, c), in [0, orbits), each orbit having at least one cell.
    EquivariantLinear(const std::vector<int>& cellOrbit, Index orbits,
                      const std::vector<Vector<double>>& biasBasis, Index in, Index out);

    std::string describe() const override;
    Index inDim() const override { return in_; }
    Index outDim() const override { return out_; }
    Index paramCount() const override { return nc_ + nb_; }
    void bind(S* params) override;
    // "coefficients" [nc] (the c_i), "bias_coefficients" [nb] (when nb > 0).
    std::vector<ParamTensor> paramTensors() const override {
        std::vector<ParamTensor> t;
        if (nc_ > 0)
            t.push_back({"coefficients", {nc_}, 0, {1}});
        if (nb_ > 0)
            t.push_back({"bias_coefficients", {nb_}, nc_, {1}});
        return t;
    }
    // c_i ~ N(0, s²) with s² = 2/in · (out·in)/Σ_i‖B_i‖²_F, so that the entries of W have the He
    // variance on average whatever the basis normalisation; bias zero.
    void initialize(Rng& rng) override;
    void prepare() override;

    void forward(const Mat& X, Mat& Y, Cache<S>& cache) const override;
    void backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                  Cache<S>& cache) const override;

    // Short texts of the input and output representations (e.g. "2*perm+trivial"), shown by
    // describe(); set by makeEquivariantLinear (equivariant_factory.h).
    void setRepresentationTexts(std::string in, std::string out);
    const std::string& inputRepresentation() const noexcept { return inText_; }
    const std::string& outputRepresentation() const noexcept { return outText_; }

    Index basisSize() const noexcept { return nc_; }
    Index biasBasisSize() const noexcept { return nb_; }
    const Mat& expandedWeight() const noexcept { return W_; }
    const Vector<S>& expandedBias() const noexcept { return b_; }
    // How often prepare() actually re-expanded (for tests of the cache).
    std::size_t expansions() const noexcept { return expansions_; }

private:
    bool stale() const;
    void setBiasBasis(const std::vector<Vector<double>>& biasBasis);

    Index in_, out_, nc_, nb_;
    std::string inText_, outText_;
    Mat basis_;  // (out·in) × nc, column i = vec(B_i) (column-major vec); empty for orbits
    // For a basis of orbits: the orbit of each entry of W_ in its (column-major) storage order.
    std::vector<Index> entryOrbit_;
    Mat biasBasis_;  // out × nb
    double basisNormSq_ = 0.0;
    S* p_ = nullptr;
    Mat W_;          // out × in, cached Σ c_i B_i
    Vector<S> b_;    // out, cached Σ d_j β_j
    Vector<S> cAt_;  // parameters (c, d) at the last expansion
    bool expanded_ = false;
    std::size_t expansions_ = 0;
};

extern template class EquivariantLinear<float>;
extern template class EquivariantLinear<double>;

}  // namespace eqlab::nn
