"""Dump parse()'s JSON output on every text of a folder, to compare two versions.

Run from the project root:  python benchmarks/dump_outputs.py DIR... -o out.jsonl

Each ``*.txt`` under each DIR (recursively, in sorted order) is parsed as is
and, when a ``.json`` beside it gives a ``url``, with that URL too; one line
per parse: the file, whether the URL was passed, and ``model_dump(mode="json")``
(or the error's class). Two dumps from before and after a change that must not
change output should be identical (``diff``). Also dumps the generated corpus
of ``benchmarks/corpus.py`` with ``--generated N``, and its real-shaped
pages with ``--real-shaped N``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import readouts  # noqa: E402


def _one(text: str | bytes, url: str | None) -> object:
    try:
        return readouts.parse(text, url=url).model_dump(mode="json")
    except readouts.ReadoutsError as exc:
        return {"error": type(exc).__name__}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--generated", type=int, default=0, help="also dump N generated pages")
    ap.add_argument("--real-shaped", type=int, default=0, help="also dump N generated real-shaped pages")
    args = ap.parse_args()
    with args.out.open("w", encoding="utf-8") as out:
        for folder in args.dirs:
            for path in sorted(folder.rglob("*.txt")):
                raw = path.read_bytes()
                try:
                    text: str | bytes = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw  # parse() decodes bytes itself
                gold = path.with_suffix(".json")
                url = json.loads(gold.read_text(encoding="utf-8")).get("url") if gold.exists() else None
                for u in (None, url) if url else (None,):
                    out.write(json.dumps({"file": str(path), "url": u, "out": _one(text, u)}, ensure_ascii=False, sort_keys=True) + "\n")
        if args.generated:
            from corpus import generate

            for i, text in enumerate(generate(args.generated)):
                out.write(json.dumps({"file": f"generated/{i}", "url": None, "out": _one(text, None)}, ensure_ascii=False, sort_keys=True) + "\n")
        if args.real_shaped:
            from corpus import generate_real_shaped

            for i, text in enumerate(generate_real_shaped(args.real_shaped)):
                out.write(json.dumps({"file": f"real-shaped/{i}", "url": None, "out": _one(text, None)}, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
