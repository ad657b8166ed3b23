#!/usr/bin/env bash
# Builds sitegen (release) and the demo site in content/ into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product sitegen
.build/release/sitegen build "$@"
