#!/usr/bin/env bash
# Province benchmark: build and audit N synthetic agency sites in one run (build --sites,
# check --sites) against a shell loop of one sitegen process per site.
# Usage: bench/sites.sh [sites=1000]
# Builds sitegen in release mode, generates the sites deterministically under bench/work-sites/
# (from the demo site, sizes 50 to 500 pages; about 1.5 GB, and up to 25 GB of output while it
# runs), times both ways with /usr/bin/time -v and prints the table, peak memory and the
# projection for 7,850 agencies. Needs python3 and /usr/bin/time only.
set -euo pipefail
cd "$(dirname "$0")/.."
sites=${1:-1000}
# The sites are built without a search index (Pagefind off), in both ways alike.
export SITEGEN_PAGEFIND=off
[ -x /usr/bin/time ] || scripts/install-deps.sh time
swift build -c release --product sitegen
python3 bench/generate_sites.py --sites "$sites" --out bench/work-sites
python3 bench/sites.py --work bench/work-sites --sitegen "$PWD/.build/release/sitegen"
