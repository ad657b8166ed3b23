#!/usr/bin/env python3
"""Times a province's work on the sites generate_sites.py made: one process for all sites
(`build --sites`, `check --sites`) against a shell loop of one `sitegen` process per site, over the
same sites, with peak memory, sites per second and the projection for the 7,850 agencies of the
country: built, then audited (`build --sites` and `check --sites`), and built and audited in one run
(`build --sites --report`).

Every run is timed as a whole process tree with /usr/bin/time -v (wall seconds; peak resident
memory of the largest process). All runs use --no-cache (every site read, rendered, audited and
written in full) into output folders that do not exist yet; earlier outputs are moved aside, not
deleted, until every timing is done (see bench.py: deleting hundreds of thousands of files slows
the next writes on this machine's file system).

The results are checked too: each site's report in the report of `check --sites` must equal the
report the loop's single-site check printed, the report of `build --sites --report` must be that of
`check --sites`, byte for byte, and the files `build --sites` wrote for a sample of sites must be
those the loop wrote, byte for byte. A build audits as of its own day (in Thailand), so every check
here is run as of that day too.
"""
import argparse
import datetime
import filecmp
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zoneinfo

AGENCIES = 7850
LOOP_BUILD = 'for d in "$1"/*/; do [ -f "$d/site.yaml" ] || continue; n=$(basename "$d"); ' \
             '"$2" build --quiet --no-cache --source "$d" --output "$3/$n" || echo "failed: $n" >&2; done'
LOOP_CHECK = 'for d in "$1"/*/; do [ -f "$d/site.yaml" ] || continue; n=$(basename "$d"); ' \
             '"$2" check --no-cache --as-of "$4" --format json --source "$d" > "$3/$n.json"; done; true'


