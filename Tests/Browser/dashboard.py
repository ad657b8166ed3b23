#!/usr/bin/env python3
"""Browser quality checks of the dashboard of `sitegen check --sites --format html`.

Makes a sites folder of three copies of the demo site (content/) — one with a content error, one
whose title and folder name are script payloads — writes the dashboard with a freshly built
sitegen, serves it on 127.0.0.1, and runs on index.html and every site page the checks of
run.py: links, the Nu HTML Checker, axe at 1280 and 375 px, structure, focus, privacy, print,
and with both of run.py's font setups (the installed fonts, the dashboard having no web font of
its own; and only the TLWG fonts) no sideways scrolling at 1280, 768, 375 and 320 px, text of
16 px, tap targets of 44 px, Thai fonts. The dashboard has no main menu, so the menu checks are
off. Screenshots of the dashboard and of the broken site's page at 375, 768 and 1280 px are
written to the report folder.

Usage: Tests/Browser/dashboard.py [--sitegen PATH] [--report-dir DIR] [--require]
Ends with "N passed, M failed"; exits 1 if a check failed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (the checks of the site's browser suite)


def make_sites(root: Path) -> Path:
    sites = root / "sites"
    sites.mkdir()
    (sites / "themes").symlink_to(run.ROOT / "themes")
    for name in ("agency-a", "agency-b", "agency <script>&"):
        shutil.copytree(run.ROOT / "content", sites / name, ignore=shutil.ignore_patterns(".sitegen-cache"))
    (sites / "agency-b" / "data" / "executives.yaml").write_text("kind: executives\nexecutives: [\n", encoding="utf-8")
    config = sites / "agency <script>&" / "site.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("title: องค์การบริหารส่วนตำบลทุ่งทองพัฒนา",
                                   'title: "<script>alert(1)</script> อบต.&\\"ทดสอบ\\""', 1), encoding="utf-8")
    (sites / "notes").mkdir()
    return sites


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitegen", help="the sitegen binary (default .build/debug/sitegen, built if missing)")
    parser.add_argument("--report-dir", default=str(run.ROOT / ".build" / "browser-report-dashboard"))
    parser.add_argument("--require", action="store_true", help="fail instead of skipping what cannot run")
    args = parser.parse_args()
    require = args.require or os.environ.get("CI", "").lower() in ("1", "true", "yes")
    if not run.in_venv():
        problem = run.ensure_venv()
        if problem:
            run.log(f"dashboard checks: {problem}")
            run.log("0 passed, 1 failed" if require else "0 passed, 0 failed, 1 skipped")
            return 1 if require else 0
        os.execv(str(run.VENV / "bin" / "python"), [str(run.VENV / "bin" / "python"), __file__, *sys.argv[1:]])

    started = time.monotonic()
    report_dir = Path(args.report_dir).resolve()
    shutil.rmtree(report_dir / "screenshots", ignore_errors=True)
    report_dir.mkdir(parents=True, exist_ok=True)
    results = run.Results(report_dir)
    work = Path(tempfile.mkdtemp(prefix="sitegen-dashboard-"))
    server = None
    try:
        sites = make_sites(work)
        output = work / "dashboard"
        sitegen = run.find_sitegen(args.sitegen)
        done = subprocess.run([str(sitegen), "check", "--sites", str(sites), "--as-of", "2026-12-05", "--format", "html",
                               "--output", str(output)], capture_output=True, text=True)
        if done.returncode not in (0, 1) or not (output / "index.html").exists():
            raise SystemExit(f"sitegen check --sites failed ({done.returncode}):\n{done.stderr}")
        server = run.start_server(output, "/")
        origin = f"http://127.0.0.1:{server.server_address[1]}/"
        pages = [""] + sorted("sites/" + p.name for p in (output / "sites").glob("*.html"))
        from urllib.parse import quote
        pages = [quote(p) for p in pages]
        run.SCREENSHOT_PAGES = {"dashboard": "", "site": "sites/agency-b.html"}
        run.MENU_CHECK = False
        run.log(f"dashboard checks: {len(pages)} pages served at {origin}")
        run.check_links(output, origin, results)
        run.check_html(output, results, require)
        run.run_browser_checks(pages, origin, report_dir, results, require, work=work)
    except Exception:
        traceback.print_exc()
        results.record("suite", "(crashed)", [traceback.format_exc().strip().splitlines()[-1]])
    finally:
        if server:
            server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    failed = len(results.failures)
    for check, subject, problems in results.failures:
        run.log(f"  {check} {subject}: " + "; ".join(problems[:3]))
    run.log(f"dashboard checks: report in {report_dir / 'report.txt'}; took {time.monotonic() - started:.0f} s")
    results.report.close()
    skipped = f", {len(results.skipped)} skipped" if results.skipped else ""
    run.log(f"{results.passed} passed, {failed} failed{skipped}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
