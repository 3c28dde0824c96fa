"""Paths the Python tests need, given by ctest (tests/python/CMakeLists.txt)."""
import os
import pathlib

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("PARALLAX_SOURCE_DIR",
                                         pathlib.Path(__file__).resolve().parents[2]))
CORPORA = SOURCE_DIR / "corpora"


@pytest.fixture(scope="session")
def corpora() -> pathlib.Path:
    return CORPORA


@pytest.fixture(scope="session")
def cli() -> str:
    path = os.environ.get("PARALLAX_CLI")
    if not path:
        pytest.skip("PARALLAX_CLI is not set (run through ctest)")
    return path
