// Eigen types for scoring: the only header that includes <Eigen/Core> for scoring code.
#pragma once

#include <Eigen/Core>

namespace parallax::score {

using ScoreArray = Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ScoreVector = Eigen::ArrayXf;
using IndexVector = Eigen::Array<uint32_t, Eigen::Dynamic, 1>;
using Index = Eigen::Index;

}  // namespace parallax::score
