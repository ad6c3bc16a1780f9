#include "compute/metrics/symmetry_audit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "compute/core/error.h"
#include "compute/core/json.h"

namespace eqlab::metrics {

SymmetryAudit auditSymmetry(const groups::SubgroupLattice& lattice,
                            const std::vector<double>& elementError, double tolerance) {
    if (static_cast<int>(elementError.size()) != lattice.groupOrder) {
        throw Error(ErrorKind::InvalidArgument, "symmetry audit of '" + lattice.groupName +
                                                    "': " + std::to_string(elementError.size()) +
                                                    " element errors for a group of order " +
                                                    std::to_string(lattice.groupOrder));
    }
    for (size_t g = 0; g < elementError.size(); ++g) {
        if (elementError[g] < 0) {
            throw Error(ErrorKind::InvalidArgument,
                        "symmetry audit of '" + lattice.groupName + "': error of element " +
                            lattice.elementLabels.at(g) + " is negative");
        }
    }
    if (!(tolerance >= 0)) {
        throw Error(ErrorKind::InvalidArgument, "symmetry audit of '" + lattice.groupName +
                                                    "': tolerance " + std::to_string(tolerance) +
                                                    " is not a number ≥ 0");
    }
    SymmetryAudit audit;
    audit.group = lattice.groupName;
    audit.tolerance = tolerance;
    const int count = static_cast<int>(lattice.subgroups.size());
    std::vector<char> ok(static_cast<size_t>(count), 0);
    for (int i = 0; i < count; ++i) {
        double e = 0.0;
        for (int g : lattice.subgroups[static_cast<size_t>(i)].elements) {
            const double x = elementError[static_cast<size_t>(g)];
            if (std::isnan(x)) {
                e = std::numeric_limits<double>::quiet_NaN();
                break;
            }
            e = std::max(e, x);
        }
        audit.errors.push_back(e);
        ok[static_cast<size_t>(i)] = e <= tolerance;  // false for NaN
    }
    // Maximal among the respected: no respected subgroup strictly above (by inclusion). Larger
    // subgroups come later in the lattice's order.
    std::map<int, int> chosen;  // class -> representative
    for (int i = 0; i < count; ++i) {
        if (!ok[static_cast<size_t>(i)])
            continue;
        bool maximal = true;
        for (int k = i + 1; k < count && maximal; ++k) {
            if (ok[static_cast<size_t>(k)] &&
                lattice.subgroups[static_cast<size_t>(k)].order >
                    lattice.subgroups[static_cast<size_t>(i)].order &&
                lattice.contains(k, i))
                maximal = false;
        }
        if (!maximal)
            continue;
        const int cls = lattice.subgroups[static_cast<size_t>(i)].conjugacyClass;
        const auto it = chosen.find(cls);
        // Indices ascend, so on equal errors the first member found stays.
        if (it == chosen.end() ||
            audit.errors[static_cast<size_t>(i)] < audit.errors[static_cast<size_t>(it->second)])
            chosen[cls] = i;
    }
    for (const auto& [cls, i] : chosen)
        audit.respected.push_back(i);
    std::sort(audit.respected.begin(), audit.respected.end(), [&](int a, int b) {
        const int oa = lattice.subgroups[static_cast<size_t>(a)].order;
        const int ob = lattice.subgroups[static_cast<size_t>(b)].order;
        return oa != ob ? oa > ob : a < b;
    });
    return audit;
}

std::string auditJson(const groups::SubgroupLattice& lattice, const SymmetryAudit& audit) {
    using json::Value;
    const auto labels = [&](const std::vector<int>& elements) {
        std::vector<Value> out;
        for (int a : elements)
            out.push_back(Value::makeString(lattice.elementLabels.at(static_cast<size_t>(a))));
        return Value::makeArray(std::move(out));
    };
    const auto object = [&](int i) {
        const groups::Subgroup& s = lattice.subgroups.at(static_cast<size_t>(i));
        std::map<std::string, Value> m;
        m["name"] = Value::makeString(s.name);
        m["order"] = Value::makeNumber(s.order);
        m["generators"] = labels(s.generators);
        m["elements"] = labels(s.elements);
        m["error"] = Value::makeNumber(audit.errors.at(static_cast<size_t>(i)));
        m["conjugacy_class"] = Value::makeNumber(s.conjugacyClass);
        m["normal"] = Value::makeBool(s.normal);
        return Value::makeObject(std::move(m));
    };
    std::vector<Value> subgroups, respected;
    for (int i = 0; i < static_cast<int>(lattice.subgroups.size()); ++i)
        subgroups.push_back(object(i));
    for (int i : audit.respected)
        respected.push_back(object(i));
    std::map<std::string, Value> top;
    top["group"] = Value::makeString(audit.group);
    top["tolerance"] = Value::makeNumber(audit.tolerance);
    top["subgroups"] = Value::makeArray(std::move(subgroups));
    top["respected"] = Value::makeArray(std::move(respected));
    return json::write(Value::makeObject(std::move(top)));
}

}  // namespace eqlab::metrics
