#include "compute/train/filter_images.h"

#include <algorithm>

#include "compute/nn/dense.h"
#include "compute/nn/planar_group.h"

namespace eqlab::train {

namespace {

// Row o of the first dense layer's W, reshaped to the input image (its first channel).
template <class S>
std::vector<FilterImage> denseFilterImages(const nn::Dense<S>& dense, const data::TaskData& task) {
    std::vector<FilterImage> images;
    const auto W = dense.weight();  // out × (H·W·C)
    const int h = task.imageHeight, w = task.imageWidth, c = std::max(1, task.imageChannels);
    for (Eigen::Index o = 0; o < std::min<Eigen::Index>(kMaxDenseFilters, W.rows()); ++o) {
        FilterImage image;
        image.label = "unit " + std::to_string(o);
        image.subject = FilterImage::Subject::Unit;
        image.index = static_cast<int>(o);
        image.layer = 0;
        image.height = h;
        image.width = w;
        for (int p = 0; p < h * w; ++p) {
            image.pixels.push_back(static_cast<double>(W(o, p * c)));
        }
        images.push_back(std::move(image));
    }
    return images;
}

}  // namespace

template <class S>
std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<S>& layer, int layerIndex,
                                               int maxFilters) {
    std::vector<FilterImage> images;
    const int order = nn::planarGroupOrder(layer.group());
    const int k = static_cast<int>(layer.kernel());
    const int blocks = static_cast<int>(layer.inGroupAxis());
    const int blockColumns = std::min(blocks, 4), blockRows = blocks / blockColumns;
    int shown = 0;
    for (nn::Index o = 0; o < layer.outChannels() && shown < maxFilters; ++o) {
        for (nn::Index c = 0; c < layer.inChannels() && shown < maxFilters; ++c, ++shown) {
            for (int r = 0; r < order; ++r) {
                const std::vector<S> filter = layer.transformedFilter(o, c, r);
                FilterImage image;
                image.subject = FilterImage::Subject::GroupFilter;
                image.index = static_cast<int>(o);
                image.inChannel = static_cast<int>(c);
                image.element = nn::planarElementName(r);
                image.label =
                    "out " + std::to_string(o) + ", in " + std::to_string(c) + ", " + image.element;
                image.layer = layerIndex;
                image.copies = order;
                image.blockWidth = image.blockHeight = blocks > 1 ? k : 0;
                image.height = k * blockRows;
                image.width = k * blockColumns;
                image.pixels.resize(static_cast<std::size_t>(k) * k * blocks);
                // transformedFilter is h-major (h, zy, zx); block h = r^a s^m goes to block row
                // m = h / 4, block column a = h % 4 (planar_group.h numbers h = a + 4m).
                for (int h = 0; h < blocks; ++h) {
                    for (int zy = 0; zy < k; ++zy) {
                        for (int zx = 0; zx < k; ++zx) {
                            const int row = (h / blockColumns) * k + zy;
                            const int column = (h % blockColumns) * k + zx;
                            image.pixels[static_cast<std::size_t>(row * image.width + column)] =
                                static_cast<double>(
                                    filter[static_cast<std::size_t>((h * k + zy) * k + zx)]);
                        }
                    }
                }
                images.push_back(std::move(image));
            }
        }
    }
    return images;
}

template <class S>
std::vector<FilterImage> modelFilterImages(nn::Model<S>& model, const data::TaskData& task) {
    std::vector<FilterImage> images;
    const nn::Sequential<S>& net = model.net();
    if (net.size() == 0) {
        return images;
    }
    model.prepare();  // the G-CNN layers' expanded filters follow the latest step
    if (const auto* dense = dynamic_cast<const nn::Dense<S>*>(&net.layer(0));
        dense && task.imageHeight > 0) {
        images = denseFilterImages(*dense, task);
    }
    for (std::size_t i = 0; i < net.size(); ++i) {
        if (const auto* conv = dynamic_cast<const nn::GroupConv2d<S>*>(&net.layer(i))) {
            auto layer = groupConvFilterImages(*conv, static_cast<int>(i));
            images.insert(images.end(), std::make_move_iterator(layer.begin()),
                          std::make_move_iterator(layer.end()));
        }
    }
    return images;
}

template std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<float>&, int, int);
template std::vector<FilterImage> groupConvFilterImages(const nn::GroupConv2d<double>&, int, int);
template std::vector<FilterImage> modelFilterImages(nn::Model<float>&, const data::TaskData&);
template std::vector<FilterImage> modelFilterImages(nn::Model<double>&, const data::TaskData&);

}  // namespace eqlab::train
