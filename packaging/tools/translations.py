"""Keep the translation catalogues in step with the sources, and compile them.

    .venv/bin/python packaging/tools/translations.py            # update, then compile
    .venv/bin/python packaging/tools/translations.py compile    # .ts -> .qm only
    .venv/bin/python packaging/tools/translations.py todo es > es.tsv   # what is left to do
    .venv/bin/python packaging/tools/translations.py fill es es.tsv     # merge it back

``resources/translations/snmpscope_<lang>.ts`` is the catalogue's source: translators edit it
(Qt Linguist, or by hand). ``update`` runs ``pyside6-lupdate`` over the GUI sources into every
catalogue, which adds new strings as unfinished and keeps every translation already there;
``compile`` runs ``pyside6-lrelease`` into the ``.qm`` next to it, which the application
loads. ``packaging/build.py`` compiles before it freezes the bundle; the ``.qm`` files are
committed too, so that a source checkout runs translated, and a test fails when one of them is
not exactly what ``compile`` makes of its ``.ts``.

``todo LANG`` and ``fill LANG FILE`` make finishing a catalogue quick (after a merge brings new
strings, say): ``todo`` prints every unfinished message as one tab-separated row (context,
source, comment, and an empty translation column); a translator fills in the last column and
``fill`` merges the rows back, marks them finished, and compiles. Tabs, newlines and
backslashes in a cell are written as ``\\t``, ``\\n`` and ``\\\\``. ``fill`` refuses a
row whose context and source the catalogue does not have, or whose placeholders (``{name}``,
``%1``, ``%n``) differ from the source's, naming the file and line.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "gui"
APP_NAME = "snmpscope"


def tool(name: str) -> str:
    """A PySide6 tool: on PATH, else beside the running interpreter (an unactivated venv)."""
    found = shutil.which(name)
    return found if found is not None else str(Path(sys.executable).with_name(name))


def catalogues() -> list[Path]:
    """Every ``.ts`` catalogue."""
    return sorted(FOLDER.glob(f"{APP_NAME}_*.ts"))


def catalogue(lang: str) -> Path:
    """The ``.ts`` of language ``lang`` (``de``, ``es``)."""
    return FOLDER / f"{APP_NAME}_{lang}.ts"


def lupdate(ts: Path) -> None:
    """Refresh ``ts`` from the GUI sources (new strings unfinished, translations kept, strings
    no source has any more dropped)."""
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def compile_all() -> list[Path]:
    """Compile every catalogue next to itself; returns the ``.qm`` files."""
    compiled = []
    for ts in catalogues():
        qm = ts.with_suffix(".qm")
        lrelease(ts, qm)
        compiled.append(qm)
    return compiled


# ---------------------------------------------------------------- checking and filling

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%(?:n|L?[1-9][0-9]?)")
_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def placeholders(text: str) -> Counter[str]:
    """The placeholders of ``text`` (``{name}``, ``{ms:.0f}``, ``%1``, ``%n``), counted."""
    return Counter(_PLACEHOLDER.findall(text))


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a catalogue, as the checks and ``todo`` see it."""

    context: str
    source: str
    comment: str
    translation: str
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def finished(self) -> bool:
        """A translation that Qt uses: present, not marked unfinished or gone."""
        return bool(self.translation) and not self.state

    def problem(self) -> str:
        """Why this message is not shippable, or ""."""
        if self.state in ("vanished", "obsolete"):
            return "no source has this string any more (run update)"
        if not self.finished:
            return "unfinished"
        if placeholders(self.source) != placeholders(self.translation):
            return (
                f"placeholders differ: source {sorted(placeholders(self.source).elements())}, "
                f"translation {sorted(placeholders(self.translation).elements())}"
            )
        return ""


