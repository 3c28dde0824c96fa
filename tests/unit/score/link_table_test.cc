#include "score/link_table.h"

#include <gtest/gtest.h>

#include "documents.h"

namespace parallax::score {
namespace {

struct Sides {
  text::Tokenizer source_tokenizer{"ru"};
  text::Tokenizer target_tokenizer{"en"};
  SideFeatures source;
  SideFeatures target;
};

bool linked(const LinkTable& links,
            const SideFeatures& source,
            const SideFeatures& target,
            const std::string& source_key,
            const std::string& target_key) {
  const uint32_t x = source.id_of_key.at(source_key);
  const uint32_t y = target.id_of_key.at(target_key);
  for (uint32_t l = links.forward.begin[x]; l < links.forward.begin[x + 1]; ++l) {
    if (links.forward.other[l] == y) {
      return true;
    }
  }
  return false;
}

TEST(LinkTable, LinksDictionaryStemsNumbersAndNames) {
  Sides s;
  s.source =
      extract_features(testing::make_document(
                           {"Совет Безопасности собрался 1 000 раз.", "Макмиллан согласен."}, "ru"),
                       s.source_tokenizer);
  s.target = extract_features(
      testing::make_document({"The Security Council met 1,000 times.", "Macmillan agrees."}, "en"),
      s.target_tokenizer);
  LinkTableBuilder builder(s.source.vocabulary.size(), s.target.vocabulary.size());
  add_dictionary_links(Lexicon("ru", "en", {{"советы", "councils", 1.0F}}), s.source, s.target,
                       s.source_tokenizer, s.target_tokenizer, builder);
  add_surface_links(s.source, s.target, false, true, builder);
  const LinkTable links = builder.build();
  EXPECT_TRUE(linked(links, s.source, s.target, s.source_tokenizer.stem("совет"),
                     s.target_tokenizer.stem("council")));
  EXPECT_TRUE(linked(links, s.source, s.target, "1000", "1000"));
  EXPECT_TRUE(linked(links, s.source, s.target, s.source_tokenizer.stem("макмиллан"),
                     s.target_tokenizer.stem("macmillan")));
  EXPECT_FALSE(linked(links, s.source, s.target, s.source_tokenizer.stem("совет"),
                      s.target_tokenizer.stem("security")));
  // Both directions hold the same links.
  EXPECT_EQ(links.forward.size(), links.backward.size());
}

}  // namespace
}  // namespace parallax::score
