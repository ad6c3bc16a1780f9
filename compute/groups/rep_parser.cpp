// The representation expression parser (grammar in representation.h and docs/representations.md).

#include <cctype>

#include "compute/core/error.h"
#include "compute/core/text.h"
#include "compute/groups/representation.h"

namespace eqlab::groups {

namespace {

class RepParser {
public:
    RepParser(GroupPtr group, std::string_view text) : group_(std::move(group)), text_(text) {}

    Representation parse() {
        skipSpace();
        if (pos_ >= text_.size())
            fail("expected a representation (e.g. std, perm+trivial, grid:5)");
        Representation r = expr();
        skipSpace();
        if (pos_ < text_.size()) {
            fail(text_[pos_] == ')' ? "unmatched ')'" : "expected '+', '*', '^' or the end");
        }
        return r;
    }

private:
    static constexpr int kMaxDepth = 64;

    [[noreturn]] void fail(const std::string& expected) const { failAt(expected, pos_); }
    [[noreturn]] void failAt(const std::string& expected, size_t pos) const {
        throw Error(ErrorKind::Parse, "representation '" + std::string(text_) + "': " + expected +
                                          " at position " + std::to_string(pos + 1));
    }

    void skipSpace() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_])))
            ++pos_;
    }
    bool peek(char c) {
        skipSpace();
        return pos_ < text_.size() && text_[pos_] == c;
    }

    Representation expr() {
        Representation r = term();
        while (peek('+')) {
            ++pos_;
            r = directSum(r, term());
        }
        return r;
    }

    Representation term() {
        Representation r = power();
        while (peek('*')) {
            ++pos_;
            r = tensorProduct(r, power());
        }
        return r;
    }

    Representation power() {
        Representation r = atom();
        if (peek('^')) {
            ++pos_;
            skipSpace();
            const size_t at = pos_;
            const int k = integer("expected an integer exponent after '^'");
            if (k > 64)
                failAt("expected an exponent of at most 64", at);
            r = tensorPower(r, k);
        }
        return r;
    }

    int integer(const std::string& expected) {
        skipSpace();
        const size_t start = pos_;
        long long n = 0;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            n = std::min<long long>(n * 10 + (text_[pos_] - '0'), 1000000000LL);
            ++pos_;
        }
        if (pos_ == start)
            fail(expected);
        return static_cast<int>(n);
    }

    Representation atom() {
        if (++depth_ > kMaxDepth)
            fail("expression nested too deeply");
        struct Leave {
            int& d;
            ~Leave() { --d; }
        } leave{depth_};
        skipSpace();
        if (pos_ >= text_.size())
            fail("expected a representation name or '('");
        const size_t start = pos_;
        const char c = text_[pos_];
        if (c == '(') {
            ++pos_;
            Representation r = expr();
            if (!peek(')')) {
                throw Error(ErrorKind::Parse,
                            "representation '" + std::string(text_) +
                                "': expected ')' at position " + std::to_string(pos_ + 1) +
                                " to close the '(' at position " + std::to_string(start + 1));
            }
            ++pos_;
            return r;
        }
        if (std::isdigit(static_cast<unsigned char>(c))) {
            const int n = integer("expected an integer");
            if (n < 1)
                failAt("expected a positive number of trivial copies", start);
            if (n > 100000)
                failAt("expected at most 100000 trivial copies", start);
            return trivialRep(group_, n);
        }
        if (!std::isalpha(static_cast<unsigned char>(c)))
            fail("expected a representation name or '('");
        while (pos_ < text_.size() &&
               (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) {
            ++pos_;
        }
        const std::string name(text_.substr(start, pos_ - start));
        auto unavailable = [&] {
            failAt("'" + name + "' is not available for group '" + group_->name() + "'", start);
        };
        if (name == "trivial")
            return trivialRep(group_);
        if (name == "sign" || name == "std") {
            if (!group_->hasStandard())
                unavailable();
            return name == "sign" ? signRep(group_) : standardRep(group_);
        }
        if (name == "perm") {
            if (!group_->hasNatural())
                unavailable();
            return permRep(group_);
        }
        if (name == "regular")
            return regularRep(group_);
        if (name == "grid") {
            if (!peek(':'))
                fail("expected ':' and the image size K after 'grid'");
            ++pos_;
            const size_t at = pos_;
            const int K = integer("expected the image size K after 'grid:'");
            if (K < 1 || K > 256)
                failAt("expected 1 <= K <= 256", at);
            return gridRep(group_, K);  // Error(Parse) for groups that are not square symmetries
        }
        if (name == "dual") {
            if (!peek('('))
                fail("expected '(' after 'dual'");
            ++pos_;
            Representation r = expr();
            if (!peek(')'))
                fail("expected ')' to close 'dual('");
            ++pos_;
            return dualRep(r);
        }
        throw Error(ErrorKind::Parse, "representation '" + std::string(text_) +
                                          "': unknown name '" + name + "' at position " +
                                          std::to_string(start + 1) +
                                          "; expected trivial, sign, std, perm, regular, grid:K, "
                                          "dual(...), an integer or '('");
    }

    GroupPtr group_;
    std::string_view text_;
    size_t pos_ = 0;
    int depth_ = 0;
};

}  // namespace

Representation makeRepresentation(std::shared_ptr<const Group> group, std::string_view text) {
    if (!group)
        throw Error(ErrorKind::InvalidArgument, "makeRepresentation: no group");
    const std::string_view t = trim(text);
    Representation r = RepParser(group, t).parse();
    if (r.text() != t)
        r = r.withText(std::string(t));
#ifndef NDEBUG
    // Debug builds check every representation they build: |G|·#generators products of dim³
    // each, so only up to a size where that stays cheap (the fuzzers run with assertions on).
    if (r.dim() <= 256 && homomorphismError(r) > 1e-8 * (1 + r.dim())) {
        throw Error(ErrorKind::Internal, "representation '" + r.text() + "' is not a homomorphism");
    }
#endif
    return r;
}

}  // namespace eqlab::groups
