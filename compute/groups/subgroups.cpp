#include "compute/groups/subgroups.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "compute/core/error.h"
#include "compute/groups/catalogue.h"

namespace eqlab::groups {

namespace {

// A subset of the group's elements as a bitset: the key subgroups are told apart by.
using Bits = std::vector<std::uint64_t>;

struct BitsHash {
    size_t operator()(const Bits& b) const noexcept {
        std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the words
        for (std::uint64_t w : b) {
            h ^= w;
            h *= 1099511628211ull;
        }
        return static_cast<size_t>(h);
    }
};

bool test(const Bits& b, int i) {
    return (b[static_cast<size_t>(i) >> 6] >> (i & 63)) & 1u;
}
void set(Bits& b, int i) {
    b[static_cast<size_t>(i) >> 6] |= std::uint64_t{1} << (i & 63);
}
Bits emptyBits(int n) {
    return Bits(static_cast<size_t>((n + 63) / 64), 0);
}
Bits bitsOf(int n, const std::vector<int>& elements) {
    Bits b = emptyBits(n);
    for (int a : elements)
        set(b, a);
    return b;
}
std::vector<int> elementsOf(int n, const Bits& b) {
    std::vector<int> out;
    for (int i = 0; i < n; ++i) {
        if (test(b, i))
            out.push_back(i);
    }
    return out;
}
bool subset(const Bits& a, const Bits& b) {
    for (size_t w = 0; w < a.size(); ++w) {
        if (a[w] & ~b[w])
            return false;
    }
    return true;
}

// A subgroup while the lattice is being enumerated: its elements and generators that generate it.
struct Candidate {
    Bits bits;
    std::vector<int> elements;  // in discovery order
    std::vector<int> generators;
};

// ⟨H, c⟩ as a union of left cosets of H: it contains H, and for every member y with y·c outside,
// the whole coset (y·c)H. The result contains e and is closed under right multiplication by c and
// by H, so it is the subgroup they generate; each member costs one product.
Candidate join(const Group& g, const Candidate& h, int c) {
    Candidate k{h.bits, h.elements, h.generators};
    k.generators.push_back(c);
    for (size_t i = 0; i < k.elements.size(); ++i) {
        const int z = g.multiply(k.elements[i], c);
        if (test(k.bits, z))
            continue;
        for (int x : h.elements) {
            const int w = g.multiply(z, x);
            set(k.bits, w);
            k.elements.push_back(w);
        }
    }
    return k;
}

std::map<int, int> orderCounts(const Group& g, const std::vector<int>& elements) {
    std::map<int, int> counts;
    for (int a : elements)
        ++counts[g.elementOrder(a)];
    return counts;
}

std::vector<std::pair<int, int>> primePowers(int n) {
    std::vector<std::pair<int, int>> out;  // (p, e) with p^e ∥ n
    for (int p = 2; p * p <= n; ++p) {
        int e = 0;
        while (n % p == 0) {
            n /= p;
            ++e;
        }
        if (e)
            out.push_back({p, e});
    }
    if (n > 1)
        out.push_back({n, 1});
    return out;
}

// Invariant factors d1 | d2 | … of an abelian group from its element-order counts. For each prime
// p, N_k = #{x : x^(p^k) = e} = p^(Σ_i min(k, e_i)) over the exponents e_i of its p-part, so
// log_p(N_k / N_(k−1)) = #{i : e_i ≥ k}: the exponents are the conjugate partition.
std::vector<int> invariantFactors(int order, const std::map<int, int>& counts) {
    std::vector<std::vector<int>> exponents;  // per prime, descending
    std::vector<int> primes;
    for (auto [p, e] : primePowers(order)) {
        std::vector<int> atLeast;  // atLeast[k-1] = #{i : e_i ≥ k}
        long long previous = 1, pk = 1;
        for (int k = 1; k <= e; ++k) {
            pk *= p;
            long long n = 0;
            for (auto [o, c] : counts) {
                if (pk % o == 0)
                    n += c;
            }
            int r = 0;
            for (long long q = n / previous; q > 1; q /= p)
                ++r;
            atLeast.push_back(r);
            previous = n;
        }
        std::vector<int> ex;
        for (int i = 0; i < (atLeast.empty() ? 0 : atLeast[0]); ++i) {
            int ei = 0;
            for (int r : atLeast)
                ei += r > i ? 1 : 0;
            ex.push_back(ei);
        }
        primes.push_back(p);
        exponents.push_back(ex);
    }
    size_t count = 0;
    for (const auto& ex : exponents)
        count = std::max(count, ex.size());
    std::vector<int> factors(count, 1);  // largest first
    for (size_t j = 0; j < primes.size(); ++j) {
        for (size_t i = 0; i < exponents[j].size(); ++i) {
            for (int t = 0; t < exponents[j][i]; ++t)
                factors[i] *= primes[j];
        }
    }
    std::reverse(factors.begin(), factors.end());
    return factors;
}

bool isDihedral(const Group& g, const std::vector<int>& elements) {
    const int m = static_cast<int>(elements.size());
    if (m % 2 != 0 || m < 6)
        return false;
    const int n = m / 2;
    for (int r : elements) {
        if (g.elementOrder(r) != n)
            continue;
        std::vector<char> inR(static_cast<size_t>(g.order()), 0);
        for (int k = 0, x = 0; k < n; ++k, x = g.multiply(x, r))
            inR[static_cast<size_t>(x)] = 1;
        for (int s : elements) {
            if (!inR[static_cast<size_t>(s)] && g.elementOrder(s) == 2 &&
                g.conjugate(s, r) == g.inverse(r)) {
                return true;  // ⟨r⟩ ∪ s⟨r⟩ with r^n = s² = e, s r s = r⁻¹: the presentation of D_n
            }
        }
    }
    return false;
}

struct Reference {
    std::string name;
    int order;
    std::map<int, int> counts;
    bool proven;
};

// Non-abelian catalogue groups matched by element-order counts. A4 is the only non-abelian group
// of order 12 without an element of order 6; a group of order 60 with 24 elements of order 5 has
// six Sylow 5-subgroups and is then simple, so A5; S4's counts (9 involutions, 8 of order 3, 6 of
// order 4) occur in no other group of order 24. For S5, A6, S6 the match is not proven here.
const std::vector<Reference>& references() {
    static const std::vector<Reference> refs = [] {
        std::vector<Reference> out;
        const auto add = [&](const GroupPtr& g, const std::string& name, bool proven) {
            std::vector<int> all(static_cast<size_t>(g->order()));
            std::iota(all.begin(), all.end(), 0);
            out.push_back({name, g->order(), orderCounts(*g, all), proven});
        };
        add(alternatingGroup(4), "A4", true);
        add(symmetricGroup(4), "S4", true);
        add(alternatingGroup(5), "A5", true);
        add(symmetricGroup(5), "S5", false);
        add(alternatingGroup(6), "A6", false);
        add(symmetricGroup(6), "S6", false);
        return out;
    }();
    return refs;
}

bool commute(const Group& g, const std::vector<int>& gens) {
    for (size_t i = 0; i < gens.size(); ++i) {
        for (size_t j = i + 1; j < gens.size(); ++j) {
            if (g.multiply(gens[i], gens[j]) != g.multiply(gens[j], gens[i]))
                return false;
        }
    }
    return true;
}

}  // namespace

std::vector<int> smallGeneratingSet(const Group& group, const std::vector<int>& elements) {
    std::vector<int> byOrder = elements;
    std::stable_sort(byOrder.begin(), byOrder.end(),
                     [&](int a, int b) { return group.elementOrder(a) > group.elementOrder(b); });
    std::vector<int> gens;
    std::vector<int> generated{0};
    for (int a : byOrder) {
        if (generated.size() == elements.size())
            break;
        if (std::binary_search(generated.begin(), generated.end(), a))
            continue;
        gens.push_back(a);
        generated = group.subgroupGeneratedBy(gens);
    }
    return gens;
}

std::string subgroupName(const Group& group, const std::vector<int>& elements, bool* nameProven) {
    const int m = static_cast<int>(elements.size());
    bool proven = true;
    std::string name;
    const std::map<int, int> counts = orderCounts(group, elements);
    const bool abelian = commute(group, smallGeneratingSet(group, elements));
    if (m == 1) {
        name = "1";
    } else if (counts.count(m)) {
        name = "C" + std::to_string(m);
    } else if (abelian) {
        for (int d : invariantFactors(m, counts))
            name += (name.empty() ? "C" : "xC") + std::to_string(d);
    } else if (isDihedral(group, elements)) {
        name = "D" + std::to_string(m / 2);
    } else if (m == 8 && counts.at(2) == 1) {
        name = "Q8";  // D4 has five involutions, Q8 one
    } else {
        for (const Reference& r : references()) {
            if (r.order == m && r.counts == counts) {
                name = r.name;
                proven = r.proven;
                break;
            }
        }
    }
    if (name.empty()) {
        if (m == group.order()) {
            name = group.name();
        } else {
            name = "order " + std::to_string(m);
            proven = false;
        }
    }
    if (nameProven)
        *nameProven = proven;
    return name;
}

std::vector<std::vector<int>> SubgroupLattice::classMembers() const {
    std::vector<std::vector<int>> members(static_cast<size_t>(numClasses));
    for (size_t i = 0; i < subgroups.size(); ++i)
        members[static_cast<size_t>(subgroups[i].conjugacyClass)].push_back(static_cast<int>(i));
    return members;
}

bool SubgroupLattice::contains(int b, int a) const {
    const auto& big = subgroups.at(static_cast<size_t>(b)).elements;
    const auto& small = subgroups.at(static_cast<size_t>(a)).elements;
    return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

SubgroupLattice subgroupLattice(const Group& group) {
    const int n = group.order();
    if (n > kMaxLatticeGroupOrder) {
        throw Error(ErrorKind::Unsupported,
                    "subgroup lattice of '" + group.name() + "': order " + std::to_string(n) +
                        " exceeds the supported maximum " + std::to_string(kMaxLatticeGroupOrder));
    }

    // Enumeration (see the header): candidates grow while earlier ones are joined.
    std::vector<Candidate> found;
    std::unordered_map<Bits, int, BitsHash> index;
    const auto add = [&](Candidate c) {
        if (index.count(c.bits))
            return;
        if (static_cast<int>(found.size()) >= kMaxSubgroups) {
            throw Error(ErrorKind::Unsupported, "subgroup lattice of '" + group.name() +
                                                    "': more than " +
                                                    std::to_string(kMaxSubgroups) + " subgroups");
        }
        index.emplace(c.bits, static_cast<int>(found.size()));
        found.push_back(std::move(c));
    };
    add(Candidate{bitsOf(n, {0}), {0}, {}});
    for (size_t i = 0; i < found.size(); ++i) {
        const Candidate h = found[i];  // a copy: `found` grows below
        Bits done = h.bits;
        for (int c = 1; c < n; ++c) {
            if (test(done, c))
                continue;
            add(join(group, h, c));
            // Mark the double coset H c^j H of every generator c^j of ⟨c⟩: their joins with H
            // are the same.
            std::vector<int> stack;
            const int oc = group.elementOrder(c);
            for (int j = 1, x = c; j < oc; ++j, x = group.multiply(x, c)) {
                if (std::gcd(j, oc) == 1 && !test(done, x)) {
                    set(done, x);
                    stack.push_back(x);
                }
            }
            while (!stack.empty()) {
                const int x = stack.back();
                stack.pop_back();
                for (int s : h.generators) {
                    for (int y : {group.multiply(s, x), group.multiply(x, s)}) {
                        if (!test(done, y)) {
                            set(done, y);
                            stack.push_back(y);
                        }
                    }
                }
            }
        }
    }

    SubgroupLattice lattice;
    lattice.groupName = group.name();
    lattice.groupOrder = n;
    for (int a = 0; a < n; ++a)
        lattice.elementLabels.push_back(group.elementLabel(a));

    std::vector<Bits> bits;
    for (const Candidate& c : found)
        bits.push_back(c.bits);
    std::vector<std::vector<int>> elements;
    for (const Bits& b : bits)
        elements.push_back(elementsOf(n, b));
    std::vector<int> order(found.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto& ea = elements[static_cast<size_t>(a)];
        const auto& eb = elements[static_cast<size_t>(b)];
        return ea.size() != eb.size() ? ea.size() < eb.size() : ea < eb;
    });
    std::vector<Bits> sortedBits;
    index.clear();
    for (int k : order) {
        Subgroup s;
        s.elements = elements[static_cast<size_t>(k)];
        s.order = static_cast<int>(s.elements.size());
        s.generators = smallGeneratingSet(group, s.elements);
        for (int a : s.generators)
            s.generatorLabels.push_back(group.elementLabel(a));
        s.name = subgroupName(group, s.elements, &s.nameProven);
        s.abelian = commute(group, s.generators);
        s.cyclic = s.generators.size() <= 1;
        index.emplace(bits[static_cast<size_t>(k)], static_cast<int>(sortedBits.size()));
        sortedBits.push_back(bits[static_cast<size_t>(k)]);
        lattice.subgroups.push_back(std::move(s));
    }
    // A cyclic group may need two greedy generators only if greedy picks badly; it never does
    // (an element of the group's order is taken first), but the name is the authority.
    for (Subgroup& s : lattice.subgroups)
        s.cyclic = s.order == 1 || s.name == "C" + std::to_string(s.order);

    // Conjugacy classes: orbits under conjugation by generators of the whole group.
    std::vector<int> groupGens = group.generators();
    if (static_cast<int>(group.subgroupGeneratedBy(groupGens).size()) != n) {
        std::vector<int> all(static_cast<size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        groupGens = smallGeneratingSet(group, all);
    }
    const int count = static_cast<int>(lattice.subgroups.size());
    std::vector<int> classOf(static_cast<size_t>(count), -1);
    for (int i = 0; i < count; ++i) {
        if (classOf[static_cast<size_t>(i)] >= 0)
            continue;
        const int cls = lattice.numClasses++;
        std::vector<int> members{i};
        classOf[static_cast<size_t>(i)] = cls;
        for (size_t k = 0; k < members.size(); ++k) {
            const auto& el = lattice.subgroups[static_cast<size_t>(members[k])].elements;
            for (int g : groupGens) {
                Bits conj = emptyBits(n);
                for (int a : el)
                    set(conj, group.conjugate(g, a));
                const int j = index.at(conj);
                if (classOf[static_cast<size_t>(j)] < 0) {
                    classOf[static_cast<size_t>(j)] = cls;
                    members.push_back(j);
                }
            }
        }
        for (int j : members) {
            lattice.subgroups[static_cast<size_t>(j)].conjugacyClass = cls;
            lattice.subgroups[static_cast<size_t>(j)].normal = members.size() == 1;
        }
    }

    // Covers: the maximal proper subgroups of each K. Going down in order, a subgroup inside K is
    // maximal unless it lies in one already found maximal (any larger subgroup between lies in
    // one).
    for (int k = 0; k < count; ++k) {
        std::vector<int> maximal;
        const int ok = lattice.subgroups[static_cast<size_t>(k)].order;
        for (int h = k - 1; h >= 0; --h) {
            const int oh = lattice.subgroups[static_cast<size_t>(h)].order;
            if (oh == ok || ok % oh != 0 ||
                !subset(sortedBits[static_cast<size_t>(h)], sortedBits[static_cast<size_t>(k)]))
                continue;
            bool inside = false;
            for (int m : maximal) {
                if (subset(sortedBits[static_cast<size_t>(h)],
                           sortedBits[static_cast<size_t>(m)])) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                maximal.push_back(h);
                lattice.covers.push_back({h, k});
            }
        }
    }
    std::sort(lattice.covers.begin(), lattice.covers.end());
    return lattice;
}

}  // namespace eqlab::groups
