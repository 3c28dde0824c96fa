// Length model of a bead (Gale & Church 1993): target length ≈ ratio · source length, with a
// variance growing linearly with the length. Lengths are Unicode code points.
//
// Notation: bead (a,b) = a source and b target sentences with total lengths ls and lt.
#pragma once

namespace parallax::score {

struct LengthModel {
  float ratio = 1.0F;     // expected lt / ls for this document pair
  float variance = 6.8F;  // s² per character (Gale & Church 1993, section 4: 6.8)

  // log P(|δ| ≥ |observed δ|) with δ = (lt − ratio·ls) / sqrt(variance · (ratio·ls + lt) / 2)
  // (Gale & Church 1993, eq. for δ, symmetrised in the two lengths). ls, lt > 0.
  float log_prob(float source_length, float target_length) const noexcept;
};

// log of the two-sided normal tail 2·(1 − Φ(x)) for x ≥ 0, accurate also far in the tail.
float log_two_sided_tail(float x) noexcept;

}  // namespace parallax::score
