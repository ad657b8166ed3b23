#!/usr/bin/env python3
"""Times sitegen against Hugo on the generated site, alternating the two tools.

For each scenario both tools run in turn (A B A B …) REPS times, after one warm-up pair at the
start; each run is timed as a whole process with /usr/bin/time -v (wall seconds and peak
resident memory). The table shows medians and the ratio sitegen/Hugo of the medians.

Scenarios:
  full      build from an empty output folder
  nochange  rebuild with nothing changed
  onepage   rebuild after one page changed (a different page each repetition)
  check     `sitegen check` on the large site (sitegen only)
"""
import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile


def timed(cmd, cwd):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak KB).

    Dirty pages the previous run left are written out first (not timed), so that no run pays
    for the other tool's writes."""
    os.sync()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        p = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + cmd, cwd=cwd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        report = t.read()
    if p.returncode not in (0, 1) or (p.returncode == 1 and "check" not in cmd):
        sys.exit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-2000:]}")
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", report)
    wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1))
    return wall, peak


def touch_page(site_content, i):
    """Changes the body of one page (a different one each time)."""
    folder = os.path.join(site_content, "news")
    names = sorted(n for n in os.listdir(folder) if n.startswith("p"))
    path = os.path.join(folder, names[(i * 7919) % len(names)])
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\nแก้ไขครั้งที่ {i}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", required=True, help="folder made by generate.py")
    ap.add_argument("--sitegen", required=True)
    ap.add_argument("--hugo", required=True)
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()

    sg_root = os.path.join(a.site, "sitegen")
    sg_content = os.path.join(sg_root, "content")
    hg_root = os.path.join(a.site, "hugo")
    sg_build = [a.sitegen, "build", "--quiet", "--source", "content", "--output", "public"]
    hg_build = [a.hugo, "--quiet", "--destination", "public"]

    # Earlier outputs are moved aside, not deleted, until every timing is done: on ext4 without a
    # journal (this kind of machine), each file created within a minute of deleting thousands
    # makes the kernel scan past every recently freed inode (`recently_deleted`), which would time
    # the bench's own cleanup rather than the tool. Both tools are treated alike.
    trash = os.path.join(a.site, "trash")
    shutil.rmtree(trash, ignore_errors=True)
    os.makedirs(trash)
    moved = [0]

    def set_aside(path):
        if os.path.exists(path):
            moved[0] += 1
            os.rename(path, os.path.join(trash, str(moved[0])))

    def clean_sg():
        # The output folder and sitegen's build cache (kept in the site folder).
        for p in ("public", os.path.join("content", ".sitegen-cache")):
            set_aside(os.path.join(sg_root, p))

    def clean_hg():
        set_aside(os.path.join(hg_root, "public"))
        set_aside(os.path.join(hg_root, "resources"))

    results = {}

    def pair(name, before_sg, before_hg, warmup):
        rows = {"sitegen": [], "hugo": []}
        for rep in range(a.reps + (1 if warmup else 0)):
            before_sg(rep)
            sg = timed(sg_build, sg_root)
            before_hg(rep)
            hg = timed(hg_build, hg_root)
            if rep > 0 or not warmup:  # the first pair warms the file cache and the binaries
                rows["sitegen"].append(sg)
                rows["hugo"].append(hg)
        results[name] = rows

    # One warm-up pair in all (a Hugo build takes half a minute on two cores; the whole run
    # must stay under ten minutes). Each later scenario starts from the output the previous left.
    pair("full", lambda r: clean_sg(), lambda r: clean_hg(), warmup=True)
    pair("nochange", lambda r: None, lambda r: None, warmup=False)
    pair("onepage", lambda r: touch_page(sg_content, r), lambda r: touch_page(os.path.join(hg_root, "content"), r),
         warmup=False)
    checks = [timed([a.sitegen, "check", "--source", "content", "--as-of", "2025-09-30", "--format", "json"], sg_root)
              for _ in range(a.reps + 1)][1:]
    results["check"] = {"sitegen": checks, "hugo": []}
    shutil.rmtree(trash, ignore_errors=True)

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    print(f"\nmachine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}")
    print(f"site: {a.site}; {a.reps} repetitions per scenario after one warm-up pair, tools alternating\n")
    print(f"{'scenario':<10} {'sitegen s':>10} {'hugo s':>10} {'ratio':>7} {'sitegen MB':>11} {'hugo MB':>9}")
    for name, rows in results.items():
        sg_t = statistics.median(t for t, _ in rows["sitegen"])
        sg_m = max(m for _, m in rows["sitegen"]) / 1024
        if rows["hugo"]:
            hg_t = statistics.median(t for t, _ in rows["hugo"])
            hg_m = max(m for _, m in rows["hugo"]) / 1024
            print(f"{name:<10} {sg_t:>10.3f} {hg_t:>10.3f} {sg_t / hg_t:>7.2f} {sg_m:>11.0f} {hg_m:>9.0f}")
        else:
            print(f"{name:<10} {sg_t:>10.3f} {'—':>10} {'—':>7} {sg_m:>11.0f} {'—':>9}")
    full = statistics.median(t for t, _ in results["full"]["sitegen"])
    for name in ("nochange", "onepage"):
        own = statistics.median(t for t, _ in results[name]["sitegen"])
        print(f"sitegen {name} / sitegen full: {own / full:.3f}")


if __name__ == "__main__":
    main()
