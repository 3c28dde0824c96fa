#include <parallax/errors.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

int main(int argc, char** argv) {
  CLI::App app{"parallax: sentence alignment and rendering comparison"};
  app.set_version_flag("--version", "parallax " PARALLAX_VERSION);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
