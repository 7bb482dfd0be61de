"""Coverage-guided fuzzing of readouts.parse with atheris.

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=600 fuzz/corpus

The corpus directory is seeded from seeds/ and fuzz/regressions/ on first
run. Each input is parsed as bytes, as text, or as text with lone surrogates,
against no reference date, a plain one, or the calendar's ends. A crash is
any exception other than a ReadoutsError, or a Readout whose fields break
their invariants or cannot be serialised; an input slower than ``-timeout``
seconds is reported too; atheris writes the input that caused it to a
crash-* file, which belongs in fuzz/regressions/ once fixed (the test suite
parses every file there).
"""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import readouts

HERE = Path(__file__).resolve().parent
LABELS = readouts.topic_labels()


ANCHORS = [None, date.min, date.max, date(2022, 5, 3)]


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = fdp.ConsumeIntInRange(0, 2)
    anchor = fdp.PickValueInList(ANCHORS)
    # Bytes (decoding, charsets, byte-order marks), text, and text with lone surrogates.
    payload: str | bytes = (
        fdp.ConsumeBytes(fdp.remaining_bytes())
        if kind == 0
        else fdp.ConsumeUnicodeNoSurrogates(len(data))
        if kind == 1
        else fdp.ConsumeUnicode(len(data))
    )
    try:
        r = readouts.parse(payload, reference_date=anchor)
    except readouts.ReadoutsError:
        return
    for call in r.calls:
        assert len(call.participants) >= 2, call
        assert set(call.topics) <= LABELS, call.topics
        assert call.duration is None or call.duration.total_seconds() >= 0
        assert call.date is None or 1900 <= call.date.year <= 2100, call.date
        for span in call.evidence:
            assert 0 <= span.start <= span.end <= len(r.text), span
    r.model_dump_json()  # every string encodes


def main() -> None:
    args = sys.argv[1:]
    corpus = next((Path(a) for a in args if not a.startswith("-")), None)
    if corpus is not None and not corpus.exists():
        corpus.mkdir(parents=True)
        for path in [*sorted((HERE.parent / "seeds").glob("*.txt")), *sorted((HERE / "regressions").glob("*"))]:
            shutil.copy(path, corpus / path.name)
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
