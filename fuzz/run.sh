#!/usr/bin/env bash
# Builds the libFuzzer target over sitegen's loaders and Markdown renderer, and runs it.
#
# Usage: fuzz/run.sh [seconds]      (default 60; the time spent fuzzing, build not included)
#
# SwiftPM renames an executable's entry point, so the fuzz target is built here with swiftc:
# each module it needs (ThaiText, SiteModel, Yams and its C part, SiteLoader, Markdown) is
# compiled with -sanitize=fuzzer,address (coverage and AddressSanitizer), and the driver
# fuzz/FuzzLoaders.swift provides LLVMFuzzerTestOneInput. The seed corpus is made from the demo
# site (content/) and the bad-input corpus (Tests/BadInputTests). Everything is written under
# .build/fuzz; a crashing input is saved as .build/fuzz/crash-* and the script fails.
# Turn a crash into a regression case of Tests/BadInputTests/Cases (see its README).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build/fuzz
mkdir -p "$out/obj" "$out/mod" "$out/seeds" "$out/corpus"

swiftc=$(command -v swiftc)
clang=$(dirname "$(readlink -f "$swiftc")")/clang
[ -x "$clang" ] || clang=$(command -v clang)
[ -d .build/checkouts/Yams ] || swift package resolve >/dev/null
yams=.build/checkouts/Yams/Sources
cmark_cflags=$(pkg-config --cflags libcmark-gfm 2>/dev/null || true)

san=(-sanitize=fuzzer,address -swift-version 6 -parse-as-library -O -g -package-name sitegen -I "$out/mod" -Xcc -DYAML_DECLARE_STATIC -Xcc -fmodule-map-file="$yams/CYaml/include/module.modulemap" -Xcc -I"$yams/CYaml/include" -I Sources/CCmarkGFM)
[ -n "$cmark_cflags" ] && san+=(-Xcc $cmark_cflags)

stamp="$out/obj/stamp"
newest=$(find Sources/ThaiText Sources/SiteModel Sources/DataReading Sources/Caching Sources/SiteLoader Sources/Markdown fuzz "$yams" -newer "$stamp" -type f 2>/dev/null | head -1 || true)
if [ ! -f "$stamp" ] || [ -n "$newest" ] || [ ! -x "$out/fuzz-loaders" ]; then
  echo "fuzz: building the fuzz target (swiftc -sanitize=fuzzer,address)…" >&2
  started=$(date +%s)
  for c in "$yams"/CYaml/src/*.c; do
    "$clang" -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" "$c" -o "$out/obj/cyaml-$(basename "$c" .c).o"
  done
  module() { # name, enable-testing?, sources…
    local name=$1 testing=$2; shift 2
    "$swiftc" "${san[@]}" $testing -wmo -module-name "$name" -emit-module -emit-module-path "$out/mod/$name.swiftmodule" \
      -c -o "$out/obj/$name.o" "$@"
  }
  module ThaiText "" $(find Sources/ThaiText -name '*.swift')
  module SiteModel "" $(find Sources/SiteModel -name '*.swift')
  module Yams -DSWIFT_PACKAGE $(find "$yams/Yams" -name "*.swift")
  module DataReading -enable-testing $(find Sources/DataReading -name '*.swift')
  module Caching "" $(find Sources/Caching -name '*.swift')
  module SiteLoader -enable-testing $(find Sources/SiteLoader -name '*.swift')
  module Markdown "" $(find Sources/Markdown -name '*.swift')
  "$swiftc" "${san[@]}" -module-name FuzzLoaders fuzz/FuzzLoaders.swift "$out"/obj/*.o \
    -lcmark-gfm -lcmark-gfm-extensions -o "$out/fuzz-loaders"
  touch "$stamp"
  echo "fuzz: built in $(( $(date +%s) - started )) s" >&2
fi

# Seeds: every page, site.yaml, data file and CSV file of the demo site and the test corpora,
# each prefixed with the byte that picks its target (see fuzz/FuzzLoaders.swift).
rm -f "$out"/seeds/*
n=0
seed() { # target-byte file
  n=$((n + 1)); { printf "\\x$(printf %02x "$1")"; head -c 65536 "$2"; } > "$out/seeds/seed-$n"
}
while IFS= read -r -d '' f; do
  case "$f" in
    */site.yaml) seed 1 "$f" ;;
    *.md) seed 0 "$f"; seed 5 "$f" ;;
    *.yaml|*.yml) [[ "$f" == */data/* ]] && seed 2 "$f" ;;
    *.csv) seed 3 "$f"; seed 4 "$f" ;;
  esac
done < <(find content Tests/BadInputTests/Good Tests/BadInputTests/Cases -type f ! -name expect.yaml -print0)
# Inputs that once crashed (the target byte included), run again on every fuzz run.
for f in fuzz/regressions/*; do n=$((n + 1)); cp "$f" "$out/seeds/seed-$n"; done
for f in docs/data/*.md; do seed 2 "$f"; done
echo "fuzz: $n seeds; fuzzing for $seconds s" >&2

export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
"$out/fuzz-loaders" "$out/corpus" "$out/seeds" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$out/" -print_final_stats=1 2>"$out/log.txt" || {
  tail -60 "$out/log.txt" >&2
  echo "fuzz: FAILED — a crashing input was saved as $out/crash-* (or timeout-*, oom-*)" >&2
  exit 1
}
grep -E "stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb" "$out/log.txt" | sed 's/^/fuzz: /' >&2
echo "fuzz: no crash in $seconds s" >&2
