#!/usr/bin/env python3
"""Recall of the site search on Thai queries a citizen would type, measured in headless Chromium.

Builds the demo site in content/ with sitegen and Pagefind twice: once as `sitegen build` does
(the Thai words of the indexed text marked at ICU's word breaks, ThaiWordBreaks.swift) and once
with SITEGEN_PAGEFIND_THAI_WORDS=off (the pages indexed as they are). Each build is served on
127.0.0.1, and each query of QUERIES is run on its /search/ page through Pagefind's JS API, as
the page does (`searchSite` of /assets/search.js). A query's expected page counts as found when
it is among the first SHOWN results.

Prints recall (expected pages found / expected pages) with the unmarked and the marked index, and
exits 1 when the recall of the search as built (marked) is below --min-recall (default 0.9).

Usage: Tests/Browser/search_recall.py [--sitegen PATH] [--min-recall 0.9] [--verbose]
Runs in .build/browser-venv (made by run.py); Pagefind from scripts/install-deps.sh.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402  (the browser suite: its venv, server and browser)

SHOWN = 10

# (query, pages it must find): each query is words of the demo's own pages, as a citizen looking
# for that page would type them; compounds that the browser splits differently from Pagefind's
# indexer (ช่องทางการสอบถาม → ช่อง|ทางการ|สอบถาม) are included on purpose.
QUERIES: list[tuple[str, list[str]]] = [
    ("ช่องทางการสอบถาม", ["contact/"]),
    ("เบี้ยยังชีพผู้สูงอายุ", ["services/elderly-allowance-registration/"]),
    ("ลงทะเบียนเบี้ยยังชีพ", ["services/elderly-allowance-registration/", "news/2025-01-15-elderly-allowance/"]),
    ("ภาษีที่ดินและสิ่งปลูกสร้าง", ["services/land-building-tax/"]),
    ("ขออนุญาตก่อสร้าง", ["services/building-permit/"]),
    ("ค่าธรรมเนียมเก็บขยะ", ["services/waste-fee/"]),
    ("ร้องเรียนการทุจริต", ["complaints/channels/"]),
    ("ช่องทางแจ้งเรื่องร้องเรียน", ["complaints/channels/"]),
    ("การจัดการเรื่องร้องเรียน", ["complaints/procedure/"]),
    ("ร้องทุกข์", ["manuals/complaint-intake/"]),
    ("ธนาคารขยะ", ["news/2024-09-02-community-waste-bank/"]),
    ("ไข้เลือดออก", ["news/2024-06-17-dengue-prevention/"]),
    ("ผู้ประสบอุทกภัย", ["news/2026-10-12-flood-relief/"]),
    ("น้ำล้นตลิ่ง", ["news/2026-09-25-flood-warning/"]),
    ("ลอยกระทง", ["news/2026-11-18-loy-krathong/"]),
    ("โรงเรียนผู้สูงอายุ", ["news/2025-11-10-elderly-school/"]),
    ("รับสมัครพนักงานจ้าง", ["news/2025-03-03-staff-recruitment/"]),
    ("ซ่อมแซมถนน", ["news/2025-06-16-road-repair-moo5/"]),
    ("งดเผาอ้อย", ["news/2025-12-15-no-burning-pm25/"]),
    ("ฝุ่นละออง", ["news/2025-12-15-no-burning-pm25/"]),
    ("บัตรคิว", ["news/2026-02-16-queue-system/"]),
    ("แอบอ้างเรียกเก็บเงิน", ["news/2026-05-20-allowance-scam-warning/"]),
    ("ไม่รับของขวัญ", ["ita/no-gift-policy/"]),
    ("ประวัติความเป็นมา", ["about/history/"]),
    ("วิสัยทัศน์", ["about/vision/"]),
    ("อำนาจหน้าที่", ["about/powers/"]),
    ("โครงสร้างส่วนราชการ", ["about/structure/"]),
    ("ผู้บริหาร", ["about/executives/"]),
    ("คุ้มครองข้อมูลส่วนบุคคล", ["privacy/"]),
    ("แผนพัฒนาท้องถิ่น", ["plans/development-plan/"]),
    ("บริการออนไลน์", ["services/e-service/"]),
    ("ประชาคมตำบล", ["news/2025-04-07-community-forum-local-plan/"]),
    ("งานสารบรรณ", ["manuals/saraban/"]),
    ("วันเด็กแห่งชาติ", ["news/2024-01-15-childrens-day/"]),
    ("ทำความสะอาดอาคารสำนักงาน", ["procurement/2567/"]),
]

JS_SEARCH = r"""
const [query, shown] = arguments;
const done = arguments[arguments.length - 1];
(async () => {
  const form = document.querySelector('form.search-form');
  const pagefind = await import(form.dataset.pagefind);
  await pagefind.options({ baseUrl: form.dataset.base });
  await pagefind.init();
  const page = await import(new URL('assets/search.js', new URL(form.dataset.base, location.href)).href);
  const results = await page.searchSite(pagefind, query);
  const urls = await Promise.all(results.slice(0, shown).map(async (r) => (await r.data()).url));
  return { total: results.length, urls };
})().then(done, (error) => done({ error: String(error) }));
"""


def build(sitegen: Path, output: Path, marks: bool) -> bool:
    """Builds the demo into `output`; whether it has a search index."""
    env = dict(os.environ)
    env.pop("SITEGEN_PAGEFIND", None)
    env["SITEGEN_PAGEFIND_THAI_WORDS"] = "on" if marks else "off"
    done = subprocess.run([str(sitegen), "build", "--quiet", "--no-cache", "--source", "content", "--output", str(output)],
                          cwd=run.ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"sitegen build failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return (output / "pagefind" / "pagefind.js").is_file()


def measure(browser, origin: str, verbose: bool, label: str) -> tuple[int, int]:
    browser.driver.get(origin + "search/")
    found = expected = 0
    for query, pages in QUERIES:
        result = browser.driver.execute_async_script(JS_SEARCH, query, SHOWN)
        if "error" in result:
            raise SystemExit(f"{label}: the search of {query!r} failed: {result['error']}")
        prefix = run.urlsplit(origin).path
        urls = [u[len(prefix):] if u.startswith(prefix) else u for u in result["urls"]]
        hits = [p for p in pages if p in urls]
        found += len(hits)
        expected += len(pages)
        if verbose or len(hits) < len(pages):
            missing = [p for p in pages if p not in urls]
            print(f"  {label}: {query} → {result['total']} result(s)"
                  + (f"; missing /{', /'.join(missing)}" if missing else "; found"), flush=True)
    return found, expected


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitegen", help="the sitegen binary (default .build/debug/sitegen)")
    parser.add_argument("--min-recall", type=float, default=0.9)
    parser.add_argument("--verbose", action="store_true", help="a line for every query, not only the misses")
    parser.add_argument("--require", action="store_true",
                        help="fail instead of skipping when there is no Pagefind (the default when CI is set)")
    args = parser.parse_args()
    require = args.require or os.environ.get("CI", "").lower() in ("1", "true", "yes")
    if not run.in_venv():
        problem = run.ensure_venv()
        if problem:
            raise SystemExit(f"search recall: {problem}")
        os.execv(str(run.VENV / "bin" / "python"), [str(run.VENV / "bin" / "python"), __file__, *sys.argv[1:]])

    sitegen = run.find_sitegen(args.sitegen)
    work = Path(tempfile.mkdtemp(prefix="sitegen-search-"))
    servers = []
    try:
        base = run.site_base_url(run.ROOT / "content")
        prefix = run.urlsplit(base).path or "/"
        origins = {}
        for name, marks in (("plain", False), ("marked", True)):
            if not build(sitegen, work / name, marks):
                print("search recall: the build made no search index: Pagefind is not installed (scripts/install-deps.sh)")
                if require:
                    print("0 passed, 1 failed")
                    return 1
                print("0 passed, 0 failed, 1 skipped")
                return 0
            server = run.start_server(work / name, prefix)
            servers.append(server)
            origins[name] = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
        browser = run.Browser()
        try:
            print(f"search recall: {len(QUERIES)} queries, {sum(len(p) for _, p in QUERIES)} expected pages, "
                  f"found when among the first {SHOWN} results (Chromium {browser.version})", flush=True)
            figures = {}
            for label, name in (("unmarked", "plain"), ("marked", "marked")):
                figures[label] = measure(browser, origins[name], args.verbose, label)
        finally:
            browser.quit()
    finally:
        for server in servers:
            server.shutdown()
        shutil.rmtree(work, ignore_errors=True)

    for label, (found, expected) in figures.items():
        print(f"recall, {label} index: {found}/{expected} = {found / expected:.2f}")
    found, expected = figures["marked"]
    recall = found / expected
    if recall < args.min_recall:
        print(f"search recall: the recall of the search as built, {recall:.2f}, is below {args.min_recall:.2f}")
        print("0 passed, 1 failed")
        return 1
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