def read_messages(ts: Path) -> list[Message]:
    """Every message of ``ts``, in file order."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            target = message.find("translation")
            found.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment", ""),
                    "" if target is None else "".join(target.itertext()),
                    "" if target is None else target.get("type", ""),
                )
            )
    return found


def problems(ts: Path) -> list[str]:
    """One line per message of ``ts`` that is not shippable (empty: the catalogue is done)."""
    return [
        f"{ts.name}: [{m.context}] {m.source!r}: {why}"
        for m in read_messages(ts)
        if (why := m.problem())
    ]


def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(c, c) for c in text)


def _unescape(cell: str, where: str) -> str:
    out, chars = [], iter(cell)
    for c in chars:
        if c != "\\":
            out.append(c)
            continue
        nxt = next(chars, "")
        if nxt not in _UNESCAPES:
            raise ValueError(f"{where}: unknown escape \\{nxt} (use \\t, \\n, \\r or \\\\)")
        out.append(_UNESCAPES[nxt])
    return "".join(out)


def todo_rows(ts: Path) -> Iterator[str]:
    """The unfinished messages of ``ts`` as TSV lines: context, source, comment, "" (the
    column for the translation)."""
    yield "context\tsource\tcomment\ttranslation"
    for m in read_messages(ts):
        if not m.finished and m.state not in ("vanished", "obsolete"):
            yield "\t".join((_escape(m.context), _escape(m.source), _escape(m.comment), ""))


def parse_rows(lines: Iterable[str], name: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from TSV lines as :func:`todo_rows` writes them with
    the last column filled in; rows with an empty translation are skipped."""
    rows: dict[tuple[str, str], str] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line or (number == 1 and line.startswith("context\tsource\t")):
            continue
        cells = line.split("\t")
        where = f"{name}:{number}"
        if len(cells) != 4:
            raise ValueError(
                f"{where}: {len(cells)} columns, expected 4 (context, source, comment, "
                "translation) separated by tabs"
            )
        context, source, _comment, text = (_unescape(c, where) for c in cells)
        if not text:
            continue
        if placeholders(source) != placeholders(text):
            raise ValueError(
                f"{where}: the translation's placeholders {sorted(placeholders(text))} differ "
                f"from the source's {sorted(placeholders(source))}"
            )
        rows[(context, source)] = text
    return rows


def fill(ts: Path, rows: dict[tuple[str, str], str], name: str = "rows") -> int:
    """Write ``rows`` into ``ts`` as finished translations; returns how many were merged.
    Raises ValueError, naming the row, for a (context, source) the catalogue lacks."""
    tree = ElementTree.parse(ts)
    index: dict[tuple[str, str], ElementTree.Element] = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            index[(context.findtext("name", ""), message.findtext("source", ""))] = message
    missing = [key for key in rows if key not in index]
    if missing:
        context, source = missing[0]
        raise ValueError(
            f"{name}: {len(missing)} row(s) match no message of {ts.name}, the first "
            f"[{context}] {source!r} (run update first?)"
        )
    for key, text in rows.items():
        message = index[key]
        target = message.find("translation")
        if target is None:
            target = ElementTree.SubElement(message, "translation")
        target.attrib.pop("type", None)
        for child in list(target):
            target.remove(child)
        target.text = text
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/tools/translations.py")
    parser.add_argument(
        "step",
        nargs="?",
        choices=("update", "compile", "todo", "fill", "check"),
        default="update",
        help="update: refresh the .ts files from the sources, then compile (default); "
        "todo LANG: print the unfinished messages as TSV; fill LANG FILE: merge a filled-in "
        "TSV back and compile; check: list every unfinished or wrong message (exit 1 if any)",
    )
    parser.add_argument("lang", nargs="?", help="todo/fill: the language, e.g. de or es")
    parser.add_argument("file", nargs="?", type=Path, help="fill: the TSV file")
    args = parser.parse_args(argv)
    if args.step in ("todo", "fill"):
        if not args.lang or not catalogue(args.lang).is_file():
            known = ", ".join(ts.stem.split("_", 1)[1] for ts in catalogues())
            parser.error(f"{args.step} needs a language with a catalogue ({known})")
        ts = catalogue(args.lang)
        if args.step == "todo":
            for row in todo_rows(ts):
                print(row)
            return 0
        if args.file is None:
            parser.error("fill needs the TSV file to merge")
        try:
            text = args.file.read_text(encoding="utf-8")
            merged = fill(ts, parse_rows(text.splitlines(), str(args.file)), str(args.file))
        except (OSError, ValueError) as exc:
            print(f"translations.py: {exc}", file=sys.stderr)
            return 2
        lupdate(ts)  # back into lupdate's own layout
        print(f"{ts.relative_to(ROOT)}: {merged} translations merged")
    if args.step == "check":
        found = [line for ts in catalogues() for line in problems(ts)]
        print("\n".join(found) if found else "every catalogue is complete")
        return 1 if found else 0
    if args.step == "update":
        for ts in catalogues():
            lupdate(ts)
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
