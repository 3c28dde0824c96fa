#include "formats/json_ids.h"

namespace parallax::formats {

nlohmann::ordered_json ids_json(IndexRange range) {
  nlohmann::ordered_json ids = nlohmann::ordered_json::array();
  for (uint32_t i = range.begin; i < range.end; ++i) {
    ids.push_back(i);
  }
  return ids;
}

}  // namespace parallax::formats
