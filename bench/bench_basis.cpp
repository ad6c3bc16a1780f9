// Benchmarks of the equivariant basis solver (issue 3's scaling requirements):
//   D4 acting on 28×28 images, grid:28 → grid:28 (614,656 unknowns), by the orbit method;
//   dense 64-dimensional representations by the isotypic/Reynolds method.

#include <benchmark/benchmark.h>

#include "compute/groups/catalogue.h"
#include "compute/groups/equivariant_basis.h"

using namespace eqlab::groups;

static void BM_OrbitBasis_D4_grid28(benchmark::State& state) {
    const GroupPtr d4 = makeGroup("D4");
    const Representation grid = makeRepresentation(d4, "grid:28");
    int dim = 0;
    for (auto _ : state) {
        const OrbitBasis b = orbitBasis(grid, grid);
        dim = b.dimension;
        benchmark::DoNotOptimize(b.orbitOf.data());
    }
    state.counters["dimension"] = dim;
}
BENCHMARK(BM_OrbitBasis_D4_grid28)->Unit(benchmark::kMillisecond);

// Including building the group and the representation, as a command line call would.
static void BM_OrbitBasis_D4_grid28_fromText(benchmark::State& state) {
    for (auto _ : state) {
        const GroupPtr d4 = makeGroup("D4");
        const Representation grid = makeRepresentation(d4, "grid:28");
        const OrbitBasis b = orbitBasis(grid, grid);
        benchmark::DoNotOptimize(b.orbitOf.data());
    }
}
BENCHMARK(BM_OrbitBasis_D4_grid28_fromText)->Unit(benchmark::kMillisecond);

static void denseBasis(benchmark::State& state, const char* group, const char* rep) {
    const GroupPtr g = makeGroup(group);
    const Representation r = makeRepresentation(g, rep);
    int dim = 0;
    for (auto _ : state) {
        const EquivariantBasis b = equivariantBasis(r, r);
        dim = b.dimension();
        benchmark::DoNotOptimize(b.vectors.data());
    }
    state.counters["rep_dim"] = r.dim();
    state.counters["dimension"] = dim;
}
// Q8 on std^3: 16 copies of a quaternionic 4-dimensional irreducible, 1024 basis maps (hard case).
BENCHMARK_CAPTURE(denseBasis, Q8_std3, "Q8", "std^3")->Unit(benchmark::kMillisecond);
// O on (std+trivial)^3 = 64 dimensions, all five irreducible types.
BENCHMARK_CAPTURE(denseBasis, O_std_plus_trivial_3, "O", "(std+trivial)^3")
    ->Unit(benchmark::kMillisecond);
// D4 on std^6: 64 dimensions, only 1-dimensional types (unconstrained blocks).
BENCHMARK_CAPTURE(denseBasis, D4_std6, "D4", "std^6")->Unit(benchmark::kMillisecond);
// I on std^2 + ... : a larger group, 64 = 9·7 + 1 dimensions.
BENCHMARK_CAPTURE(denseBasis, I_7std2_trivial, "I", "7*std^2+trivial")
    ->Unit(benchmark::kMillisecond);

// Closure and derived facts (classes, words) of the larger catalogue groups.
static void makeGroupBench(benchmark::State& state, const char* name) {
    for (auto _ : state) {
        const GroupPtr g = makeGroup(name);
        benchmark::DoNotOptimize(g->numClasses());
    }
}
BENCHMARK_CAPTURE(makeGroupBench, S6, "S6")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(makeGroupBench, A7, "A7")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(makeGroupBench, I, "I")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
