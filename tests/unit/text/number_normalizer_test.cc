#include "text/number_normalizer.h"

#include <array>
#include <string_view>

#include <gtest/gtest.h>

namespace parallax::text {
namespace {

struct NumberCase {
  std::string_view raw;
  std::string_view normalized;
};

constexpr std::array kNumbers = {
    NumberCase{"1000", "1000"},         NumberCase{"1 000", "1000"},
    NumberCase{"1\u00A0000", "1000"},   NumberCase{"1\u202F000\u202F000", "1000000"},
    NumberCase{"1,000", "1000"},        NumberCase{"1.000", "1000"},
    NumberCase{"1,000,000", "1000000"}, NumberCase{"3,5", "3.5"},
    NumberCase{"3.5", "3.5"},           NumberCase{"3.14", "3.14"},
    NumberCase{"1,000.5", "1000.5"},    NumberCase{"1.000,5", "1000.5"},
    NumberCase{"1 000,50", "1000.50"},  NumberCase{"12.05.1963", "12.05.1963"},
    NumberCase{"1.2.3", "1.2.3"},       NumberCase{"１２３", "123"},
};

TEST(NormalizeNumber, Table) {
  for (const NumberCase& c : kNumbers) {
    EXPECT_EQ(normalize_number(c.raw), c.normalized) << c.raw;
  }
}

}  // namespace
}  // namespace parallax::text
