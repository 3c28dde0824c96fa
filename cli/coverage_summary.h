// The coverage of an alignment (parallax/coverage.h) in words, for stderr.
#pragma once

#include <string>
#include <vector>

#include <parallax/coverage.h>

namespace parallax::cli {

// One line per side that has a long run of sentences without counterpart (SideCoverage::gaps),
// 1-based: "translation covers original sentences 1–60 of 419; 359 original sentences have no
// counterpart (61–419)"; a run inside the covered stretch splits it ("covers original
// sentences 1–45, 76–120 of 120"). Empty when neither side has one.
std::vector<std::string> coverage_summary(const Coverage& coverage);

// "1 moved passage: original sentences 120–140 ↔ translation sentences 300–322" (1-based,
// inclusive; blocks separated by "; "), or "" when nothing moved (Coverage::moved).
std::string moved_summary(const Coverage& coverage);

}  // namespace parallax::cli
