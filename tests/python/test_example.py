"""The notebook-style example of docs/PYTHON.md runs and prints what it promises."""
import os
import subprocess
import sys

from conftest import CORPORA, SOURCE_DIR


def test_example_runs():
    result = subprocess.run([sys.executable, str(SOURCE_DIR / "docs" / "python_example.py"),
                             str(CORPORA)], check=True, capture_output=True, text=True,
                            env=dict(os.environ))
    assert "<parallax.Alignment" in result.stdout
    assert "Совет Безопасности:" in result.stdout
    assert "Security Council" in result.stdout
    # the header and ten rows of the least confident beads
    assert result.stdout.count("\n") > 15
