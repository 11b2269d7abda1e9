"""Copy the README's usage sections into the Help viewer's resource.

    .venv/bin/python packaging/tools/help_text.py          # rewrite resources/help/usage.md
    .venv/bin/python packaging/tools/help_text.py --check  # exit 1 if it is out of date

The window's Help ▸ snmpscope Help shows ``resources/help/usage.md`` (bundled with the other
resources, so the frozen app has it too). It is the README's sections for people who *use*
snmpscope, taken verbatim, so the two never tell different stories; a test fails when the
README changed and this was not run. The sections for developers (tests, bundle, developing,
layout) stay in the README only.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
TARGET = ROOT / "resources" / "help" / "usage.md"
USAGE_SECTIONS = (
    "Install and launch",
    "What you can do",
    "Command line",
    "The WinSNMP API in Python",
)


def sections(markdown: str) -> dict[str, str]:
    """``## Title`` -> that section's text (its heading included), in file order."""
    found: dict[str, str] = {}
    parts = re.split(r"(?m)^(?=## )", markdown)
    for part in parts:
        if part.startswith("## "):
            title = part.splitlines()[0][3:].strip()
            found[title] = part.rstrip() + "\n"
    return found


def usage_text(readme: str) -> str:
    """The Help viewer's text: the README's title and intro, then its usage sections."""
    intro = re.split(r"(?m)^## ", readme, maxsplit=1)[0].rstrip() + "\n"
    found = sections(readme)
    chosen = []
    for wanted in USAGE_SECTIONS:
        titles = [title for title in found if title.startswith(wanted)]
        if not titles:
            raise ValueError(f"README.md has no section {wanted!r} (help_text.USAGE_SECTIONS)")
        chosen.append(found[titles[0]])
    return "\n".join([intro, *chosen])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/tools/help_text.py")
    parser.add_argument("--check", action="store_true", help="only check, exit 1 if stale")
    args = parser.parse_args(argv)
    text = usage_text(README.read_text(encoding="utf-8"))
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(TARGET.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
