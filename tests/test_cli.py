import json
import subprocess
import sys
from pathlib import Path

from readouts.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_parse_prints_one_json_object_per_file(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "a.txt"
    good.write_text("Emmanuel Macron spoke by phone with Olaf Scholz.", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    status = main(["parse", str(good), str(bad)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    first, second = (json.loads(line) for line in lines)
    assert first["calls"][0]["participants"][0]["name"] == "Emmanuel Macron"
    assert second["error"] == "EmptyTextError"


def test_python_dash_m_runs_the_cli() -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    out = subprocess.run([sys.executable, "-m", "readouts", "parse", str(seed)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["calls"]
