"""Compare HTML parsers for readouts' HTML stage: speed and extraction quality.

    pip install lxml            # selectolax is a dependency of readouts
    python benchmarks/html_compare.py

Each parser turns the same HTML pages (the hand-written corpus and generated
pages, wrapped in menus, scripts, styles and footers) into text with the same
rule: block elements are lines, scripts and styles are dropped. Quality is the
share of pages whose calls, parsed from that text, equal the calls parsed
from the original plain text.
"""

from __future__ import annotations

import html
import statistics
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import readouts  # noqa: E402
from corpus import generate  # noqa: E402
from readouts.pipeline.html import _BLOCKS, html_to_text  # noqa: E402

_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select"}


def wrap(text: str, k: int) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page {k}</title>
<style>body {{ font-family: serif }} .nav a {{ color: red }}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body><header><div class="nav"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a></div></header>
<main><article>{paragraphs}</article>
<aside><h3>Most read</h3><ul><li><a>Storm closes schools</a></li><li><a>Markets rally</a></li></ul></aside></main>
<footer><p>© 2025 Example Media</p><script>trackPage({k});</script></footer></body></html>"""


def with_selectolax(page: str) -> str:
    return html_to_text(page).text


def with_lxml(page: str) -> str:
    import lxml.html

    root = lxml.html.fromstring(page)
    for bad in root.xpath("//script|//style|//noscript|//template|//svg|//iframe|//form|//button|//select"):
        bad.drop_tree()
    out: list[str] = []

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        block = isinstance(el.tag, str) and el.tag in _BLOCKS
        if block:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    body = root.find("body")
    walk(body if body is not None else root)
    return "\n".join(" ".join(line.split()) for line in "".join(out).split("\n") if line.strip())


class _Stdlib(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def with_stdlib(page: str) -> str:
    p = _Stdlib()
    p.feed(page)
    p.close()
    return "\n".join(" ".join(line.split()) for line in "".join(p.out).split("\n") if line.strip())


def calls_of(text: str) -> str:
    try:
        return str([(sorted(x.name for x in c.participants), c.date, c.duration_minutes, c.medium) for c in readouts.parse(text).calls])
    except readouts.ReadoutsError:
        return "error"


def main() -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "tests" / "corpus").glob("*.txt"))]
    texts += list(generate(300, seed=11))
    pages = [wrap(t, k) for k, t in enumerate(texts)]
    expected = [calls_of(t) for t in texts]
    print(f"{len(pages)} pages, {statistics.mean(len(p) for p in pages) / 1024:.1f} KB on average")
    for name, fn in (("selectolax", with_selectolax), ("lxml", with_lxml), ("html.parser", with_stdlib)):
        try:
            t = time.perf_counter()
            extracted = [fn(p) for p in pages]
            elapsed = time.perf_counter() - t
        except ImportError as exc:
            print(f"{name:>12}: not installed ({exc})")
            continue
        same = sum(calls_of(x) == e for x, e in zip(extracted, expected))
        print(f"{name:>12}: {1000 * elapsed / len(pages):.3f} ms per page; same calls as the plain text on {same}/{len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
