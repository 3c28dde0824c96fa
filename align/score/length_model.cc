#include "score/length_model.h"

#include <cmath>
#include <numbers>

namespace parallax::score {

float log_two_sided_tail(float x) noexcept {
  const double z = std::fabs(static_cast<double>(x));
  if (z < 8.0) {
    return static_cast<float>(std::log(std::erfc(z / std::numbers::sqrt2)));
  }
  // Mills ratio asymptote: erfc(z/√2) ≈ √(2/π) · exp(−z²/2) / z.
  return static_cast<float>(-0.5 * z * z - std::log(z) + 0.5 * std::log(2.0 / std::numbers::pi));
}

TailTable::TailTable() {
  for (size_t k = 0; k < kSize; ++k) {
    values_[k] = log_two_sided_tail(static_cast<float>(k) / kStepsPerUnit);
  }
}

}  // namespace parallax::score
