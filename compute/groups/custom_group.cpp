// Custom groups from a JSON file of generators (see catalogue.h for the format).

#include <cmath>

#include "compute/core/error.h"
#include "compute/core/json.h"
#include "compute/groups/catalogue.h"
#include "compute/groups/closure.h"

namespace eqlab::groups {

namespace {

[[noreturn]] void bad(const std::string& where, const std::string& expected) {
    throw Error(ErrorKind::Parse, where + ": " + expected);
}

std::vector<double> numbers(const json::Value& v, const std::string& where) {
    if (!v.isArray())
        bad(where, "expected an array of numbers");
    std::vector<double> out;
    for (const json::Value& x : v.asArray()) {
        if (!x.isNumber())
            bad(where, "expected an array of numbers");
        out.push_back(x.asNumber());
    }
    return out;
}

Eigen::MatrixXd matrixFromRows(const json::Value& v, const std::string& where) {
    const auto& rows = v.asArray();
    if (rows.empty())
        bad(where, "expected a non-empty list of matrix rows");
    // The rows are read before the matrix is allocated: a file of 10^5 empty rows must not make
    // a 10^5 × 10^5 matrix.
    std::vector<std::vector<double>> entries;
    for (size_t i = 0; i < rows.size(); ++i) {
        entries.push_back(numbers(rows[i], where + " row " + std::to_string(i + 1)));
        const std::vector<double>& r = entries.back();
        if (r.size() != rows.size()) {
            bad(where, "expected a square matrix, row " + std::to_string(i + 1) + " has " +
                           std::to_string(r.size()) + " entries, not " +
                           std::to_string(rows.size()));
        }
    }
    const auto n = static_cast<Eigen::Index>(rows.size());
    Eigen::MatrixXd m(n, n);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < n; ++j)
            m(i, j) = entries[static_cast<size_t>(i)][static_cast<size_t>(j)];
    return m;
}

}  // namespace

GroupPtr customGroupFromJson(std::string_view jsonText, const std::string& defaultName) {
    const json::Value doc = json::parse(jsonText, defaultName);
    if (!doc.isObject())
        bad(defaultName, "expected a JSON object with \"generators\"");
    std::string name = defaultName;
    if (const json::Value* n = doc.find("name")) {
        if (!n->isString())
            bad(defaultName, "\"name\": expected a string");
        name = n->asString();
    }
    std::vector<std::string> genNames;
    if (const json::Value* n = doc.find("generator_names")) {
        if (!n->isArray())
            bad(defaultName, "\"generator_names\": expected an array of strings");
        for (const json::Value& s : n->asArray()) {
            if (!s.isString())
                bad(defaultName, "\"generator_names\": expected an array of strings");
            genNames.push_back(s.asString());
        }
    }
    const json::Value* gens = doc.find("generators");
    if (gens == nullptr || !gens->isArray() || gens->asArray().empty()) {
        bad(defaultName, "expected \"generators\": a non-empty array of permutations or matrices");
    }
    const auto& list = gens->asArray();
    if (!genNames.empty() && genNames.size() != list.size()) {
        bad(defaultName, "\"generator_names\": expected one name per generator");
    }
    const bool matrices =
        list[0].isArray() && !list[0].asArray().empty() && list[0].asArray()[0].isArray();
    if (!matrices) {
        std::vector<Permutation> perms;
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string where = defaultName + " generator " + std::to_string(i + 1);
            Permutation p;
            for (double x : numbers(list[i], where)) {
                if (x != std::floor(x) || std::abs(x) > 1e6)
                    bad(where, "expected integer images");
                p.push_back(static_cast<int>(x));
            }
            if (!isPermutation(p) || (i > 0 && p.size() != perms[0].size())) {
                bad(where, "expected a permutation of 0.." + std::to_string(p.size() - 1) +
                               " given as 0-based images, all generators on the same points");
            }
            perms.push_back(std::move(p));
        }
        if (doc.find("points") != nullptr) {
            bad(defaultName, "\"points\" is only allowed with matrix generators");
        }
        return groupFromPermutations(name, perms, genNames);
    }
    std::vector<Eigen::MatrixXd> mats;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = defaultName + " generator " + std::to_string(i + 1);
        mats.push_back(matrixFromRows(list[i], where));
        if (mats.back().rows() != mats[0].rows())
            bad(where, "expected all matrices of one size");
    }
    GroupPtr g = groupFromMatrices(name, mats, genNames);
    const json::Value* pts = doc.find("points");
    if (pts == nullptr)
        return g;
    if (!pts->isArray() || pts->asArray().empty())
        bad(defaultName, "\"points\": expected a list");
    const Eigen::Index d = mats[0].rows();
    const auto& plist = pts->asArray();
    Eigen::MatrixXd P(d, static_cast<Eigen::Index>(plist.size()));
    for (size_t j = 0; j < plist.size(); ++j) {
        const std::vector<double> p =
            numbers(plist[j], defaultName + " point " + std::to_string(j + 1));
        if (static_cast<Eigen::Index>(p.size()) != d) {
            bad(defaultName, "point " + std::to_string(j + 1) + ": expected " + std::to_string(d) +
                                 " coordinates");
        }
        for (Eigen::Index i = 0; i < d; ++i)
            P(i, static_cast<Eigen::Index>(j)) = p[static_cast<size_t>(i)];
    }
    GroupData data = g->data();
    for (int a = 0; a < g->order(); ++a) {
        const Eigen::MatrixXd image = g->standardMatrix(a) * P;
        Permutation perm(plist.size(), -1);
        for (Eigen::Index j = 0; j < P.cols(); ++j) {
            for (Eigen::Index i = 0; i < P.cols(); ++i) {
                if ((image.col(j) - P.col(i)).norm() < 1e-6 * (1.0 + P.col(i).norm())) {
                    perm[static_cast<size_t>(j)] = static_cast<int>(i);
                    break;
                }
            }
            if (perm[static_cast<size_t>(j)] < 0)
                break;  // not permuted: refused below without comparing the other points
        }
        if (!isPermutation(perm)) {
            bad(defaultName,
                "\"points\": expected a set of distinct points that every generator "
                "permutes");
        }
        data.natural.push_back(std::move(perm));
    }
    data.naturalSet = "the " + std::to_string(plist.size()) + " points given in the file";
    return std::make_shared<const Group>(std::move(data));
}

GroupPtr customGroupFromFile(const std::string& path) {
    return customGroupFromJson(json::readFile(path), "custom:" + path);
}

}  // namespace eqlab::groups
