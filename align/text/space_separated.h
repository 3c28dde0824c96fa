// The words of a space-separated list ("of to for with"): the word lists and tables written as
// string literals (stop_words.cc, inflection.cc) and rendering keys (usual_rendering.cc).
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace parallax::text {

// The words of a list in order, as views into it; runs of spaces separate like one. Lazy: no
// allocation, so it may be used in noexcept code and per token. (Not std::views::split: the
// clang of the fuzz build cannot compile libstdc++ 12's split_view.)
class SpaceSeparated {
 public:
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = const std::string_view&;

    Iterator() noexcept = default;  // the end

    explicit Iterator(std::string_view rest) noexcept : rest_(rest) { advance(); }

    reference operator*() const noexcept { return word_; }

    pointer operator->() const noexcept { return &word_; }

    Iterator& operator++() noexcept {
      advance();
      return *this;
    }

    Iterator operator++(int) noexcept {
      Iterator before = *this;
      advance();
      return before;
    }

    // The end has no word (a null view); every other position a non-empty one.
    bool operator==(const Iterator& other) const noexcept {
      return word_.data() == other.word_.data() && word_.size() == other.word_.size();
    }

   private:
    void advance() noexcept {
      const size_t begin = rest_.find_first_not_of(' ');
      if (begin == std::string_view::npos) {
        rest_ = {};
        word_ = {};
        return;
      }
      rest_.remove_prefix(begin);
      const size_t end = std::min(rest_.find(' '), rest_.size());
      word_ = rest_.substr(0, end);
      rest_.remove_prefix(end);
    }

    std::string_view rest_;
    std::string_view word_;
  };

  explicit SpaceSeparated(std::string_view list) noexcept : list_(list) {}

  Iterator begin() const noexcept { return Iterator(list_); }

  Iterator end() const noexcept { return {}; }

 private:
  std::string_view list_;
};

}  // namespace parallax::text
