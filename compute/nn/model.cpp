#include "compute/nn/model.h"

#include <algorithm>

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
Model<S>::Model(std::vector<LayerPtr<S>> layers) : net_(std::move(layers)) {
    if (net_.size() == 0)
        throw Error(ErrorKind::InvalidArgument, "model: no layers");
    params_ = Vec::Zero(net_.paramCount());
    grads_ = Vec::Zero(net_.paramCount());
    net_.bind(params_.data());
    net_.prepare();
}

template <class S>
std::string Model<S>::layerName(std::size_t i) const {
    return "layer " + std::to_string(i) + " (" + net_.layer(i).describe() + ")";
}

template <class S>
std::vector<ParamSlot> Model<S>::layout() const {
    std::vector<ParamSlot> out;
    out.reserve(net_.size());
    for (std::size_t i = 0; i < net_.size(); ++i)
        out.push_back({i, layerName(i), net_.offset(i), net_.layer(i).paramCount()});
    return out;
}

template <class S>
void Model<S>::initialize(std::uint64_t seed) {
    Rng rng(seed);
    net_.initialize(rng);
    net_.prepare();
}

template <class S>
void Model<S>::checkInput(const Mat& X) const {
    if (X.rows() != inDim())
        throw Error(ErrorKind::InvalidArgument, "model: input has " + std::to_string(X.rows()) +
                                                    " rows, expected " + std::to_string(inDim()) +
                                                    " (" + layerName(0) + ")");
}

template <class S>
void Model<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    checkInput(X);
    net_.forward(X, Y, cache);
}

template <class S>
void Model<S>::infer(const Mat& X, Mat& Y, Cache<S>& cache) const {
    checkInput(X);
    net_.infer(X, Y, cache);
}

template <class S>
typename Model<S>::Mat Model<S>::predict(const Mat& X) {
    prepare();
    Cache<S> cache;
    Mat Y;
    forward(X, Y, cache);
    return Y;
}

template <class S>
typename Model<S>::Mat Model<S>::predictLayers(const Mat& X, std::size_t layers) {
    checkInput(X);
    prepare();
    Mat current = X, next;  // the features of one layer after another, one column per sample
    for (std::size_t i = 0; i < std::min(layers, net_.size()); ++i) {
        Cache<S> cache;
        net_.layer(i).forward(current, next, cache);
        current.swap(next);
    }
    return current;
}

template <class S>
typename Model<S>::Mat Model<S>::inverse(const Mat& Y) {
    if (Y.rows() != outDim())
        throw Error(ErrorKind::InvalidArgument, "model: inverse input has " +
                                                    std::to_string(Y.rows()) + " rows, expected " +
                                                    std::to_string(outDim()));
    prepare();
    Cache<S> cache;
    Mat X;
    net_.inverse(Y, X, cache);
    return X;
}

template class Model<float>;
template class Model<double>;

}  // namespace eqlab::nn
