#!/usr/bin/env python3
"""Runs the benchmark of issue 7 and prints one table (python3 standard library only).

Builds the release preset, makes demo ledgers of 1,000 and 10,000 projects (and 100,000 with
--big or TZ_BENCH_BIG=1), and the flat 17-column workbook of the same sizes; runs every scenario
--runs times (default 5), each run its own process; prints, per scenario and size, the median
seconds and the peak resident memory of the process (ru_maxrss from wait4), and beside ours, at
10,000 rows, what a user would do instead when the tool is installed: LibreOffice headless
converting the workbook to CSV and to PDF, openpyxl reading (read-only) and writing (write-only)
it, and the floor: inflating the sheet and tokenising its XML with expat.

Our figures are timed inside the process from the start of the work (tz_bench prints them); the
alternatives' are the wall time of their whole process, start-up included, as a user waits. The
CPU column is user + system time of the whole process (ours with its start-up): on a machine
shared with other work it is the steadier figure.

  tests/bench/run_bench.py [--runs N] [--big] [--sizes 1000,10000] [--no-build] [--work DIR]
                           [--only SCENARIO,...]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.join(ROOT, "build", "release")
HERE = os.path.dirname(os.path.abspath(__file__))
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ="Asia/Shanghai", LANG="C.UTF-8", LC_ALL="C.UTF-8")


def run(cmd, env=ENV):
    """Runs one process; returns (wall seconds, peak RSS MiB, stdout, CPU seconds)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        text = out.read().decode("utf-8", "replace")
        if proc.returncode != 0:
            sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.read().decode('utf-8', 'replace')}")
    return wall, usage.ru_maxrss / 1024.0, text, usage.ru_utime + usage.ru_stime


def timings(stdout):
    """The TZBENCH lines of one of our runs: {scenario: seconds}."""
    found = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "TZBENCH":
            found[parts[1]] = float(parts[2])
    return found


class Results:
    def __init__(self):
        self.rows = []  # (scenario, size, seconds list, peak list, cpu list, alternatives)

    def add(self, scenario, size, seconds, peaks, cpu):
        self.rows.append([scenario, size, seconds, peaks, cpu, []])

    def beside(self, scenario, size, name, seconds, peaks, cpu):
        for row in self.rows:
            if row[0] == scenario and row[1] == size:
                row[5].append((name, seconds, peaks, cpu))
                return
        self.rows.append([scenario, size, [], [], [], [(name, seconds, peaks, cpu)]])

    def table(self):
        lines = ["| scenario | projects | median s | process CPU s | peak MB | beside: alternative | its median s | its CPU s | its peak MB | ours/theirs |",
                 "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|"]
        for scenario, size, seconds, peaks, cpu, alternatives in self.rows:
            ours = statistics.median(seconds) if seconds else None
            head = (f"| {scenario} | {size:,} | {ours:.3f} | {statistics.median(cpu):.2f} | {max(peaks):.0f} |" if seconds
                    else f"| {scenario} | {size:,} | — | — | — |")
            if not alternatives:
                lines.append(head + " | | | | |")
            for i, (name, s, p, c) in enumerate(alternatives):
                theirs = statistics.median(s)
                ratio = f"{ours / theirs:.2f}" if ours is not None else "—"
                prefix = head if i == 0 else "| | | | | |"
                lines.append(f"{prefix} {name} | {theirs:.3f} | {statistics.median(c):.2f} | {max(p):.0f} | {ratio} |")
        return "\n".join(lines)


def ours(results, label, size, cmd, runs, scenarios=None):
    """Runs one of our executables `runs` times; every TZBENCH line becomes a row."""
    collected = {}
    peaks, cpus = [], []
    for _ in range(runs):
        _, peak, out, cpu = run(cmd)
        peaks.append(peak)
        cpus.append(cpu)
        for name, seconds in timings(out).items():
            collected.setdefault(name, []).append(seconds)
    for name, seconds in collected.items():
        if scenarios is None or name in scenarios:
            results.add(label.get(name, name) if isinstance(label, dict) else label, size, seconds, peaks, cpus)
    print(f"  {cmd[1] if len(cmd) > 1 else cmd[0]} {size}: "
          + ", ".join(f"{k} {statistics.median(v):.3f}s" for k, v in collected.items())
          + f", peak {max(peaks):.0f} MB", file=sys.stderr)


def theirs(results, scenario, size, name, cmd, runs, env=ENV, warm=False):
    if warm:
        run(cmd, env)  # LibreOffice makes its profile on the first run
    seconds, peaks, cpus = [], [], []
    for _ in range(runs):
        wall, peak, _, cpu = run(cmd, env)
        seconds.append(wall)
        peaks.append(peak)
        cpus.append(cpu)
    results.beside(scenario, size, name, seconds, peaks, cpus)
    print(f"  {name} {size}: {statistics.median(seconds):.3f}s, peak {max(peaks):.0f} MB", file=sys.stderr)


