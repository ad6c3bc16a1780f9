#include "compute/nn/init.h"

#include <cmath>

namespace eqlab::nn {

double initStd(Init scheme, Index fanIn, Index fanOut) {
    switch (scheme) {
        case Init::He:
            return std::sqrt(2.0 / static_cast<double>(std::max<Index>(1, fanIn)));
        case Init::Glorot:
            return std::sqrt(2.0 / static_cast<double>(std::max<Index>(1, fanIn + fanOut)));
        case Init::Zero:
            return 0.0;
    }
    return 0.0;
}

template <class S>
void fillNormal(S* p, Index n, double stddev, Rng& rng) {
    for (Index i = 0; i < n; ++i)
        p[i] = static_cast<S>(stddev * rng.normal());
}

template void fillNormal<float>(float*, Index, double, Rng&);
template void fillNormal<double>(double*, Index, double, Rng&);

}  // namespace eqlab::nn
