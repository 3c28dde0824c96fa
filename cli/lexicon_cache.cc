#include "lexicon_cache.h"

namespace parallax::cli {

const PreparedLexicon& LexiconCache::get(const std::string& from, const std::string& to) {
  const std::lock_guard lock(mutex_);
  const auto [it, inserted] = entries_.try_emplace({from, to});
  Entry& entry = it->second;
  if (inserted) {
    try {
      entry.lexicon = load_(from, to);
    } catch (...) {
      entry.error = std::current_exception();
    }
  }
  if (entry.error) {
    std::rethrow_exception(entry.error);
  }
  return entry.lexicon;
}

}  // namespace parallax::cli
