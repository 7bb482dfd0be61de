"""Parse the seed documents and print one line per call.

Run from the project root: python examples/parse_seeds.py
"""

from __future__ import annotations

from pathlib import Path

import readouts


def main() -> None:
    for path in sorted(Path("seeds").glob("*.txt")):
        readout = readouts.parse(path.read_text(encoding="utf-8"))
        source = readout.source.id if readout.source and readout.source.id else "?"
        print(f"{path.name}: {source} ({readout.language}), {len(readout.calls)} call(s)")
        for call in readout.calls:
            who = " - ".join(p.name for p in call.participants)
            print(f"    {who}; date={call.date}; minutes={call.duration_minutes}; {call.medium}; {', '.join(call.topics)}")


if __name__ == "__main__":
    main()
