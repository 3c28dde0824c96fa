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
  add_dictionary_links(
      PreparedLexicon(Lexicon("ru", "en", {{"советы", "councils", 1.0F}}), "ru", "en"), s.source,
      s.target, builder);
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

TEST(PreparedLexicon, OrientsStemsAndKeepsOnlyEntriesThatCanLink) {
  const Lexicon lexicon("en", "ru",
                        {{"councils", "советы", 0.5F},
                         {"Security Council", "Совет Безопасности", 1.0F},  // 2 × 2 words: out
                         {"peace", "мир", 1.0F},
                         {"1945", "1945", 1.0F},                             // no word: out
                         {"breach of the peace", "нарушение мира", 1.0F}});  // 4 words: out
  const PreparedLexicon prepared(lexicon, "ru", "en");
  EXPECT_EQ(prepared.source_language(), "ru");
  ASSERT_EQ(prepared.entries().size(), 2U);
  const PreparedLexicon::Entry& councils = prepared.entries()[0];
  ASSERT_EQ(councils.source_count, 1U);
  ASSERT_EQ(councils.target_count, 1U);
  text::Tokenizer russian("ru");
  text::Tokenizer english("en");
  EXPECT_EQ(prepared.source_keys()[councils.source[0]], russian.stem("советы"));
  EXPECT_EQ(prepared.target_keys()[councils.target[0]], english.stem("councils"));
  EXPECT_FLOAT_EQ(councils.weight, 0.5F);
  // Another pair leaves everything out.
  EXPECT_TRUE(PreparedLexicon(lexicon, "de", "fr").empty());
}

}  // namespace
}  // namespace parallax::score
