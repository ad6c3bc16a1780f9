#include "compute/metrics/stabilizer_order.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string>

#include "compute/core/error.h"
#include "compute/core/rng.h"

namespace eqlab::metrics {

double rankGamma(const std::vector<int>& rank, const std::vector<double>& error,
                 const std::vector<int>& strata) {
    if (rank.size() != error.size() || (!strata.empty() && strata.size() != rank.size()))
        throw Error(ErrorKind::InvalidArgument,
                    "rankGamma: ranks, errors and strata must have one entry per pattern");
    // O(n²) pairs: 512 patterns are 130,816 pairs, well below the cost of one prediction pass.
    double concordant = 0.0, discordant = 0.0;
    const std::size_t n = rank.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            if (rank[i] == rank[j] || (!strata.empty() && strata[i] != strata[j]))
                continue;
            const bool iHigher = rank[i] > rank[j];
            const double higher = iHigher ? error[i] : error[j];
            const double lower = iHigher ? error[j] : error[i];
            if (higher < lower)
                concordant += 1.0;
            else if (higher > lower)
                discordant += 1.0;
        }
    const double counted = concordant + discordant;
    return counted > 0.0 ? (concordant - discordant) / counted : 0.0;
}

double orbitGamma(const std::vector<int>& orbit, const std::vector<int>& rank,
                  const std::vector<double>& error, const std::vector<int>& strata) {
    if (orbit.size() != rank.size() || rank.size() != error.size() ||
        (!strata.empty() && strata.size() != rank.size()))
        throw Error(ErrorKind::InvalidArgument,
                    "orbitGamma: orbits, ranks, errors and strata must have one entry per pattern");
    std::map<int, std::size_t> index;  // orbit label -> position among the orbits
    std::vector<int> orbitRank, orbitStratum;
    std::vector<double> sum;
    std::vector<int> n;
    for (std::size_t i = 0; i < orbit.size(); ++i) {
        const auto [it, fresh] = index.emplace(orbit[i], sum.size());
        if (fresh) {
            orbitRank.push_back(rank[i]);
            orbitStratum.push_back(strata.empty() ? 0 : strata[i]);
            sum.push_back(0.0);
            n.push_back(0);
        }
        sum[it->second] += error[i];
        n[it->second] += 1;
    }
    std::vector<double> mean(sum.size());
    for (std::size_t k = 0; k < sum.size(); ++k)
        mean[k] = sum[k] / n[k];
    return rankGamma(orbitRank, mean, orbitStratum);
}

std::vector<int> shuffledLabels(std::vector<int> labels, std::uint64_t seed) {
    Rng rng(seed);
    std::vector<std::size_t> order;
    rng.permutation(labels.size(), order);
    std::vector<int> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        out[i] = labels[order[i]];
    return out;
}

std::vector<std::size_t> distinctColumns(const Eigen::MatrixXd& X) {
    std::map<std::vector<double>, std::size_t> seen;
    std::vector<std::size_t> first;
    for (Eigen::Index s = 0; s < X.cols(); ++s) {
        std::vector<double> column(X.col(s).data(), X.col(s).data() + X.rows());
        if (seen.emplace(std::move(column), static_cast<std::size_t>(s)).second)
            first.push_back(static_cast<std::size_t>(s));
    }
    return first;
}

std::vector<int> onPixelCounts(const Eigen::MatrixXd& X) {
    std::vector<int> counts(static_cast<std::size_t>(X.cols()), 0);
    for (Eigen::Index s = 0; s < X.cols(); ++s)
        counts[static_cast<std::size_t>(s)] = static_cast<int>((X.col(s).array() > 0.5).count());
    return counts;
}

MetricTable errorByCountAndRank(const std::vector<int>& count, const std::vector<int>& rank,
                                const std::vector<double>& error) {
    if (count.size() != rank.size() || rank.size() != error.size() || count.empty())
        throw Error(ErrorKind::InvalidArgument,
                    "errorByCountAndRank: counts, ranks and errors must have one entry per "
                    "pattern, and there must be at least one");
    const int rows = *std::max_element(count.begin(), count.end()) + 1;
    std::map<int, int> column;  // rank value -> column, ascending
    for (int r : rank)
        column.emplace(r, 0);
    int c = 0;
    for (auto& entry : column)
        entry.second = c++;
    MetricTable table;
    table.rows = rows;
    table.cols = static_cast<int>(column.size());
    std::vector<double> sum(static_cast<std::size_t>(table.rows * table.cols), 0.0);
    std::vector<int> n(sum.size(), 0);
    for (std::size_t s = 0; s < count.size(); ++s) {
        const auto k = static_cast<std::size_t>(count[s] * table.cols + column[rank[s]]);
        sum[k] += error[s];
        n[k] += 1;
    }
    for (std::size_t k = 0; k < sum.size(); ++k)
        table.values.push_back(n[k] > 0 ? sum[k] / n[k] : std::numeric_limits<double>::quiet_NaN());
    for (int r = 0; r < rows; ++r)
        table.rowLabels.push_back(std::to_string(r));
    for (const auto& entry : column)
        table.columnLabels.push_back(std::to_string(entry.first));
    return table;
}

}  // namespace eqlab::metrics
