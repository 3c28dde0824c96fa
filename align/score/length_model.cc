#include "score/length_model.h"

#include <cmath>
#include <numbers>

namespace parallax::score {

float log_two_sided_tail(float x) noexcept {
  const double z = std::fabs(static_cast<double>(x));
  if (z < 8.0) {
    return static_cast<float>(std::log(std::erfc(z / std::numbers::sqrt2)));
  }
  // Mills ratio asymptotic series (Abramowitz & Stegun 26.2.12):
  // erfc(z/√2) ≈ √(2/π) · exp(−z²/2) / z · (1 − 1/z² + 3/z⁴ − 15/z⁶), relative error < 1e-5
  // for z ≥ 8, so the two branches meet continuously.
  const double u = 1.0 / (z * z);
  const double series = 1.0 - u + 3.0 * u * u - 15.0 * u * u * u;
  return static_cast<float>(-0.5 * z * z - std::log(z) + 0.5 * std::log(2.0 / std::numbers::pi) +
                            std::log(series));
}

TailTable::TailTable() {
  for (size_t k = 0; k < kSize; ++k) {
    values_[k] = log_two_sided_tail(static_cast<float>(k) / kStepsPerUnit);
  }
}

}  // namespace parallax::score
