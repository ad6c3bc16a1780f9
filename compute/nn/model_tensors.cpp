#include "compute/nn/model_tensors.h"

#include <map>

#include "compute/core/error.h"

namespace eqlab::nn {

namespace {

struct Named {
    ParamTensor tensor;  // offset relative to the model's whole parameter buffer
    std::size_t layer;
};

template <class S>
std::vector<Named> namedTensors(const Model<S>& model) {
    std::vector<Named> all;
    const Sequential<S>& net = model.net();
    for (std::size_t i = 0; i < net.size(); ++i) {
        for (auto& t : prefixTensors(net.layer(i).paramTensors(), std::to_string(i), net.offset(i)))
            all.push_back({std::move(t), i});
    }
    return all;
}

Index elementCount(const std::vector<Index>& shape) {
    Index n = 1;
    for (const Index e : shape)
        n *= e;
    return n;
}

// Calls f(k, p) for the k-th element in row-major order and its position p in the flat buffer.
template <class F>
void forEachElement(const ParamTensor& t, F&& f) {
    const Index n = elementCount(t.shape);
    std::vector<Index> index(t.shape.size(), 0);
    for (Index k = 0; k < n; ++k) {
        Index p = t.offset;
        for (std::size_t d = 0; d < index.size(); ++d)
            p += index[d] * t.strides[d];
        f(k, p);
        for (std::size_t d = index.size(); d-- > 0;) {  // row-major: the last index fastest
            if (++index[d] < t.shape[d])
                break;
            index[d] = 0;
        }
    }
}

std::vector<std::int64_t> toShape(const std::vector<Index>& shape) {
    return {shape.begin(), shape.end()};
}

}  // namespace

template <class S>
std::vector<Tensor> modelTensors(const Model<S>& model) {
    std::vector<Tensor> out;
    const auto& params = model.params();
    for (const Named& named : namedTensors(model)) {
        Tensor t;
        t.name = named.tensor.name;
        t.dtype = std::is_same_v<S, float> ? TensorDtype::F32 : TensorDtype::F64;
        t.shape = toShape(named.tensor.shape);
        t.values.resize(static_cast<std::size_t>(elementCount(named.tensor.shape)));
        forEachElement(named.tensor, [&](Index k, Index p) {
            t.values[static_cast<std::size_t>(k)] = static_cast<double>(params[p]);
        });
        out.push_back(std::move(t));
    }
    return out;
}

template <class S>
void loadModelTensors(Model<S>& model, const std::vector<Tensor>& tensors,
                      const std::string& fileForMessages) {
    const std::string where = fileForMessages + ": ";
    std::map<std::string, const Tensor*> given;
    for (const Tensor& t : tensors) {
        if (!given.emplace(t.name, &t).second)
            throw Error(ErrorKind::Parse, where + "tensor '" + t.name + "' appears twice");
    }
    const std::vector<Named> needed = namedTensors(model);
    std::map<std::string, const Named*> byName;
    for (const Named& n : needed)
        byName[n.tensor.name] = &n;
    for (const Tensor& t : tensors) {
        if (!byName.count(t.name)) {
            std::string names;
            for (const Named& n : needed)
                names += (names.empty() ? "" : ", ") + n.tensor.name;
            throw Error(ErrorKind::Parse, where + "the model has no tensor '" + t.name +
                                              "' (its tensors: " +
                                              (names.empty() ? std::string("none") : names) + ")");
        }
    }
    for (const Named& n : needed) {
        const auto found = given.find(n.tensor.name);
        const std::vector<std::int64_t> shape = toShape(n.tensor.shape);
        if (found == given.end())
            throw Error(ErrorKind::Parse, where + "tensor '" + n.tensor.name + "' " +
                                              shapeText(shape) + " of the model's " +
                                              model.layerName(n.layer) + " is missing");
        if (found->second->shape != shape)
            throw Error(ErrorKind::Parse, where + "'" + n.tensor.name + "' has shape " +
                                              shapeText(found->second->shape) +
                                              " but the model's " + model.layerName(n.layer) +
                                              " needs " + shapeText(shape));
        if (found->second->values.size() != static_cast<std::size_t>(elementCount(n.tensor.shape)))
            throw Error(ErrorKind::Internal, where + "'" + n.tensor.name + "' holds " +
                                                 std::to_string(found->second->values.size()) +
                                                 " values for the shape " + shapeText(shape));
    }
    // Everything checks out: now write (into a copy, so a throw above leaves the model alone).
    Vector<S> params = model.params();
    for (const Named& n : needed) {
        const Tensor& t = *given.at(n.tensor.name);
        forEachElement(n.tensor, [&](Index k, Index p) {
            params[p] = static_cast<S>(t.values[static_cast<std::size_t>(k)]);
        });
    }
    model.params() = params;
    model.prepare();
}

template std::vector<Tensor> modelTensors(const Model<float>&);
template std::vector<Tensor> modelTensors(const Model<double>&);
template void loadModelTensors(Model<float>&, const std::vector<Tensor>&, const std::string&);
template void loadModelTensors(Model<double>&, const std::vector<Tensor>&, const std::string&);

}  // namespace eqlab::nn