def timed(cmd, cwd, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak MB, exit status, stderr)."""
    os.sync()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        p = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + cmd, cwd=cwd, stdout=stdout,
                           stderr=subprocess.PIPE, text=True)
        report = t.read()
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", report)
    wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report).group(1)) / 1024
    return wall, peak, p.returncode, p.stderr


def today():
    """The day in Thailand: the day a build is made as of, and every check here is run as of."""
    return datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Bangkok")).date().isoformat()


def duration(seconds):
    s = int(round(seconds))
    return f"{s // 3600} h {s % 3600 // 60} min" if s >= 3600 else f"{s // 60} min {s % 60} s" if s >= 60 else f"{s} s"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True, help="the folder made by generate_sites.py (WORK/sites/)")
    ap.add_argument("--sitegen", required=True)
    a = ap.parse_args()
    as_of = today()
    work = os.path.abspath(a.work)
    sites = os.path.join(work, "sites")
    names = sorted(n for n in os.listdir(sites) if os.path.isfile(os.path.join(sites, n, "site.yaml")))
    n = len(names)
    trash = os.path.join(work, "trash")
    shutil.rmtree(trash, ignore_errors=True)
    os.makedirs(trash)
    for folder in ("out-loop", "out-sites", "out-report", "reports-loop"):
        if os.path.exists(os.path.join(work, folder)):
            os.rename(os.path.join(work, folder), os.path.join(trash, folder))
    # The build cache of an earlier run would let a build skip work: set aside too.
    for name in names:
        cache = os.path.join(sites, name, ".sitegen-cache")
        if os.path.exists(cache):
            os.rename(cache, os.path.join(trash, "cache-" + name))
    os.makedirs(os.path.join(work, "reports-loop"))

    rows = []

    def run(label, cmd, stdout=subprocess.DEVNULL, ok=(0,)):
        wall, peak, status, err = timed(cmd, work, stdout)
        if status not in ok:
            sys.exit(f"{label} failed ({status}):\n{err[-3000:]}")
        if "failed:" in err:
            sys.exit(f"{label}: a site failed to build:\n{err[-3000:]}")
        rows.append((label, wall, peak))
        print(f"  {label:<34} {wall:8.1f} s  {n / wall:7.2f} sites/s  {peak:7.0f} MB", flush=True)
        return wall, peak

    print(f"{n} sites in {sites}; every run with --no-cache", flush=True)
    loop_build, _ = run("build: shell loop, one per site", ["bash", "-c", LOOP_BUILD, "_", sites, a.sitegen, os.path.join(work, "out-loop")])
    sites_build, build_peak = run("build --sites", [a.sitegen, "build", "--sites", sites, "--output", os.path.join(work, "out-sites"),
                                                   "--no-cache", "--quiet"])
    report_build, report_peak = run("build --sites --report (one run)", [a.sitegen, "build", "--sites", sites, "--output",
                                                                         os.path.join(work, "out-report"), "--no-cache", "--quiet",
                                                                         "--report", os.path.join(work, "built.json")], ok=(0,))
    for name in names:  # the check reads the cache a build left: start it from nothing too
        cache = os.path.join(sites, name, ".sitegen-cache")
        if os.path.exists(cache):
            os.rename(cache, os.path.join(trash, "cache2-" + name))
    loop_check, _ = run("check: shell loop, one per site", ["bash", "-c", LOOP_CHECK, "_", sites, a.sitegen,
                                                            os.path.join(work, "reports-loop"), as_of])
    with open(os.path.join(work, "all.json"), "w") as out:
        sites_check, check_peak = run("check --sites --format json", [a.sitegen, "check", "--sites", sites, "--no-cache", "--as-of", as_of,
                                                                      "--format", "json"], stdout=out, ok=(0, 1))
    run("check --sites --format html", [a.sitegen, "check", "--sites", sites, "--no-cache", "--as-of", as_of, "--format", "html",
                                        "--output", os.path.join(work, "dashboard")], ok=(0, 1))

    # The same results either way.
    if today() != as_of:
        sys.exit(f"the day changed in Thailand during the run ({as_of} → {today()}): the reports cannot be compared; run again")
    assert filecmp.cmp(os.path.join(work, "built.json"), os.path.join(work, "all.json"), shallow=False), \
        "the report of build --sites --report is not that of check --sites"
    with open(os.path.join(work, "all.json")) as f:
        report = json.load(f)
    assert [s["path"] for s in report["sites"]] == names, "check --sites reported other sites"
    for entry in report["sites"]:
        with open(os.path.join(work, "reports-loop", entry["path"] + ".json")) as f:
            assert json.load(f) == entry["report"], f"{entry['path']}: the reports differ"
    sample = random.Random(1).sample(names, min(20, n))
    for name in sample:
        left, right = os.path.join(work, "out-loop", name), os.path.join(work, "out-sites", name)
        for folder, _, files in os.walk(left):
            for f in files:
                other = os.path.join(right, os.path.relpath(os.path.join(folder, f), left))
                assert filecmp.cmp(os.path.join(folder, f), other, shallow=False), f"{other} differs"
        assert sum(len(f) for _, _, f in os.walk(left)) == sum(len(f) for _, _, f in os.walk(right)), f"{name}: other files"
    failing = report["summary"]["failing"]
    shutil.rmtree(trash, ignore_errors=True)

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    print(f"\nmachine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}")
    print(f"results: the {n} reports of check --sites equal the loop's; the files of {len(sample)} sites built both ways are identical; "
          f"{failing} sites fail an item")
    print(f"\n{'':<34} {'loop':>9} {'--sites':>9} {'ratio':>7}   target")
    print(f"{'build':<34} {loop_build:8.1f}s {sites_build:8.1f}s {sites_build / loop_build:7.2f}   ≤ 0.50 "
          + ("met" if sites_build / loop_build <= 0.5 else "NOT MET"))
    print(f"{'check':<34} {loop_check:8.1f}s {sites_check:8.1f}s {sites_check / loop_check:7.2f}   ≤ 0.20 "
          + ("met" if sites_check / loop_check <= 0.2 else "NOT MET"))
    per_site = (sites_build + sites_check) / n
    projected = per_site * AGENCIES
    print(f"peak memory at {n} sites: build --sites {build_peak:.0f} MB, with --report {report_peak:.0f} MB, "
          f"check --sites {check_peak:.0f} MB (target < 1024 MB at 1,000 sites)")
    print(f"built and audited, {AGENCIES:,} agencies projected (target < 30 min):")
    print(f"  build --sites, then check --sites   {n / (sites_build + sites_check):5.2f} sites/s  {duration(projected):>12}  "
          + ("met" if projected < 1800 else "NOT MET"))
    one_run = report_build / n * AGENCIES
    print(f"  build --sites --report (one run)    {n / report_build:5.2f} sites/s  {duration(one_run):>12}  "
          + ("met" if one_run < 1800 else "NOT MET"))
    print(f"  the shell loops                     {n / (loop_build + loop_check):5.2f} sites/s  "
          f"{duration((loop_build + loop_check) / n * AGENCIES):>12}")


if __name__ == "__main__":
    main()
