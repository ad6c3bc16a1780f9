#include "compute/nn/sequential.h"

#include "compute/core/error.h"

namespace eqlab::nn {

template <class S>
Sequential<S>::Sequential(std::vector<LayerPtr<S>> layers) {
    for (auto& l : layers)
        add(std::move(l));
}

template <class S>
Sequential<S>& Sequential<S>::add(LayerPtr<S> layer) {
    if (!layer)
        throw Error(ErrorKind::InvalidArgument, "sequential: null layer");
    if (!layers_.empty() && layers_.back()->outDim() != layer->inDim()) {
        throw Error(ErrorKind::InvalidArgument,
                    "sequential: layer " + std::to_string(layers_.size()) + " (" +
                        layer->describe() + ") expects input dimension " +
                        std::to_string(layer->inDim()) + " but the previous layer (" +
                        layers_.back()->describe() + ") outputs " +
                        std::to_string(layers_.back()->outDim()));
    }
    offsets_.push_back(total_);
    total_ += layer->paramCount();
    layers_.push_back(std::move(layer));
    return *this;
}

template <class S>
std::string Sequential<S>::describe() const {
    std::string s = "sequential[";
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        if (i)
            s += ", ";
        s += layers_[i]->describe();
    }
    return s + "]";
}

template <class S>
Index Sequential<S>::inDim() const {
    return layers_.empty() ? 0 : layers_.front()->inDim();
}
template <class S>
Index Sequential<S>::outDim() const {
    return layers_.empty() ? 0 : layers_.back()->outDim();
}

template <class S>
void Sequential<S>::bind(S* params) {
    for (std::size_t i = 0; i < layers_.size(); ++i)
        layers_[i]->bind(params + offsets_[i]);
}

template <class S>
std::vector<ParamTensor> Sequential<S>::paramTensors() const {
    std::vector<ParamTensor> all;
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        auto own = prefixTensors(layers_[i]->paramTensors(), std::to_string(i), offsets_[i]);
        all.insert(all.end(), own.begin(), own.end());
    }
    return all;
}

template <class S>
void Sequential<S>::initialize(Rng& rng) {
    // Each layer draws from its own stream: adding a layer does not change the others' values.
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        Rng r = rng.split(i);
        layers_[i]->initialize(r);
    }
}

template <class S>
void Sequential<S>::prepare() {
    for (auto& l : layers_)
        l->prepare();
}

template <class S>
void Sequential<S>::forward(const Mat& X, Mat& Y, Cache<S>& cache) const {
    const std::size_t L = layers_.size();
    if (L == 0) {
        Y = X;
        return;
    }
    Mat* buf = cache.buffers(2 * (L - 1));
    cache.child(L - 1);
    for (std::size_t i = 0; i < L; ++i) {
        const Mat& in = i == 0 ? X : buf[i - 1];
        Mat& out = i + 1 == L ? Y : buf[i];
        layers_[i]->forward(in, out, cache.sub[i]);
    }
}

template <class S>
void Sequential<S>::infer(const Mat& X, Mat& Y, Cache<S>& cache) const {
    const std::size_t L = layers_.size();
    if (L == 0) {
        Y = X;
        return;
    }
    Mat* buf = cache.buffers(2);
    cache.child(L - 1);
    for (std::size_t i = 0; i < L; ++i) {
        const Mat& in = i == 0 ? X : buf[(i - 1) % 2];
        Mat& out = i + 1 == L ? Y : buf[i % 2];
        layers_[i]->forward(in, out, cache.sub[i]);
    }
}

