// Notation: a bead's A tokens are a[0, n), its B tokens b[0, m); a run [i, j) × [k, l) is
// A tokens i..j-1 against B tokens k..l-1.
#include "diff/edit_classifier.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diff/token_diff.h"

namespace parallax::diff {

namespace {

template <typename Key>
std::vector<uint32_t> keys_of(std::span<const DiffToken> tokens, Key key) {
  std::vector<uint32_t> ids;
  ids.reserve(tokens.size());
  for (const DiffToken& token : tokens) {
    ids.push_back(key(token));
  }
  return ids;
}

// What a one-sided or two-sided run of tokens is made of.
struct RunMakeup {
  bool all_marks = true;
  bool all_function = true;  // function words or marks
};

RunMakeup makeup(std::span<const DiffToken> tokens, RunMakeup so_far = {}) {
  for (const DiffToken& token : tokens) {
    const bool mark = token.token_class == TokenClass::Mark;
    so_far.all_marks = so_far.all_marks && mark;
    so_far.all_function = so_far.all_function && (mark || token.function_word);
  }
  return so_far;
}

class BeadClassifier {
 public:
  BeadClassifier(const BeadSide& a, const BeadSide& b, uint32_t pair_window)
      : a_(a), b_(b), pair_window_(pair_window) {}

  std::vector<Edit> run() {
    const std::vector<uint32_t> loose_a =
        keys_of(a_.tokens, [](const DiffToken& t) { return t.loose; });
    const std::vector<uint32_t> loose_b =
        keys_of(b_.tokens, [](const DiffToken& t) { return t.loose; });
    const std::vector<DiffRun> runs = diff_sequences(loose_a, loose_b);
    for (size_t r = 0; r < runs.size();) {
      if (runs[r].equal) {
        equal_run(runs[r]);
        ++r;
        continue;
      }
      // The cluster of change runs r, r+2, ... separated by short equal runs.
      size_t last = r;
      while (last + 2 < runs.size() &&
             runs[last + 1].a_end - runs[last + 1].a_begin <= pair_window_) {
        last += 2;
      }
      cluster(runs, r, last);
      r = last + 1;
    }
    merge_typography();
    std::stable_sort(edits_.begin(), edits_.end(), [](const Edit& x, const Edit& y) {
      return x.a.begin != y.a.begin ? x.a.begin < y.a.begin : x.b.begin < y.b.begin;
    });
    return std::move(edits_);
  }

 private:
  // Span of tokens [begin, end) of side, or the empty span where they would be.
  static Span span_of(const BeadSide& side, uint32_t begin, uint32_t end) {
    if (begin < end) {
      return Span{side.tokens[begin].span.begin, side.tokens[end - 1].span.end};
    }
    if (begin < side.tokens.size()) {
      return Span{side.tokens[begin].span.begin, side.tokens[begin].span.begin};
    }
    if (begin > 0) {
      return Span{side.tokens[begin - 1].span.end, side.tokens[begin - 1].span.end};
    }
    return Span{side.position, side.position};
  }

  static std::string_view text_of(const BeadSide& side, Span span) {
    return std::string_view(side.document->text).substr(span.begin, span.size());
  }

  void add(EditKind kind, Span a, Span b) {
    const bool raw = kind == EditKind::Typography;
    const std::string_view a_text = text_of(a_, a);
    const std::string_view b_text = text_of(b_, b);
    edits_.push_back(Edit{kind, a, b, raw ? std::string(a_text) : collapsed(a_text),
                          raw ? std::string(b_text) : collapsed(b_text)});
  }

  void add_tokens(EditKind kind, uint32_t i, uint32_t j, uint32_t k, uint32_t l) {
    add(kind, span_of(a_, i, j), span_of(b_, k, l));
  }

  // Equal loose keys: the exact forms and the spaces between them.
  void equal_run(const DiffRun& run) {
    for (uint32_t t = 0; t < run.a_end - run.a_begin; ++t) {
      const DiffToken& x = a_.tokens[run.a_begin + t];
      const DiffToken& y = b_.tokens[run.b_begin + t];
      if (x.exact != y.exact) {
        if (x.lower != y.lower) {
          add(EditKind::Typography, x.span, y.span);
        } else if (x.sentence_start == y.sentence_start) {
          // A capital that only follows the sentence's start (The whole → Whole) belongs to
          // the edit that moved the start.
          add(EditKind::Case, x.span, y.span);
        }
      }
      if (t + 1 < run.a_end - run.a_begin) {
        const DiffToken& x_next = a_.tokens[run.a_begin + t + 1];
        const DiffToken& y_next = b_.tokens[run.b_begin + t + 1];
        const Span gap_a{x.span.end, x_next.span.begin};
        const Span gap_b{y.span.end, y_next.span.begin};
        const std::string_view space_a = text_of(a_, gap_a);
        const std::string_view space_b = text_of(b_, gap_b);
        if (space_a != space_b && space_a.find('\n') == std::string_view::npos &&
            space_b.find('\n') == std::string_view::npos) {
          add(EditKind::Typography, gap_a, gap_b);
        }
      }
    }
  }

