#pragma once

// AppendLog<T>: a sequence that only grows at its end and whose copies share what they have in
// common: the training histories (every step's loss, every scheduled metric record) that each
// snapshot carries. A copy costs one pointer per kBlock elements plus the unfinished last block,
// so publishing a snapshot ~30 times a second stays cheap however long the run, and releasing an
// old snapshot frees only its last block (on whichever thread drops it: often the GUI's).
//
// Elements live in blocks of kBlock; a full block is frozen (shared, immutable) and never written
// again, so copies may be read on other threads while the original keeps growing. The last,
// unfinished block is copied. Indexing is O(1).

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <vector>

namespace eqlab {

template <class T>
class AppendLog {
public:
    static constexpr std::size_t kBlock = 1024;

    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T*;
        using reference = const T&;

        const_iterator() = default;
        const_iterator(const AppendLog* log, std::size_t index) : log_(log), index_(index) {}

        reference operator*() const { return (*log_)[index_]; }
        pointer operator->() const { return &(*log_)[index_]; }
        reference operator[](difference_type n) const { return *(*this + n); }
        const_iterator& operator++() { return ++index_, *this; }
        const_iterator operator++(int) { return {log_, index_++}; }
        const_iterator& operator--() { return --index_, *this; }
        const_iterator operator--(int) { return {log_, index_--}; }
        const_iterator& operator+=(difference_type n) { return index_ += n, *this; }
        const_iterator& operator-=(difference_type n) { return index_ -= n, *this; }
        friend const_iterator operator+(const_iterator i, difference_type n) { return i += n; }
        friend const_iterator operator+(difference_type n, const_iterator i) { return i += n; }
        friend const_iterator operator-(const_iterator i, difference_type n) { return i -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
            return static_cast<difference_type>(a.index_) - static_cast<difference_type>(b.index_);
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) {
            return a.index_ == b.index_;
        }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) {
            return a.index_ <=> b.index_;
        }

    private:
        const AppendLog* log_ = nullptr;
        std::size_t index_ = 0;
    };

    AppendLog() = default;
    AppendLog(std::initializer_list<T> values) {
        for (const T& value : values) {
            push_back(value);
        }
    }

    void push_back(T value) {
        if (tail_.empty()) {
            tail_.reserve(kBlock);
        }
        tail_.push_back(std::move(value));
        if (tail_.size() == kBlock) {
            frozen_.push_back(std::make_shared<const std::vector<T>>(std::move(tail_)));
            tail_ = {};
        }
    }
    void clear() {
        frozen_.clear();
        tail_.clear();
    }

    std::size_t size() const { return frozen_.size() * kBlock + tail_.size(); }
    bool empty() const { return frozen_.empty() && tail_.empty(); }

    const T& operator[](std::size_t i) const {
        const std::size_t block = i / kBlock;
        return block < frozen_.size() ? (*frozen_[block])[i % kBlock] : tail_[i % kBlock];
    }
    const T& front() const { return (*this)[0]; }
    const T& back() const { return (*this)[size() - 1]; }

    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    std::vector<T> toVector() const { return std::vector<T>(begin(), end()); }

    // Same elements (for tests and comparisons; not a cheap operation).
    friend bool operator==(const AppendLog& a, const AppendLog& b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    std::vector<std::shared_ptr<const std::vector<T>>> frozen_;  // full blocks, never written
    std::vector<T> tail_;                                        // < kBlock elements
};

}  // namespace eqlab
