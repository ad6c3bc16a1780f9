#include "compute/groups/group.h"

#include <algorithm>
#include <deque>

#include "compute/core/error.h"

namespace eqlab::groups {

Group::Group(GroupData data) : data_(std::move(data)) {
    if (data_.generatorNames.size() != data_.generators.size()) {
        data_.generatorNames.clear();
        for (size_t i = 0; i < data_.generators.size(); ++i) {
            data_.generatorNames.push_back(i < 26 ? std::string(1, static_cast<char>('a' + i))
                                                  : "g" + std::to_string(i));
        }
    }
    validate();
    computeDerived();
}

void Group::validate() const {
    const int order = data_.order;
    auto bad = [&](const std::string& what) {
        throw Error(ErrorKind::InvalidArgument, "group '" + data_.name + "': " + what);
    };
    if (order < 1)
        bad("order must be at least 1");
    if (data_.table.size() != n() * n())
        bad("Cayley table must have order² entries");
    // Latin square with identity 0: every row and column a permutation, row 0 and column 0
    // identity.
    std::vector<int> seen(n(), -1);
    for (int a = 0; a < order; ++a) {
        if (multiply(0, a) != a || multiply(a, 0) != a)
            bad("element 0 is not the identity");
        for (int b = 0; b < order; ++b) {
            const int c = multiply(a, b);
            if (c < 0 || c >= order)
                bad("Cayley table entry out of range");
            if (seen[static_cast<size_t>(c)] == a)
                bad("Cayley table row is not a permutation");
            seen[static_cast<size_t>(c)] = a;
        }
    }
    for (int g : data_.generators) {
        if (g < 0 || g >= order)
            bad("generator index out of range");
    }
    if (!data_.standard.empty() && data_.standard.size() != n())
        bad("one 'std' matrix per element");
    if (!data_.natural.empty() && data_.natural.size() != n())
        bad("one 'perm' permutation per element");
}

void Group::computeDerived() {
    const int order = data_.order;
    inverse_.assign(n(), -1);
    for (int a = 0; a < order; ++a) {
        for (int b = 0; b < order; ++b) {
            if (multiply(a, b) == 0) {
                inverse_[static_cast<size_t>(a)] = b;
                break;
            }
        }
    }
    elementOrder_.assign(n(), 1);
    for (int a = 0; a < order; ++a) {
        int k = 1;
        for (int x = a; x != 0; x = multiply(x, a))
            ++k;
        elementOrder_[static_cast<size_t>(a)] = k;  // a^k = e for the first time
    }
    // Conjugacy classes: sweep elements in index order, each unassigned one opens a class.
    classOf_.assign(n(), -1);
    for (int a = 0; a < order; ++a) {
        if (classOf_[static_cast<size_t>(a)] >= 0)
            continue;
        const int id = static_cast<int>(classes_.size());
        std::vector<int> cls;
        for (int g = 0; g < order; ++g) {
            const int c = conjugate(g, a);
            if (classOf_[static_cast<size_t>(c)] < 0) {
                classOf_[static_cast<size_t>(c)] = id;
                cls.push_back(c);
            }
        }
        std::sort(cls.begin(), cls.end());
        classes_.push_back(std::move(cls));
    }
    abelian_ = std::all_of(classes_.begin(), classes_.end(),
                           [](const std::vector<int>& c) { return c.size() == 1; });
    // Shortest words: breadth-first search from e by right multiplication with generators.
    words_.assign(n(), {});
    std::vector<char> reached(n(), 0);
    reached[0] = 1;
    std::deque<int> queue{0};
    while (!queue.empty()) {
        const int a = queue.front();
        queue.pop_front();
        for (size_t s = 0; s < data_.generators.size(); ++s) {
            const int b = multiply(a, data_.generators[s]);
            if (reached[static_cast<size_t>(b)])
                continue;
            reached[static_cast<size_t>(b)] = 1;
            words_[static_cast<size_t>(b)] = words_[static_cast<size_t>(a)];
            words_[static_cast<size_t>(b)].push_back(static_cast<int>(s));
            queue.push_back(b);
        }
    }
    for (int a = 0; a < order; ++a) {
        if (!reached[static_cast<size_t>(a)]) {
            throw Error(ErrorKind::InvalidArgument,
                        "group '" + data_.name + "': the generators do not generate the group");
        }
    }
}

int Group::power(int a, int k) const {
    if (k < 0)
        return power(inverse(a), -k);
    int result = 0;
    for (int i = 0; i < k % elementOrder(a); ++i)
        result = multiply(result, a);
    return result;
}

int Group::conjugate(int g, int a) const {
    return multiply(multiply(g, a), inverse(g));
}

int Group::commutator(int a, int b) const {
    return multiply(multiply(a, b), multiply(inverse(a), inverse(b)));
}

std::string Group::elementLabel(int a) const {
    const std::vector<int>& w = word(a);
    if (w.empty())
        return "e";
    std::string out;
    for (size_t i = 0; i < w.size();) {
        size_t j = i;
        while (j < w.size() && w[j] == w[i])
            ++j;
        if (!out.empty())
            out += ' ';
        out += data_.generatorNames[static_cast<size_t>(w[i])];
        if (j - i > 1)
            out += '^' + std::to_string(j - i);
        i = j;
    }
    return out;
}

std::vector<int> Group::classSizes() const {
    std::vector<int> sizes;
    for (const auto& c : classes_)
        sizes.push_back(static_cast<int>(c.size()));
    return sizes;
}

std::vector<int> Group::centre() const {
    std::vector<int> z;
    for (const auto& c : classes_) {
        if (c.size() == 1)
            z.push_back(c[0]);
    }
    std::sort(z.begin(), z.end());
    return z;
}

std::vector<int> Group::subgroupGeneratedBy(const std::vector<int>& elements) const {
    for (int a : elements) {
        if (a < 0 || a >= order()) {
            throw Error(ErrorKind::InvalidArgument, "subgroup of '" + name() + "': element " +
                                                        std::to_string(a) + " out of range 0.." +
                                                        std::to_string(order() - 1));
        }
    }
    // Closure by right multiplication with the given elements; in a finite group this is a
    // subgroup.
    std::vector<char> in(n(), 0);
    in[0] = 1;
    std::vector<int> members{0};
    for (size_t i = 0; i < members.size(); ++i) {
        for (int s : elements) {
            const int b = multiply(members[i], s);
            if (!in[static_cast<size_t>(b)]) {
                in[static_cast<size_t>(b)] = 1;
                members.push_back(b);
            }
        }
    }
    std::sort(members.begin(), members.end());
    return members;
}

int Group::exponent() const {
    auto gcd = [](int a, int b) {
        while (b != 0) {
            const int t = a % b;
            a = b;
            b = t;
        }
        return a;
    };
    int e = 1;
    for (int o : elementOrder_)
        e = e / gcd(e, o) * o;
    return e;
}

int Group::standardDim() const {
    return hasStandard() ? static_cast<int>(data_.standard[0].rows()) : 0;
}

const Eigen::MatrixXd& Group::standardMatrix(int a) const {
    if (!hasStandard()) {
        throw Error(ErrorKind::Unsupported, "group '" + name() + "' has no 'std' representation");
    }
    return data_.standard[static_cast<size_t>(a)];
}

int Group::naturalSetSize() const {
    return hasNatural() ? static_cast<int>(data_.natural[0].size()) : 0;
}

const Permutation& Group::naturalPermutation(int a) const {
    if (!hasNatural()) {
        throw Error(ErrorKind::Unsupported, "group '" + name() + "' has no 'perm' representation");
    }
    return data_.natural[static_cast<size_t>(a)];
}

GroupPtr directProduct(const GroupPtr& g, const GroupPtr& h) {
    const int ng = g->order(), nh = h->order();
    GroupData d;
    d.name = g->name() + "x" + h->name();
    d.order = ng * nh;
    d.table.resize(static_cast<size_t>(d.order) * static_cast<size_t>(d.order));
    for (int a = 0; a < d.order; ++a) {
        for (int b = 0; b < d.order; ++b) {
            d.table[static_cast<size_t>(a) * static_cast<size_t>(d.order) +
                    static_cast<size_t>(b)] =
                g->multiply(a / nh, b / nh) * nh + h->multiply(a % nh, b % nh);
        }
    }
    // Generator names: the second factor's get a prime where they clash with the first's.
    for (size_t i = 0; i < g->generators().size(); ++i) {
        d.generators.push_back(g->generators()[i] * nh);
        d.generatorNames.push_back(g->generatorNames()[i]);
    }
    for (size_t i = 0; i < h->generators().size(); ++i) {
        d.generators.push_back(h->generators()[i]);
        std::string nm = h->generatorNames()[i];
        while (std::find(d.generatorNames.begin(), d.generatorNames.end(), nm) !=
               d.generatorNames.end()) {
            nm += '\'';
        }
        d.generatorNames.push_back(nm);
    }
    if (g->hasStandard() && h->hasStandard()) {
        const int dg = g->standardDim(), dh = h->standardDim();
        d.standard.reserve(static_cast<size_t>(d.order));
        for (int a = 0; a < d.order; ++a) {
            Eigen::MatrixXd m = Eigen::MatrixXd::Zero(dg + dh, dg + dh);
            m.topLeftCorner(dg, dg) = g->standardMatrix(a / nh);
            m.bottomRightCorner(dh, dh) = h->standardMatrix(a % nh);
            d.standard.push_back(std::move(m));
        }
    }
    if (g->hasNatural() && h->hasNatural()) {
        const int mg = g->naturalSetSize();
        for (int a = 0; a < d.order; ++a) {
            Permutation p = g->naturalPermutation(a / nh);
            for (int x : h->naturalPermutation(a % nh))
                p.push_back(x + mg);
            d.natural.push_back(std::move(p));
        }
        d.naturalSet = "disjoint union of (" + g->naturalSet() + ") and (" + h->naturalSet() + ")";
        d.standardIsPermutation =
            g->standardIsPermutation() && h->standardIsPermutation() && !d.standard.empty();
    }
    return std::make_shared<const Group>(std::move(d));
}

}  // namespace eqlab::groups