  // Change runs first..last (every other run) of runs, with the equal runs between them.
  // From each change run r on: the longest stretch r..e that moves the same tokens is one
  // Order edit; else a dropped run and an added one two runs apart are one replacement; else
  // r is classified alone. O(c²) same_tokens checks for c runs; clusters are short.
  void cluster(const std::vector<DiffRun>& runs, size_t first, size_t last) {
    size_t r = first;
    while (r <= last) {
      size_t e = r;
      for (size_t end = last; end >= r + 2; end -= 2) {
        if (same_tokens(runs[r].a_begin, runs[end].a_end, runs[r].b_begin, runs[end].b_end)) {
          e = end;
          break;
        }
      }
      if (e > r) {
        add_tokens(EditKind::Order, runs[r].a_begin, runs[e].a_end, runs[r].b_begin, runs[e].b_end);
      } else if (r + 2 <= last && pairable(runs[r], runs[r + 2])) {
        const bool r_dropped = runs[r].b_begin == runs[r].b_end;
        const DiffRun& dropped = r_dropped ? runs[r] : runs[r + 2];
        const DiffRun& added = r_dropped ? runs[r + 2] : runs[r];
        replacement(dropped.a_begin, dropped.a_end, added.b_begin, added.b_end);
        equal_run(runs[r + 1]);
        e = r + 2;
      } else {
        replacement(runs[r].a_begin, runs[r].a_end, runs[r].b_begin, runs[r].b_end);
      }
      if (e + 1 <= last) {
        equal_run(runs[e + 1]);
      }
      r = e + 2;
    }
  }

  // A run that only drops and one that only adds, in either order.
  static bool pairable(const DiffRun& x, const DiffRun& y) noexcept {
    const bool x_dropped = x.b_begin == x.b_end;
    const bool y_dropped = y.b_begin == y.b_end;
    const bool x_added = x.a_begin == x.a_end;
    const bool y_added = y.a_begin == y.a_end;
    return (x_dropped && y_added) || (x_added && y_dropped);
  }

  // Whether A tokens [i, j) and B tokens [k, l) are the same loose keys in any order.
  bool same_tokens(uint32_t i, uint32_t j, uint32_t k, uint32_t l) const {
    if (j - i != l - k || j - i < 2) {
      return false;
    }
    std::vector<uint32_t> x =
        keys_of(a_.tokens.subspan(i, j - i), [](const DiffToken& t) { return t.loose; });
    std::vector<uint32_t> y =
        keys_of(b_.tokens.subspan(k, l - k), [](const DiffToken& t) { return t.loose; });
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
  }

  // A tokens [i, j) replaced by B tokens [k, l) (either may be empty): equal stems are
  // inflections, the rest is classified.
  void replacement(uint32_t i, uint32_t j, uint32_t k, uint32_t l) {
    if (i == j || k == l) {
      classify(i, j, k, l);
      return;
    }
    const std::vector<uint32_t> stems_a =
        keys_of(a_.tokens.subspan(i, j - i), [](const DiffToken& t) { return t.stem; });
    const std::vector<uint32_t> stems_b =
        keys_of(b_.tokens.subspan(k, l - k), [](const DiffToken& t) { return t.stem; });
    for (const DiffRun& run : diff_sequences(stems_a, stems_b)) {
      const uint32_t ri = i + run.a_begin;
      const uint32_t rj = i + run.a_end;
      const uint32_t rk = k + run.b_begin;
      const uint32_t rl = k + run.b_end;
      if (run.equal) {
        for (uint32_t t = 0; t < rj - ri; ++t) {
          if (a_.tokens[ri + t].loose != b_.tokens[rk + t].loose) {
            add_tokens(EditKind::Inflection, ri + t, ri + t + 1, rk + t, rk + t + 1);
          }
        }
      } else if (rj - ri == rl - rk && rj - ri > 1) {
        // As many words on both sides: word for word (the realistic → that pragmatic).
        for (uint32_t t = 0; t < rj - ri; ++t) {
          classify(ri + t, ri + t + 1, rk + t, rk + t + 1);
        }
      } else {
        classify(ri, rj, rk, rl);
      }
    }
  }

  // One edit for A tokens [i, j) against B tokens [k, l), by what they are.
  void classify(uint32_t i, uint32_t j, uint32_t k, uint32_t l) {
    const RunMakeup what = makeup(b_.tokens.subspan(k, l - k), makeup(a_.tokens.subspan(i, j - i)));
    EditKind kind = EditKind::Lexical;
    if (what.all_marks) {
      kind = EditKind::Punctuation;
    } else if (what.all_function) {
      kind = EditKind::FunctionWord;
    } else if (k == l) {
      kind = EditKind::Omission;
    } else if (i == j) {
      kind = EditKind::Insertion;
    }
    add_tokens(kind, i, j, k, l);
  }

  // Typography edits that touch on both sides become one (" -- " → "—": the dash and its
  // spaces).
  void merge_typography() {
    std::vector<Edit> merged;
    for (Edit& edit : edits_) {
      if (!merged.empty() && merged.back().kind == EditKind::Typography &&
          edit.kind == EditKind::Typography && merged.back().a.end == edit.a.begin &&
          merged.back().b.end == edit.b.begin) {
        Edit& into = merged.back();
        into.a.end = edit.a.end;
        into.b.end = edit.b.end;
        into.a_text = std::string(text_of(a_, into.a));
        into.b_text = std::string(text_of(b_, into.b));
        continue;
      }
      merged.push_back(std::move(edit));
    }
    edits_ = std::move(merged);
  }

  const BeadSide& a_;
  const BeadSide& b_;
  uint32_t pair_window_;
  std::vector<Edit> edits_;
};

}  // namespace

std::string collapsed(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

std::vector<Edit> classify_bead(const BeadSide& a, const BeadSide& b, uint32_t pair_window) {
  return BeadClassifier(a, b, pair_window).run();
}

}  // namespace parallax::diff
