#!/usr/bin/env bash
# Runs the whole test suite, installing what the tests need first: the Swift tests, then the
# browser quality suite over the built demo site (Tests/Browser/run.py; see README).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --browser
swift build --build-tests
swift test
python3 Tests/Browser/run.py --sitegen "$(swift build --show-bin-path)/sitegen"
