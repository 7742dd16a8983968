"""The interface's translations, with the PySide6 tools (pyside6-lupdate, pyside6-lrelease).

    .venv/bin/python packaging/translations.py update    # new strings from the code into .ts
    .venv/bin/python packaging/translations.py release   # .ts → .qm, the file the program loads
    .venv/bin/python packaging/translations.py missing   # unfinished entries, as JSON to fill
    .venv/bin/python packaging/translations.py fill F.json  # {context: {source: translation}}

The `.ts` files in resources/translations are the source (edit them by hand or with
pyside6-linguist); the `.qm` beside each is built from it and committed, so a checkout, a wheel
and the bundle run without the tools. tests/ui/test_translations.py fails when the code has a
string the `.ts` lacks, an entry is unfinished, or a `.qm` is older than its `.ts`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TARGETS = {"ko": "ko_KR"}  # language → the .ts file's target-language
# The interface; the labels core and store mark with QT_TRANSLATE_NOOP (roles, arms, patient
# statuses …); services' messages (msg); printed documents' texts (printed). See core/i18n.py.
SOURCES = ("hai_desktop/ui", "hai_desktop/core", "hai_desktop/store", "hai_desktop/services",
           "hai_desktop/reports")
# msg("…") is a QT_TR_NOOP (the empty context); printed("Context", "…") a translate().
ALIASES = "QT_TR_NOOP+=msg,translate+=printed"


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (the virtualenv's), else on the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    return str(beside) if beside.exists() else f"pyside6-{name}"


def ts_file(language: str) -> Path:
    return FOLDER / f"hai_desktop_{language}.ts"


def qm_file(language: str) -> Path:
    return FOLDER / f"hai_desktop_{language}.qm"


def source_files() -> list[str]:
    # and the package's own modules (settings.py, cli.py …): their errors are msg() messages too
    return sorted([str(p.relative_to(ROOT)) for folder in SOURCES
                   for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts]
                  + [str(p.relative_to(ROOT)) for p in (ROOT / "hai_desktop").glob("*.py")])


def update(language: str, target: Path | None = None) -> str:
    """Merge the code's strings into the .ts (or into `target`, a copy): new ones unfinished,
    ones the code no longer has dropped. Returns lupdate's report."""
    ts = target or ts_file(language)
    result = subprocess.run(
        [tool("lupdate"), *source_files(), "-tr-function-alias", ALIASES, "-no-obsolete",
         "-locations", "none",
         "-source-language", "en", "-target-language", TARGETS[language], "-ts", str(ts)],
        cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout


def release(language: str, ts: Path | None = None, qm: Path | None = None) -> None:
    subprocess.run([tool("lrelease"), str(ts or ts_file(language)), "-qm",
                    str(qm or qm_file(language))], cwd=ROOT, capture_output=True, check=True)


def built_qm(language: str) -> bytes:
    """The .qm the current .ts gives (to compare with the committed one)."""
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / "out.qm"
        release(language, qm=qm)
        return qm.read_bytes()


Entries = dict[str, dict[str, str]]  # context → source → translation ("" unfinished)


def entries(ts: Path) -> Entries:
    found: Entries = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            text = (translation.text or "") if done and translation is not None else ""
            found.setdefault(name, {})[message.findtext("source") or ""] = text
    return found


def fill(language: str, translations: Entries) -> int:
    """Write the given translations into the .ts; returns how many entries were set."""
    ts = ts_file(language)
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            translation = message.find("translation")
            if text and translation is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command not in ("update", "release", "missing", "fill") or (
            (command == "fill") != (len(argv) == 2)):
        print(__doc__)
        return 2
    for language in TARGETS:
        if command == "missing":
            todo = {c: {s: "" for s, t in m.items() if not t}
                    for c, m in entries(ts_file(language)).items()}
            print(json.dumps({c: m for c, m in todo.items() if m}, ensure_ascii=False,
                             indent=1))
            continue
        if command == "fill":
            given = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
            print(f"{fill(language, given)} entries filled")
        if command == "update":
            print(update(language))
        release(language)
        print(f"{qm_file(language).relative_to(ROOT)} built")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
