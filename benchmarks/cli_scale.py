"""The command line at scale. Prints figures; asserts nothing.

Run from the project root:  python benchmarks/cli_scale.py [--files 2000] [--runs 3] [--feed-mb 200]

1. Speed-up of ``readouts parse DIR --workers 2`` over ``--workers 1`` on a
   folder of generated readout pages (benchmarks/corpus.py), each setting
   run ``--runs`` times in alternation; the spread of the runs is printed,
   since the machine may be shared. On a busy Linux machine with session
   autogroups (``/proc/sys/kernel/sched_autogroup_enabled``) a session gets
   one share of the CPU however many processes it runs, so the wall-clock
   speed-up says nothing there; the CPU seconds of each run (the command's
   own and its workers') give the speed-up two idle cores would show. The
   serial part is what the command spends before its pool forks (start-up:
   the import and the warm-up parse, timed when the first worker appears);
   the parallel part is the rest, the parent's reading and writing included,
   shared by two cores.
2. Peak memory (PSS of the command and its workers together, shared pages
   counted once, sampled every 0.1 s) on JSON Lines feeds of growing size up to ``--feed-mb``: flat when
   the feed is streamed. Each record holds a generated page in ``text`` and
   padding in another field, so that the feed is large while the parsing
   stays quick.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "readouts", "parse", *args, "-q"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


@dataclass
class Run:
    """One run of the command: wall seconds, and CPU seconds of its parts."""

    wall: float
    parent: float
    """CPU seconds of the command's own process."""
    total: float
    """CPU seconds of the command and its workers."""
    serial: float
    """CPU seconds of the command before its first worker appeared (the
    whole run when it has none)."""
    serial_wall: float

    def idle_wall(self) -> float:
        """The wall time two idle cores would give: the serial part, then
        the rest of the CPU time on two cores, or the parent's own rest if
        that is longer."""
        rest = self.total - self.serial
        return self.serial + max(self.parent - self.serial, rest / 2 if self.serial < self.total else 0.0)


def _timed(cmd: list[str]) -> Run:
    """Run ``cmd``, sampling its CPU time every 0.02 s: on a busy machine the
    CPU figures show how the work splits, which wall time alone cannot."""
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL)
    own = 0.0
    serial: float | None = None
    serial_wall = 0.0
    handle = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            times = handle.cpu_times()
            own = times.user + times.system
            if serial is None and handle.children():
                serial, serial_wall = own, time.perf_counter() - start
        except psutil.Error:
            pass
        time.sleep(0.02)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, own, total, total if serial is None else serial, wall if serial is None else serial_wall)


def _peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """(peak MB of the process tree, seconds)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL)
    top = psutil.Process(proc.pid)
    peak = 0.0
    while proc.poll() is None:
        try:
            tree = [top, *top.children(recursive=True)]
            # PSS: pages the forked workers share with the parent count once.
            peak = max(peak, sum(p.memory_full_info().pss for p in tree if p.is_running()) / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.1)
    return peak, time.perf_counter() - start


def speedup(files: int, runs: int, folder: Path) -> None:
    for i, page in enumerate(generate(files)):
        (folder / f"{i:05d}.txt").write_text(page, encoding="utf-8")
    print(f"{files} files, {sum(p.stat().st_size for p in folder.iterdir()) / 2**20:.1f} MB; load average {os.getloadavg()[0]:.1f}")
    one: list[float] = []
    two: list[float] = []
    idle: list[float] = []
    for _ in range(runs):
        a = _timed(_command(str(folder), "--workers", "1", "-o", os.devnull))
        b = _timed(_command(str(folder), "--workers", "2", "-o", os.devnull))
        one.append(a.wall)
        two.append(b.wall)
        idle.append(a.total / b.idle_wall())
        print(
            f"  --workers 1: {a.wall:5.1f} s ({a.total:.2f} s CPU)   --workers 2: {b.wall:5.1f} s ({b.total:.2f} s CPU: "
            f"serial {b.serial:.2f} s before the pool forked at {b.serial_wall:.2f} s, parallel {b.total - b.serial:.2f} s, "
            f"{b.parent - b.serial:.2f} s of it in the parent)   speed-up {a.wall / b.wall:.2f}x, "
            f"on two idle cores about {idle[-1]:.2f}x; load average {os.getloadavg()[0]:.1f}"
        )
    ratios = sorted(a / b for a, b in zip(one, two))
    print(
        f"speed-up: median {statistics.median(ratios):.2f}x (runs {', '.join(f'{r:.2f}' for r in ratios)}); "
        f"medians {statistics.median(one):.1f} s vs {statistics.median(two):.1f} s; from the CPU split "
        f"{statistics.median(idle):.2f}x (runs {', '.join(f'{r:.2f}' for r in sorted(idle))}); load average now {os.getloadavg()[0]:.1f}"
    )


def memory(feed_mb: int, folder: Path) -> None:
    pages = list(generate(200))
    padding = "x" * 16_000
    for size in sorted({max(1, feed_mb // 10), feed_mb}):
        feed = folder / f"feed-{size}.jsonl"
        written = 0
        with open(feed, "w", encoding="utf-8") as fh:
            i = 0
            while written < size * 2**20:
                line = json.dumps({"id": f"r{i}", "text": pages[i % len(pages)], "raw": padding}) + "\n"
                fh.write(line)
                written += len(line)
                i += 1
        peak, seconds = _peak_rss_mb(_command(str(feed), "--jsonl", "--id-field", "id", "--workers", "2", "-o", os.devnull))
        print(f"feed of {written / 2**20:.0f} MB ({i} records): peak PSS {peak:.0f} MB (command and workers), {seconds:.0f} s")
        feed.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--feed-mb", type=int, default=200)
    ap.add_argument("--skip-speedup", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_speedup:
            folder = Path(tmp) / "pages"
            folder.mkdir()
            speedup(args.files, args.runs, folder)
        if not args.skip_memory:
            memory(args.feed_mb, Path(tmp))


if __name__ == "__main__":
    main()
