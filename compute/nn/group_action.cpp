#include "compute/nn/group_action.h"

#include <cmath>

#include "compute/core/error.h"

namespace eqlab::nn {

std::vector<SignedPermutation> signedPermutationAction(const groups::Representation& rep) {
    const groups::Group& G = rep.group();
    const std::string where =
        "neural group action: representation '" + rep.text() + "' of " + G.name();
    std::vector<SignedPermutation> P;
    P.reserve(static_cast<std::size_t>(G.order()));
    for (int g = 0; g < G.order(); ++g) {
        std::string why;
        auto p = SignedPermutation::fromMatrix(rep.matrix(g), 1e-9, &why);
        if (!p)
            throw Error(ErrorKind::InvalidArgument,
                        where + ": the matrix of element " + G.elementLabel(g) +
                            " is not a signed permutation (" + why +
                            "); choose an action that permutes coordinates, possibly with signs "
                            "(e.g. 'perm', 'regular', or 'std' of C4, D4, V4, Q8)");
        if (g != G.identity() && p->isIdentity())
            throw Error(ErrorKind::InvalidArgument,
                        where + " is not faithful: element " + G.elementLabel(g) +
                            " acts as the identity, so N_g = N_e could not differ (try "
                            "'regular', which is always faithful)");
        P.push_back(std::move(*p));
    }
    if (!P.front().isIdentity())
        throw Error(ErrorKind::InvalidArgument, where + ": the identity does not act as I");
    return P;
}

template <class S>
NeuralGroupAction<S>::NeuralGroupAction(std::unique_ptr<Sequential<S>> phi,
                                        const groups::Representation& action)
    : ConjugatedAction<S>(std::move(phi), "neural group action"),
      group_(action.groupPtr()),
      actionText_(action.text()),
      P_(signedPermutationAction(action)) {
    if (action.dim() != this->dim())
        throw Error(ErrorKind::InvalidArgument,
                    "neural group action: representation '" + action.text() + "' of " +
                        group_->name() + " has dimension " + std::to_string(action.dim()) +
                        " but the flow acts on dimension " + std::to_string(this->dim()));
}

template <class S>
std::string NeuralGroupAction<S>::describe() const {
    return "group-action " + group_->name() + " on '" + actionText_ + "'" +
           (this->volumePreserving() ? " volume-preserving" : "") + " [" + this->phi().describe() +
           "]";
}

template <class S>
int NeuralGroupAction<S>::elementOf(const Mat& X, Index j) const {
    const double v = static_cast<double>(X(this->dim(), j));
    const double k = std::round(v);
    if (!(std::abs(v - k) <= 1e-6) || k < 0 || k >= group_->order())
        throw Error(ErrorKind::InvalidArgument,
                    "neural group action: input row " + std::to_string(this->dim()) +
                        " of sample " + std::to_string(j) + " must be a group element index 0.." +
                        std::to_string(group_->order() - 1) + " of " + group_->name() + ", got " +
                        std::to_string(v));
    return static_cast<int>(k);
}

template <class S>
void NeuralGroupAction<S>::checkInput(const Mat& X) const {
    if (X.rows() != this->dim() + 1)
        throw Error(ErrorKind::InvalidArgument,
                    "neural group action: input must have " + std::to_string(this->dim() + 1) +
                        " rows (the point, then the group element), got " +
                        std::to_string(X.rows()));
}

template class NeuralGroupAction<float>;
template class NeuralGroupAction<double>;

}  // namespace eqlab::nn
