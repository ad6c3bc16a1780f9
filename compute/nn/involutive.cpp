#include "compute/nn/involutive.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
InvolutiveNet<S>::InvolutiveNet(std::unique_ptr<Sequential<S>> phi, SignedPermutation sigma)
    : ConjugatedAction<S>(std::move(phi), "involutive net"), sigma_(std::move(sigma)) {
    if (const std::string why = sigma_.validate(); !why.empty())
        throw Error(ErrorKind::InvalidArgument, "involutive net: sigma: " + why);
    if (sigma_.dim() != this->dim())
        throw Error(ErrorKind::InvalidArgument,
                    "involutive net: sigma acts on dimension " + std::to_string(sigma_.dim()) +
                        " but the flow on " + std::to_string(this->dim()));
    if (!sigma_.compose(sigma_).isIdentity())
        throw Error(ErrorKind::InvalidArgument, "involutive net: sigma " + sigma_.text() +
                                                    " is not an involution (sigma^2 != id)");
}

template <class S>
std::string InvolutiveNet<S>::describe() const {
    return "involutive sigma=" + sigma_.text() + " [" + this->phi().describe() + "]";
}

template class InvolutiveNet<float>;
template class InvolutiveNet<double>;

}  // namespace eqlab::nn
