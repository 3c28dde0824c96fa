#!/usr/bin/env python3
"""List the functions longer than a limit in the C++ sources of the library and the CLI.

    tools/long_functions.py [--max 100] [--all] [DIR...]      (default DIRs: align cli)

STYLE.md asks that no function in align/ or cli/ exceed 100 lines; ctest runs this script
(test `long_functions`) and fails when one does. A function's length is counted from the line
of its name to the line of its closing brace, both included, as universal-ctags gives them
(`--fields=+ne`: line and end). Lambdas count as part of the function that holds them.

Prints one row per function over the limit, longest first: `LINES FILE:FIRST-LAST NAME`; with
--all, every function, longest first, so a split can be planned. Exits 1 when some function is
over the limit, 2 when universal-ctags is missing (Debian package universal-ctags, in ./run).
"""
import argparse
import os
import shutil
import subprocess
import sys


def ctags_binary():
    for name in ("ctags-universal", "universal-ctags", "ctags"):
        path = shutil.which(name)
        if path:
            version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
            if "Universal Ctags" in version:
                return path
    return None


def functions(ctags, root, dirs):
    """(length, file, first, last, name) of every function definition under root/dirs."""
    command = [ctags, "-R", "--languages=C++", "--kinds-C++=f", "--fields=+ne", "--sort=no",
               "-f", "-"] + dirs
    output = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True).stdout
    found = []
    for row in output.splitlines():
        name, path, rest = row.split("\t", 2)
        # The pattern may hold tabs; the extension fields follow its closing ';"'.
        fields = dict(field.split(":", 1) for field in rest.rsplit(';"\t', 1)[1].split("\t")
                      if ":" in field)
        if "line" not in fields or "end" not in fields:
            continue  # a declaration ctags took for a definition: it has no body
        first, last = int(fields["line"]), int(fields["end"])
        # A member is named with its class ("DiagonalModel::DiagonalModel"); a free function
        # (scope "namespace:...") by its name alone.
        owner = next((value for key, value in fields.items()
                      if key in ("class", "struct", "union")), "")
        owner = owner.split("::")[-1]
        qualified = f"{owner}::{name}" if owner and not owner.startswith("__anon") else name
        found.append((last - first + 1, path, first, last, qualified))
    return sorted(found, key=lambda f: (-f[0], f[1], f[2]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="*", default=["align", "cli"],
                        help="folders to scan, relative to the repository root")
    parser.add_argument("--max", type=int, default=100, help="the longest a function may be")
    parser.add_argument("--all", action="store_true", help="list every function, longest first")
    args = parser.parse_args()

    ctags = ctags_binary()
    if ctags is None:
        print("long_functions: universal-ctags is missing (apt-get install universal-ctags, or "
              "./run setup)", file=sys.stderr)
        return 2
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = functions(ctags, root, args.dirs)
    over = [f for f in found if f[0] > args.max]
    for length, path, first, last, name in found if args.all else over:
        print(f"{length:4} {path}:{first}-{last} {name}")
    if over:
        print(f"long_functions: {len(over)} function(s) over {args.max} lines in "
              f"{' '.join(args.dirs)} (STYLE.md: split them into named steps)", file=sys.stderr)
        return 1
    print(f"long_functions: no function over {args.max} lines in {' '.join(args.dirs)} "
          f"({len(found)} functions)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
