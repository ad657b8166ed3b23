#!/usr/bin/env bash
# Runs the whole test suite, installing what the tests need first, then fuzzes the loaders and
# the Markdown renderer for a bounded time (SITEGEN_FUZZ_SECONDS, default 60; 0 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Headless Chromium for the injection test (Tests/Injection); without it that test is skipped.
scripts/install-deps.sh chromium chromium-driver python3-selenium \
  || echo "warning: chromium, chromium-driver or python3-selenium could not be installed; the headless Chromium check will be skipped" >&2
swift build --build-tests
swift test
fuzz_seconds=${SITEGEN_FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" -gt 0 ]; then fuzz/run.sh "$fuzz_seconds"; fi
