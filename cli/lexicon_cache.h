// The lexicons of the language pairs a command meets, each loaded once and then shared: the
// translations of `report`, `terms` and `diff` in one language share one lexicon, and the
// threads of `batch` share each pair's.
#pragma once

#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include <parallax/lexicon.h>

namespace parallax::cli {

class LexiconCache {
 public:
  // Loads the lexicon of (from, to); may throw.
  using Loader = std::function<PreparedLexicon(const std::string& from, const std::string& to)>;

  explicit LexiconCache(Loader load) : load_(std::move(load)) {}

  // The lexicon of (from, to), loaded on the first call for that pair. A failed load is
  // remembered and its exception rethrown for every call with that pair, so that its message
  // is not repeated. Thread-safe (loads are serialised); the reference lives as long as the
  // cache.
  const PreparedLexicon& get(const std::string& from, const std::string& to);

 private:
  struct Entry {
    PreparedLexicon lexicon;
    std::exception_ptr error;
  };

  Loader load_;
  std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, Entry> entries_;  // nodes never move
};

}  // namespace parallax::cli
