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

float LengthModel::log_prob(float source_length, float target_length) const noexcept {
  const float expected = ratio * source_length;
  const float spread = variance * 0.5F * (expected + target_length);
  const float delta = (target_length - expected) / std::sqrt(spread);
  return log_two_sided_tail(delta);
}

}  // namespace parallax::score