template <class S>
void Sequential<S>::backward(const Mat& X, const Mat& Y, const Mat& dY, Mat* dX, S* grad,
                             Cache<S>& cache) const {
    const std::size_t L = layers_.size();
    if (L == 0) {
        if (dX)
            *dX = dY;
        return;
    }
    Mat* buf = cache.m.data();
    for (std::size_t i = L; i-- > 0;) {
        const Mat& in = i == 0 ? X : buf[i - 1];
        const Mat& out = i + 1 == L ? Y : buf[i];
        const Mat& dOut = i + 1 == L ? dY : buf[L - 1 + i];
        Mat* dIn = i == 0 ? dX : &buf[L - 1 + i - 1];
        layers_[i]->backward(in, out, dOut, dIn, grad + offsets_[i], cache.sub[i]);
    }
}

template <class S>
bool Sequential<S>::invertible() const {
    if (layers_.empty())
        return false;
    for (const auto& l : layers_)
        if (!dynamic_cast<const InvertibleLayer<S>*>(l.get()))
            return false;
    return true;
}

namespace {
template <class S>
const InvertibleLayer<S>& asInvertible(const Layer<S>& l) {
    const auto* p = dynamic_cast<const InvertibleLayer<S>*>(&l);
    if (!p)
        throw Error(ErrorKind::InvalidArgument,
                    "flow: layer '" + l.describe() + "' is not invertible");
    return *p;
}
}  // namespace

template <class S>
void Sequential<S>::logDet(const Cache<S>& cache, Mat& out) const {
    for (std::size_t i = 0; i < layers_.size(); ++i) {
        const Mat& ld = asInvertible(*layers_[i]).logDet(cache.sub[i]);
        if (i == 0)
            out = ld;
        else
            out += ld;
    }
}

template <class S>
void Sequential<S>::backwardWithLogDet(const Mat& X, const Mat& Y, const Mat& dY,
                                       const Mat& dLogDet, Mat* dX, S* grad,
                                       Cache<S>& cache) const {
    const std::size_t L = layers_.size();
    Mat* buf = cache.m.data();
    for (std::size_t i = L; i-- > 0;) {
        const Mat& in = i == 0 ? X : buf[i - 1];
        const Mat& out = i + 1 == L ? Y : buf[i];
        const Mat& dOut = i + 1 == L ? dY : buf[L - 1 + i];
        Mat* dIn = i == 0 ? dX : &buf[L - 1 + i - 1];
        asInvertible(*layers_[i])
            .backwardWithLogDet(in, out, dOut, dLogDet, dIn, grad + offsets_[i], cache.sub[i]);
    }
}

template <class S>
void Sequential<S>::inverse(const Mat& Y, Mat& X, Cache<S>& cache) const {
    const std::size_t L = layers_.size();
    Mat* buf = cache.buffers(2 * (L - 1));
    cache.child(L - 1);
    for (std::size_t i = L; i-- > 0;) {
        const Mat& out = i + 1 == L ? Y : buf[i];
        Mat& in = i == 0 ? X : buf[i - 1];
        asInvertible(*layers_[i]).inverse(out, in, cache.sub[i]);
    }
}

template <class S>
void Sequential<S>::inverseBackward(const Mat& Y, const Mat& X, const Mat& dX, Mat* dY, S* grad,
                                    Cache<S>& cache) const {
    // inverse() ran the layers L-1, …, 0, layer i mapping out_i to in_i; the gradient flows the
    // other way, from X = in_0 back to Y = out_{L-1}. dL/d out_i goes to the slot backward() uses.
    const std::size_t L = layers_.size();
    Mat* buf = cache.m.data();
    for (std::size_t i = 0; i < L; ++i) {
        const Mat& out = i + 1 == L ? Y : buf[i];
        const Mat& in = i == 0 ? X : buf[i - 1];
        const Mat& dIn = i == 0 ? dX : buf[L - 1 + i - 1];
        Mat* dOut = i + 1 == L ? dY : &buf[L - 1 + i];
        asInvertible(*layers_[i])
            .inverseBackward(out, in, dIn, dOut, grad + offsets_[i], cache.sub[i]);
    }
}

template class Sequential<float>;
template class Sequential<double>;

}  // namespace eqlab::nn
