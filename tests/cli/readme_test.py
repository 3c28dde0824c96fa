#!/usr/bin/env python3
"""README's example outputs are the real output (#11): every `$ ./run parallax ...` command shown
in a fenced block of README.md is run with the built binary from the repository root, and its
standard output must equal the lines shown under it (up to the next `$ ` line or the end of
the block), exactly.

    readme_test.py PARALLAX REPOSITORY_ROOT

A command may continue over lines ending in a backslash and may pipe into standard tools
(`| head -3`). Exits 1 naming the first command whose output differs, with a unified diff.
"""

import difflib
import os
import shlex
import subprocess
import sys


def examples(readme):
    """(command, expected output lines) for every `$ ./run parallax` line in a fenced block."""
    out = []
    in_block = False
    command = None
    expected = []
    lines = open(readme, encoding="utf-8").read().split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        if line.startswith("```"):
            if in_block and command is not None:
                out.append((command, expected))
            in_block = not in_block
            command, expected = None, []
        elif in_block and line.startswith("$ "):
            if command is not None:
                out.append((command, expected))
            command, expected = line[2:], []
            while command.endswith("\\"):
                k += 1
                command = command[:-1] + " " + lines[k].strip()
            if not command.startswith("./run parallax "):
                command = None
        elif in_block and command is not None:
            expected.append(line)
        k += 1
    return out


def main():
    parallax, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    cases = examples(os.path.join(root, "README.md"))
    if not cases:
        print("FAIL: no `$ ./run parallax` example found in README.md")
        return 1
    failed = 0
    for command, expected in cases:
        shell = shlex.quote(parallax) + command[len("./run parallax"):]
        result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], cwd=root,
                                capture_output=True, text=True)
        actual = result.stdout.split("\n")
        if actual and actual[-1] == "":
            actual.pop()
        # A pipe into head may end the command with SIGPIPE (141): the output shown is whole.
        if result.returncode not in (0, 141) or actual != expected:
            failed += 1
            print(f"FAIL: {command}\n  exit {result.returncode}; stderr: {result.stderr.strip()}")
            sys.stdout.writelines(
                line + "\n" for line in difflib.unified_diff(expected, actual, "README.md",
                                                             "real output", lineterm=""))
    print(f"{len(cases) - failed} of {len(cases)} README examples give the output shown")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
