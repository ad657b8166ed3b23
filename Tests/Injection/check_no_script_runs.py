#!/usr/bin/env python3
"""Loads every HTML page of a built site in headless Chromium and proves that no script runs
and no markup breaks.

Usage: check_no_script_runs.py OUTPUT_FOLDER [EXPECTED_TEXT]

The folder is served on 127.0.0.1 (a free port). Before any page script could run, alert,
confirm, prompt and print are replaced by functions that only record their calls. After each
page has loaded (and had a moment for an <img onerror> to fire), the page must have recorded no
call, hold no <script> element (production pages have no JavaScript but the search page's own
search script, from the site's assets), no event-handler
attribute, no javascript: link, no image from an injected src, exactly one <main>, a <title>
and a footer. EXPECTED_TEXT, when given, must appear as visible text on at least one page (the
payload shown as text proves it was escaped, not dropped).

Exit status: 0 all pages passed, 1 a page failed, 77 Chromium, chromedriver or selenium is missing.
"""
import functools
import http.server
import os
import shutil
import sys
import threading
import time

def find(*names):
    for n in names:
        p = shutil.which(n)
        if p:
            return p
    return None

def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    folder = os.path.abspath(sys.argv[1])
    expected = sys.argv[2] if len(sys.argv) > 2 else None
    chromium = find("chromium", "chromium-browser", "google-chrome")
    driver = find("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        webdriver = None
    if not chromium or not driver or webdriver is None:
        print("SKIP: headless Chromium check needs chromium, chromedriver and python3-selenium "
              "(apt-get install chromium chromium-driver python3-selenium)")
        return 77

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    handler = functools.partial(Quiet, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--disable-background-networking"):
        options.add_argument(arg)
    browser = webdriver.Chrome(service=Service(driver), options=options)
    browser.set_page_load_timeout(30)
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
        window.__calls = [];
        for (const name of ['alert', 'confirm', 'prompt', 'print']) {
            window[name] = function (...args) { window.__calls.push(name + '(' + args.join(',') + ')'); };
        }
    """})
    # Any script that ran and changed the document title, or threw, shows up as well.
    check = """
        const problems = [];
        if (window.__calls.length) problems.push('script ran: ' + window.__calls.join('; '));
        // The search page may run the theme's own search script (one, from the site's assets).
        const own = location.pathname.endsWith('/search/index.html')
            ? [...document.scripts].filter(s => s.type === 'module' && new URL(s.src || 'x:', location.href).origin === location.origin
                                             && new URL(s.src, location.href).pathname.endsWith('/assets/search.js')).slice(0, 1)
            : [];
        if (document.scripts.length > own.length) problems.push((document.scripts.length - own.length) + ' <script> element(s)');
        for (const e of document.querySelectorAll('*')) {
            for (const a of e.attributes) {
                if (a.name.startsWith('on')) problems.push('event handler ' + a.name + ' on <' + e.localName + '>');
            }
        }
        for (const a of document.querySelectorAll('a[href], area[href], iframe, form[action]')) {
            const url = a.getAttribute('href') || a.getAttribute('src') || a.getAttribute('action') || '';
            if (url.trim().toLowerCase().startsWith('javascript:')) problems.push('javascript: address on <' + a.localName + '>');
        }
        for (const img of document.images) {
            if (img.getAttribute('src') === 'x') problems.push('injected <img src=x>');
        }
        for (const tag of ['iframe', 'object', 'embed', 'textarea']) {
            if (document.getElementsByTagName(tag).length) problems.push('injected <' + tag + '>');
        }
        if (document.querySelectorAll('main').length !== 1) problems.push(document.querySelectorAll('main').length + ' <main> elements');
        if (!document.title.trim()) problems.push('no <title>');
        if (!document.querySelector('footer')) problems.push('no footer: the markup broke before it');
        return {problems: problems, text: document.body ? document.body.innerText : ''};
    """
    pages = []
    for root, _, files in os.walk(folder):
        for f in files:
            if f.endswith(".html"):
                pages.append(os.path.relpath(os.path.join(root, f), folder))
    pages.sort()
    failures = 0
    seen_expected = expected is None
    try:
        for page in pages:
            url = "http://127.0.0.1:%d/%s" % (port, page.replace(os.sep, "/"))
            browser.get(url)
            time.sleep(0.05)
            result = browser.execute_script(check)
            if page.endswith("404.html") is False and expected and expected in result["text"]:
                seen_expected = True
            # alias pages redirect; they are checked like any other page, without a <main>.
            problems = [p for p in result["problems"]
                        if not (("<main>" in p or "footer" in p) and is_redirect(folder, page))]
            if problems:
                failures += 1
                print("FAIL %s: %s" % (page, "; ".join(problems)))
    finally:
        browser.quit()
        server.shutdown()
    if not seen_expected:
        print("FAIL: the text %r is not visible on any page" % expected)
        failures += 1
    print("%d pages checked in headless Chromium, %d failed" % (len(pages), failures))
    return 1 if failures else 0

def is_redirect(folder, page):
    with open(os.path.join(folder, page), encoding="utf-8", errors="replace") as f:
        return 'http-equiv="refresh"' in f.read(4096)

if __name__ == "__main__":
    sys.exit(main())
