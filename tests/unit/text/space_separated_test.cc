#include "text/space_separated.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace parallax::text {
namespace {

std::vector<std::string_view> words(std::string_view list) {
  const SpaceSeparated view(list);
  return {view.begin(), view.end()};
}

TEST(SpaceSeparated, WordsInOrder) {
  EXPECT_EQ(words("of to for"), (std::vector<std::string_view>{"of", "to", "for"}));
  EXPECT_EQ(words("child"), (std::vector<std::string_view>{"child"}));
}

// Leading, trailing and repeated spaces make no empty word.
TEST(SpaceSeparated, NoEmptyWords) {
  EXPECT_EQ(words("  man   men "), (std::vector<std::string_view>{"man", "men"}));
  EXPECT_TRUE(words("").empty());
  EXPECT_TRUE(words("   ").empty());
}

// The words are views into the list, not copies.
TEST(SpaceSeparated, ViewsIntoTheList) {
  constexpr std::string_view kList = "speak spoke";
  const std::vector<std::string_view> found = words(kList);
  ASSERT_EQ(found.size(), 2U);
  EXPECT_EQ(found[1].data(), kList.data() + 6);
}

}  // namespace
}  // namespace parallax::text
