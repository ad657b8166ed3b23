#!/usr/bin/env bash
# Runs the whole test suite, installing what the tests need first: the Swift tests (sitegen's and
# the vendored swift-mustache's, Vendor/swift-mustache/PATCHES.md), a bounded
# fuzzing run over the loaders and the Markdown renderer (SITEGEN_FUZZ_SECONDS, default 60; 0
# skips it), the open-data check (Tests/OpenData/check.py), then the browser quality suite over
# the built demo site (Tests/Browser/run.py), the recall of its search
# (Tests/Browser/search_recall.py) and the dashboard of check --sites (Tests/Browser/dashboard.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --browser
# Selenium for the injection test (Tests/Injection); without it that test is skipped.
scripts/install-deps.sh python3-selenium \
  || echo "warning: python3-selenium could not be installed; the injection test's Chromium check will be skipped" >&2
swift build --build-tests
swift test
# The vendored template engine's own tests, with the tests of sitegen's patch to it.
swift test --package-path Vendor/swift-mustache
fuzz_seconds=${SITEGEN_FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" -gt 0 ]; then fuzz/run.sh "$fuzz_seconds"; fi
# The open data of the demo: every CSV and JSON parses, catalog.json lists every dataset, every
# OCDS package validates against the OCDS 1.1.5 schema (Tests/OpenData/ocds-1.1.5/, offline).
python3 Tests/OpenData/check.py --sitegen "$(swift build --show-bin-path)/sitegen"
python3 Tests/Browser/run.py --sitegen "$(swift build --show-bin-path)/sitegen"
# Recall of the site search on 35 Thai queries (fails below 0.9).
python3 Tests/Browser/search_recall.py --sitegen "$(swift build --show-bin-path)/sitegen"
python3 Tests/Browser/dashboard.py --sitegen "$(swift build --show-bin-path)/sitegen"
