"""`pip install --no-build-isolation .`: builds the Python module `parallax` with CMake from this
checkout (the same library as the CLI) and installs it with the bundled lexicons.

Offline with Debian's packages only (./run setup installs them, plus python3-setuptools and
python3-pip): --no-build-isolation keeps pip from downloading setuptools. See docs/PYTHON.md.
"""
import os
import pathlib
import shutil
import subprocess

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent


class CMakeBuild(build_ext):
    """Configures and builds the parallax_python and lexicons targets, then copies the
    extension and the prepared lexicons into the package."""

    def build_extension(self, ext):
        build_dir = pathlib.Path(self.build_temp).resolve() / "cmake"
        subprocess.run(["cmake", "-S", str(ROOT), "-B", str(build_dir),
                        "-DCMAKE_BUILD_TYPE=Release", "-DPARALLAX_BUILD_PYTHON=ON",
                        "-DPARALLAX_BUILD_TESTS=OFF"], check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "parallax_python",
                        "lexicons", "-j", str(os.cpu_count() or 2)], check=True)
        package = pathlib.Path(self.get_ext_fullpath(ext.name)).resolve().parent
        package.mkdir(parents=True, exist_ok=True)
        built = next((build_dir / "python" / "parallax").glob("_parallax*.so"))
        shutil.copy2(built, self.get_ext_fullpath(ext.name))
        lexicons = package / "lexicons"
        lexicons.mkdir(exist_ok=True)
        for pattern in ("*.tsv", "*.prepared"):
            for path in (build_dir / "lexicons").glob(pattern):
                shutil.copy2(path, lexicons / path.name)


setup(
    name="parallax",
    version="0.1.0",
    description="Sentence alignment of translations and the rendering report",
    packages=["parallax"],
    package_dir={"parallax": "python/parallax"},
    package_data={"parallax": ["__init__.pyi", "py.typed"]},
    ext_modules=[Extension("parallax._parallax", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    python_requires=">=3.9",
    install_requires=["numpy"],
    extras_require={"pandas": ["pandas"]},
)
