#!/usr/bin/env python3
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Combines build/bench/results/*.json into one table (figure, value, baseline, ratio, target, PASS/MISS).

Usage: summarize.py RESULTS_DIR [--markdown FILE] [--command TEXT]
Writes RESULTS_DIR/summary.json and prints the table. Exit code 0; 3 when some figure missed its target
(tools/bench.sh turns that into its own exit code only with --strict).
Each figure takes the best (lowest) of the interleaved runs: on a shared machine the best run is the one
least disturbed by other processes; every run is kept in the per-benchmark JSON files.
"""
import json
import os
import platform
import sys


def load(results, name):
    path = os.path.join(results, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_kib = 0
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem_kib = int(line.split()[1])
    except OSError:
        pass
    try:
        load_avg = " ".join(open("/proc/loadavg", encoding="utf-8").read().split()[:3])
    except OSError:
        load_avg = "?"
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "ramGiB": round(mem_kib / 1024 / 1024, 1),
        "kernel": platform.release(),
        "loadAverage": load_avg,
    }


class Table:
    def __init__(self):
        self.rows = []

    def add(self, figure, value, baseline=None, ratio=None, target=None, ok=None, unit=""):
        self.rows.append({
            "figure": figure, "value": value, "baseline": baseline, "ratio": ratio,
            "target": target, "result": None if ok is None else ("PASS" if ok else "MISS"), "unit": unit,
        })

    def missed(self):
        return [r for r in self.rows if r["result"] == "MISS"]


def fmt(v, unit=""):
    if v is None:
        return "—"
    if isinstance(v, str):
        return v
    if isinstance(v, float):
        s = f"{v:.0f}" if abs(v) >= 100 else f"{v:.1f}" if abs(v) >= 10 else f"{v:.2f}"
    else:
        s = str(v)
    return f"{s} {unit}".strip()


def best(runs, key):
    values = [r[key] for r in runs if key in r]
    return min(values) if values else None


def build_table(results):
    t = Table()
    fetch = load(results, "fetch.json")
    sandbox = load(results, "sandbox.json")
    gui = load(results, "gui-model.json")
    gui_same = load(results, "gui-model-same-thread.json")
    startup = load(results, "startup.json")
    sync = load(results, "sync.json")
    parse = load(results, "parse.json")
    insight = load(results, "insight.json")
    mirror = load(results, "mirror.json")

    cli_wall = None
    if fetch:
        rows = fetch["rows"]
        cli_wall = best(fetch["cli"], "wallMs")
        curl_wall = best(fetch["curlFloor"], "wallMs")
        socket_wall = best(fetch["socketFloor"], "wallMs")
        r = cli_wall / curl_wall
        t.add(f"Full fetch {rows:,} numbers, CLI csv (ms) vs curl floor", cli_wall, curl_wall, r, "≤ 1.5×", r <= 1.5, "ms")
        r = cli_wall / socket_wall
        t.add("  same vs keep-alive socket floor (stricter, one connection)", cli_wall, socket_wall, r, "≤ 1.5×",
              r <= 1.5, "ms")
        peak = max(run["peakRssKiB"] for run in fetch["cli"]) / 1024
        t.add("Peak RSS of the CLI fetch (MB)", peak, None, None, "≤ 60 MB", peak <= 60, "MB")
        csv_rows = [run["csvRows"] for run in fetch["cli"]]
        t.add("CLI output rows == inventory size", min(csv_rows), rows, None, f"= {rows:,} every run",
              all(n == rows for n in csv_rows))
        cli_cpu = best(fetch["cli"], "cpuMs")
        t.add("  CLI CPU time (user+sys) of the fetch (ms)", cli_cpu, None, cli_cpu / cli_wall, "info", None, "ms")
        share = min(run["sandboxShare"] for run in fetch["cli"])
        worst_share = max(run["sandboxShare"] for run in fetch["cli"])
        t.add("Sandbox CPU share of the CLI fetch (worst run)", f"{worst_share * 100:.0f} %",
              f"best {share * 100:.0f} %", None, "≤ 50 %", worst_share <= 0.5)
    if sync:
        rows = sync["rows"]
        slow = best(sync["slowSync"], "wallMs")
        seq = best(sync["slowSequential"], "wallMs")
        r = slow / seq
        t.add(f"Inventory sync {rows:,} numbers at {sync['latencyMs']} ms latency vs sequential walk (ms)", slow, seq, r,
              "≤ 0.2×", r <= 0.2, "ms")
        wide_runs = sync.get("slowSyncWide", [])
        if wide_runs:
            wide = best(wide_runs, "wallMs")
            t.add(f"  same with --concurrency {wide_runs[0]['concurrency']} (ms)", wide, seq, wide / seq, "info", None,
                  "ms")
        counts = [run["mirrorRows"] for run in sync["slowSync"] + wide_runs + sync["fastSync"]]
        t.add("  mirror rows after each sync == inventory size", min(counts), rows, None, f"= {rows:,} every run",
              all(n == rows for n in counts))
        fast = best(sync["fastSync"], "wallMs")
        curl = best(sync["curlFloor"], "wallMs")
        r = fast / curl
        t.add(f"Inventory sync {rows:,} numbers on loopback vs curl floor (ms)", fast, curl, r, "≤ 1.5×", r <= 1.5, "ms")
    if parse:
        fast = parse["simdjsonMs"]
        ref = parse["qtJsonMs"]
        r = fast / ref
        t.add(f"Parse {parse['numbers']:,} numbers ({parse['pages']} pages), simdjson vs QJsonDocument (ms)", fast, ref, r,
              "< 1× (keep the faster)", r < 1, "ms")
    if sandbox:
        by = {(x["clients"], int(x["pageSize"])): x for x in sandbox["load"]}
        big = by.get((1, 1000))
        if big and fetch and cli_wall:
            pages = fetch["socketFloor"][0]["pages"]
            demand = pages / (cli_wall / 1000)
            r = big["requestsPerSecond"] / demand
            t.add("Sandbox throughput, 1000-row pages/s (1 client) vs CLI page rate", big["requestsPerSecond"], demand,
                  r, "≥ 2× (headroom)", r >= 2, "req/s")
        two = by.get((2, 1000))
        if two:
            t.add("  same, 2 concurrent keep-alive clients", two["requestsPerSecond"], None, None, "info", None,
                  "req/s")
        small = by.get((1, 100))
        if small:
            demand = None
            r = None
            if gui:
                demand = gui["pages"] / (gui["loadMs"] / 1000)
                r = small["requestsPerSecond"] / demand
            t.add("Sandbox throughput, 100-row pages/s (1 client) vs GUI page rate", small["requestsPerSecond"], demand,
                  r, "≥ 2× (headroom)", None if r is None else r >= 2, "req/s")
        small2 = by.get((2, 100))
        if small2:
            t.add("  same, 2 concurrent keep-alive clients", small2["requestsPerSecond"], None, None, "info", None,
                  "req/s")
    if gui:
        n = gui["rowsLoaded"]
        t.add(f"GUI: longest event-loop stall loading {n:,} rows (ms)", gui["loadStallMs"], gui["idleStallMs"],
              gui["loadStallMs"] / max(gui["idleStallMs"], 0.001), "≤ 50 ms", gui["loadStallMs"] <= 50, "ms")
        t.add(f"  gaps > 50 ms / > 16 ms while loading ({gui['pages']} pages of {gui['pageSize']})",
              f"{gui['loadGapsOver50Ms']} / {gui['loadGapsOver16Ms']}", None, None, "info", None)
        t.add("  time to load every row (s)", gui["loadMs"] / 1000, None, None, "info", None, "s")
        if gui_same:
            t.add("  stall with the sandbox on the GUI thread (as `numberdesk --sandbox`)", gui_same["loadStallMs"],
                  gui_same["idleStallMs"], None, "info", None, "ms")
        mine = gui.get("activeNumberModel")
        base = gui.get("standardItemModel")
        if mine and base:
            for key, label in (("sortNumberAscMs", "Sort by number"), ("sortNumberDescMs", "Sort by number, descending"),
                               ("sortPriceAscMs", "Sort by monthly price"),
                               ("sortPriceDescMs", "Sort by monthly price, descending")):
                v, b = mine[key], base[key]
                t.add(f"{label}, {n:,} rows (ms) vs QStandardItemModel", v, b, v / b, "≤ 150 ms", v <= 150, "ms")
            v, b = mine["keystrokeMaxMs"], base["keystrokeMaxMs"]
            t.add(f"Filter keystroke, worst of {len(mine['keystrokeMs'])} (ms) vs QStandardItemModel", v, b, v / b,
                  "≤ 50 ms", v <= 50, "ms")
            v, b = mine["keystrokeMaxNarrowingMs"], base["keystrokeMaxNarrowingMs"]
            t.add("  worst narrowing keystroke (typing)", v, b, v / b, "≤ 50 ms", v <= 50, "ms")
            v, b = mine["keystrokeMaxWideningMs"], base["keystrokeMaxWideningMs"]
            t.add("  worst widening keystroke (backspace)", v, b, v / b, "≤ 50 ms", v <= 50, "ms")
        rss = gui["rssLoadedWithoutSandboxKiB"] / 1024
        base_rss = None
        if base:
            base_rss = (gui["rssStartKiB"] + base["rssDeltaKiB"]) / 1024
        t.add(f"GUI RSS with {n:,} rows, sandbox excluded (MB) vs QStandardItemModel", rss, base_rss,
              None if base_rss is None else rss / base_rss, "≤ 150 MB", rss <= 150, "MB")
        t.add("  whole process incl. the in-process sandbox (MB)", gui["rssLoadedKiB"] / 1024, None, None, "info",
              None, "MB")
    if startup:
        app = best(startup["app"], "wallMs")
        bare = best(startup["bare"], "wallMs")
        r = app / bare
        t.add("Start-up to painted window + first data, embedded sandbox (ms) vs bare Qt window", app, bare, r,
              "≤ 3×", r <= 3, "ms")
    if insight:
        n = insight["rows"]
        v, b = insight["panelMs"], insight["readMs"]
        t.add(f"Insight tab: read mirror + report + charts + paint, {n:,} numbers (ms) vs reading the mirror", v, b,
              v / b, "≤ 500 ms", v <= 500, "ms")
        t.add("  the report alone (exact sums, 12 months, attention lists)", insight["reportMs"], None, None, "info",
              None, "ms")
    if mirror:
        n = mirror["rows"]
        # main() to ready on both sides: the app's exec-to-exit time also holds the find and sort figures it
        # measures after it is ready, which are no part of starting.
        app = best(mirror["app"], "readyMs")
        bare = best(mirror["bare"], "readyMs")
        r = app / bare
        t.add(f"Start-up on a {n:,}-number mirror, main() to every number painted (ms) vs bare Qt window",
              app, bare, r, "≤ 3×", r <= 3, "ms")
        t.add("  first paint of the window (ms)", best(mirror["app"], "firstPaintMs"), None, None, "info", None, "ms")
        find = min(max(run["findMs"]) for run in mirror["app"])
        t.add(f"Find keystroke over {n:,} rows, slowest of 14, best run (ms)", find, None, None, "≤ 50 ms",
              find <= 50, "ms")
        sort = min(max(run["sortMs"]) for run in mirror["app"])
        t.add(f"Sort {n:,} rows by a column, slowest of 8, best run (ms)", sort, None, None, "≤ 150 ms",
              sort <= 150, "ms")
        rss = min(run["peakRssMiB"] for run in mirror["app"])
        t.add(f"Peak RSS of the app on a {n:,}-number mirror (MB)", rss, None, None, "≤ 150 MB", rss <= 150, "MB")
    return t


def render(t, mach, command):
    header = ["Figure", "Value", "Baseline", "Ratio", "Target", "Result"]
    lines = []
    for r in t.rows:
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        lines.append([r["figure"], fmt(r["value"], r["unit"]), fmt(r["baseline"], r["unit"]), ratio,
                      r["target"] or "—", r["result"] or "—"])
    md = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    md += ["| " + " | ".join(cells) + " |" for cells in lines]
    widths = [max(len(x[i]) for x in [header] + lines) for i in range(len(header))]
    text = ["  ".join(h.ljust(w) for h, w in zip(header, widths))]
    text.append("  ".join("-" * w for w in widths))
    text += ["  ".join(c.ljust(w) for c, w in zip(cells, widths)) for cells in lines]
    mline = (f"Machine: {mach['nproc']} cores ({mach['cpu']}), {mach['ramGiB']} GiB RAM, Linux {mach['kernel']}, "
             f"load average at the end {mach['loadAverage']}")
    if command:
        mline += f"\nCommand: {command}"
    return "\n".join(text) + "\n\n" + mline + "\n", "\n".join(md) + "\n\n" + mline + "\n"


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    results = args[0]
    markdown = None
    command = ""
    i = 1
    while i < len(args):
        if args[i] == "--markdown":
            markdown = args[i + 1]
            i += 2
        elif args[i] == "--command":
            command = args[i + 1]
            i += 2
        else:
            print(f"summarize.py: unknown argument {args[i]}", file=sys.stderr)
            return 2
    t = build_table(results)
    mach = machine()
    text, md = render(t, mach, command)
    print(text)
    with open(os.path.join(results, "summary.json"), "w", encoding="utf-8") as f:
        json.dump({"machine": mach, "command": command, "figures": t.rows}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    if markdown:
        with open(markdown, "w", encoding="utf-8") as f:
            f.write(md)
    return 3 if t.missed() else 0


if __name__ == "__main__":
    sys.exit(main())
