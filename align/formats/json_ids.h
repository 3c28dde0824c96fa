// What the JSON writers (alignment, rendering report, diff) share: sentence ids as arrays.
#pragma once

#include <nlohmann/json.hpp>

#include <parallax/types.h>

namespace parallax::formats {

// [begin, begin + 1, …, end − 1]: the ids of a range of sentences (0-based), as every JSON
// output gives them ("source_ids", "a_ids", …); [] for an empty range.
nlohmann::ordered_json ids_json(IndexRange range);

}  // namespace parallax::formats
