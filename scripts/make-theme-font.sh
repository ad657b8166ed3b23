#!/usr/bin/env bash
# Makes the default theme's own web font, themes/default/static/assets/fonts/*.woff2, from Debian's
# fonts-noto-core (SIL Open Font License 1.1): Noto Sans Thai for Thai, Noto Sans for Latin, regular
# and bold, each subset to the characters the site writes (the unicode-range of its @font-face rule in
# style.css) and compressed as WOFF2 by fontTools (PyPI `fonttools` and `brotli`, pinned, in
# .build/font-venv). Hinting is dropped (browsers on phones and Macs ignore it; it doubles the size).
#
# The fonts are committed, so neither a build nor CI runs this: run it only to change the font, the
# subset or fontTools, then re-record the goldens (the theme's files are listed in them).
# Usage: scripts/make-theme-font.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
noto=/usr/share/fonts/truetype/noto
out="$root/themes/default/static/assets/fonts"
venv="$root/.build/font-venv"

if [ ! -f "$noto/NotoSansThai-Regular.ttf" ]; then
  "$root/scripts/install-deps.sh" fonts-noto-core
fi
if [ ! -x "$venv/bin/pyftsubset" ]; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --disable-pip-version-check -q "fonttools==4.68.0" "brotli==1.2.1"
fi

# Keep these ranges equal to the unicode-range descriptors in style.css.
thai="U+0E01-0E5B,U+200B-200D,U+25CC"
latin="U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,U+2013-2014,U+2018-201E,U+2022,U+2026,U+2030,U+2039-203A,U+2044,U+20AC,U+2122,U+2190-2193,U+2212,U+FEFF,U+FFFD"

mkdir -p "$out"
for weight in Regular Bold; do
  lower="$(echo "$weight" | tr '[:upper:]' '[:lower:]')"
  "$venv/bin/pyftsubset" "$noto/NotoSansThai-$weight.ttf" --unicodes="$thai" --no-hinting \
    --flavor=woff2 --output-file="$out/noto-sans-thai-$lower.woff2"
  "$venv/bin/pyftsubset" "$noto/NotoSans-$weight.ttf" --unicodes="$latin" --no-hinting \
    --flavor=woff2 --output-file="$out/noto-sans-latin-$lower.woff2"
done
ls -l "$out"