def openpyxl_python():
    """An interpreter that has openpyxl (Debian's python3-openpyxl lives in /usr/bin/python3's path)."""
    for python in (sys.executable, "/usr/bin/python3"):
        if os.path.exists(python) and subprocess.run([python, "-c", "import openpyxl"],
                                                     capture_output=True).returncode == 0:
            return python
    return None


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--big", action="store_true", default=os.environ.get("TZ_BENCH_BIG") == "1",
                   help="also 100,000 projects (takes long: the demo and the 100,000 supervision sheets)")
    p.add_argument("--sizes", help="comma-separated project counts (overrides --big)")
    p.add_argument("--no-build", action="store_true")
    p.add_argument("--work", default=os.path.join(BUILD, "bench-data"))
    p.add_argument("--only", help="comma-separated scenarios: create,open,lights,gui,import,export,print,sheets,others"
                                  " (the GUI import runs with both gui and import)")
    a = p.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")] if a.sizes else [1000, 10000] + ([100000] if a.big else [])
    only = set(a.only.split(",")) if a.only else None
    want = lambda what: only is None or what in only

    if not a.no_build:
        subprocess.run(["cmake", "--preset", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", "--preset", "release", "--target", "bench"], cwd=ROOT, check=True)
    bench = os.path.join(BUILD, "tests", "bench", "tz_bench")
    gui = os.path.join(BUILD, "tests", "bench", "tz_bench_gui")
    os.makedirs(a.work, exist_ok=True)
    python = openpyxl_python()
    results = Results()
    runs = a.runs

    for n in sizes:
        print(f"{n:,} projects", file=sys.stderr)
        ledger = os.path.join(a.work, f"demo-{n}.tzdb")
        if want("create") or not os.path.exists(ledger):
            ours(results, "create demo ledger", n, [bench, "create", str(n), ledger], runs if want("create") else 1,
                 None if want("create") else set())
        if want("open"):
            ours(results, "open → project model ready (core)", n, [bench, "open", ledger], runs)
        if want("gui"):
            ours(results, {"open-model": "GUI: open → model ready", "open-paint": "GUI: open → first paint",
                           "filter-unit": "GUI: filter by unit", "search-first": "GUI: search, first keystroke",
                           "search-next": "GUI: search, next keystroke", "sort": "GUI: sort by name"},
                 n, [gui, ledger], runs, {"open-model", "open-paint", "filter-unit", "search-first", "search-next", "sort"})
        if want("lights"):
            ours(results, "recompute all lights", n, [bench, "lights", ledger], runs)
        if want("export"):
            ours(results, "export XLSX", n, [bench, "export-xlsx", ledger, os.path.join(a.work, f"out-{n}.xlsx")], runs)
            ours(results, "export CSV", n, [bench, "export-csv", ledger, os.path.join(a.work, f"out-{n}.csv")], runs)
        if want("print"):
            ours(results, "print ledger table PDF", n, [bench, "print-ledger", ledger, os.path.join(a.work, f"ledger-{n}.pdf")], runs)
        if want("sheets"):
            ours(results, "print all 督导单 PDF", n, [bench, "print-sheets", ledger, os.path.join(a.work, f"sheets-{n}.pdf")], runs)

        book = os.path.join(a.work, f"flat-{n}.xlsx")
        flat_csv = os.path.join(a.work, f"flat-{n}.csv")
        if want("import"):
            if python:
                if not os.path.exists(book):
                    run([python, os.path.join(HERE, "flatbook.py"), "xlsx", str(n), book])
                ours(results, "import flat workbook XLSX", n, [bench, "import", book], runs)
                if want("gui"):
                    ours(results, {"import-paint": "GUI: import into the open window → painted",
                                   "undo-paint": "GUI: undo that import → painted"},
                         n, [gui, "--import", book], runs)
            else:
                print("  python3-openpyxl is not installed: no flat workbook, no XLSX import", file=sys.stderr)
            if not os.path.exists(flat_csv):
                run([sys.executable, os.path.join(HERE, "flatbook.py"), "csv", str(n), flat_csv])
            ours(results, "import flat GB18030 CSV", n, [bench, "import", flat_csv], runs)

        if n != 10000 or not want("others") or not os.path.exists(book):
            continue
        # What a user would do instead, on the same workbook.
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office:
            profile = tempfile.mkdtemp(prefix="tzbench-lo-")
            outdir = os.path.join(a.work, "libreoffice")
            lo = [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to"]
            theirs(results, "import flat workbook XLSX", n, "LibreOffice → CSV", lo + ["csv", "--outdir", outdir, book], runs, warm=True)
            theirs(results, "print ledger table PDF", n, "LibreOffice → PDF", lo + ["pdf", "--outdir", outdir, book], runs)
            shutil.rmtree(profile, ignore_errors=True)
        if python:
            flatbook = os.path.join(HERE, "flatbook.py")
            theirs(results, "import flat workbook XLSX", n, "openpyxl read (read-only)", [python, flatbook, "read", book], runs)
            theirs(results, "export XLSX", n, "openpyxl write (write-only)",
                   [python, flatbook, "xlsx", str(n), os.path.join(a.work, "openpyxl-out.xlsx")], runs)
        theirs(results, "import flat workbook XLSX", n, "floor: inflate + expat tokenise",
               [sys.executable, os.path.join(HERE, "flatbook.py"), "floor", book], runs)

    print(results.table())


if __name__ == "__main__":
    main()
