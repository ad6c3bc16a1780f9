// The task kinds of involutive nets, neural group actions and parity-constrained nets:
// parity-function, mirror-image, quaternion-action, spiral-rotation, involution.

#include "compute/data/action_tasks.h"
#include "compute/data/parity_tasks.h"
#include "compute/data/task_kinds.h"
#include "compute/nn/parity.h"

namespace eqlab::data {

namespace {

ParamSpec samplesParam(std::int64_t fallback) {
    return integerParam("samples", fallback, 8, 1 << 16, "training samples");
}
ParamSpec parityParam() {
    return choiceParam("parity", "even", {"even", "odd"}, "p = +1 (even) or -1 (odd)");
}
// How the group element travels in the input (TaskData::elementOneHot).
ParamSpec elementEncodingParam() {
    return choiceParam("element_encoding", "index", {"index", "one-hot"},
                       "the element g in the input: its index as one number (what a group-action "
                       "layer reads), or one-hot in |G| rows (a fair input for plain nets)");
}
void encodeElement(TaskData& t, const Params& p, int order) {
    setElementEncoding(t, order, p.text("element_encoding") == "one-hot");
}
int parityOf(const Params& p) {
    return p.text("parity") == "even" ? 1 : -1;
}

void stateParity(TaskData& t, int parity, const nn::AffineInvolution& T) {
    t.parity = parity;
    t.parityA = T.A;
    t.parityC = T.c;
}

}  // namespace

void appendSymmetryTaskKinds(std::vector<TaskKind>& kinds) {
    kinds.push_back(
        {"parity-function",
         "x in [-2,2]^dim, an even (f(-x) = f(x)) or odd (f(-x) = -f(x)) function of x",
         {integerParam("dim", 1, 1, 64, "dimension of x"), parityParam(), samplesParam(256)},
         [](const Params& p, std::uint64_t seed) {
             const int dim = static_cast<int>(p.integer("dim"));
             TaskData t =
                 parityFunctionTask(dim, parityOf(p), static_cast<int>(p.integer("samples")), seed);
             stateParity(t, parityOf(p), nn::negation(dim));
             return t;
         }});
    kinds.push_back(
        {"mirror-image",
         "K x K images of two blobs; a target even or odd under the left-right mirror",
         {integerParam("size", 7, 2, 32, "K, the image side"), parityParam(), samplesParam(256)},
         [](const Params& p, std::uint64_t seed) {
             const int K = static_cast<int>(p.integer("size"));
             TaskData t =
                 mirrorImageTask(K, parityOf(p), static_cast<int>(p.integer("samples")), seed);
             t.imageChannels = 1;
             t.imageHeight = t.imageWidth = K;
             stateParity(t, parityOf(p), nn::imageMirror(K));
             return t;
         }});
    kinds.push_back(
        {"quaternion-action",
         "triples (g, x, g.x): Q8 acting on R^4 by a nonlinear conjugate of left multiplication; "
         "input [x; g]",
         {samplesParam(512), elementEncodingParam()},
         [](const Params& p, std::uint64_t seed) {
             TaskData t = quaternionActionTask(static_cast<int>(p.integer("samples")), seed);
             t.group = "Q8";
             encodeElement(t, p, 8);
             return t;
         }});
    kinds.push_back({"spiral-rotation",
                     "triples (g, x, g.x): C_n rotating points of a spiral in R^2; input [x; g]",
                     {integerParam("n", 4, 1, 64, "the order of the cyclic group C_n"),
                      samplesParam(512), elementEncodingParam()},
                     [](const Params& p, std::uint64_t seed) {
                         const int n = static_cast<int>(p.integer("n"));
                         TaskData t =
                             spiralRotationTask(n, static_cast<int>(p.integer("samples")), seed);
                         t.group = "C" + std::to_string(n);
                         encodeElement(t, p, n);
                         return t;
                     }});
    kinds.push_back(
        {"involution",
         "x in R^4, y = an involution of R^4 (a nonlinear conjugate of swapping halves)",
         {samplesParam(512)},
         [](const Params& p, std::uint64_t seed) {
             TaskData t = involutionTask(static_cast<int>(p.integer("samples")), seed);
             t.involution = true;
             return t;
         }});
}

}  // namespace eqlab::data
