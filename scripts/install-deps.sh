#!/usr/bin/env bash
# Installs the system packages sitegen needs, if they are missing (Debian/Ubuntu), and Pagefind
# (PyPI pagefind[extended], pinned) into .build/pagefind-venv, where `sitegen build` finds it to
# make the site's search index.
# Usage: scripts/install-deps.sh [--browser] [extra apt packages…]
#   --browser  also what the browser quality suite (Tests/Browser/run.py) needs: Chromium and its
#              WebDriver, Thai fonts (TLWG) and fontconfig, a Java runtime for the Nu HTML Checker,
#              python3-venv.
#              If they cannot be installed the suite skips itself, so this only warns — except
#              under CI (CI=true), where the suite must run and a failed install is an error.
set -euo pipefail

browser=0
extra=()
for arg in "$@"; do
  case "$arg" in
    --browser) browser=1 ;;
    *) extra+=("$arg") ;;
  esac
done

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
# python3-venv: Pagefind is installed into a virtual environment (Debian's python3 makes one
# with pip only with python3-venv, which ships ensurepip). Optional: without it there is no index.
optional=()
python3 -m ensurepip --version >/dev/null 2>&1 || optional+=(python3-venv)
for p in libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config ${extra[@]+"${extra[@]}"}; do
  is_installed "$p" || missing+=("$p")
done

browser_missing=()
if [ "$browser" -eq 1 ]; then
  # fontconfig's fc-list: the suite's second font setup shows Chromium only the TLWG fonts.
  for p in chromium chromium-driver fonts-thai-tlwg fontconfig; do
    is_installed "$p" || browser_missing+=("$p")
  done
  # Any Java runtime runs vnu.jar. The suite makes its own virtual environment with pip, which
  # needs python3-venv too (in optional above; under CI, Pagefind's install then fails without it).
  command -v java >/dev/null || browser_missing+=(default-jre-headless)
fi

# Pagefind, the extended build (it splits Thai text into words when indexing), from PyPI into
# .build/pagefind-venv; `sitegen build` looks for .build/pagefind-venv/bin/pagefind_extended.
# Runs after the Debian packages (it needs python3-venv); a failure is a warning, since a site
# builds without a search index (except under CI, where the search tests need it).
pagefind_version=1.5.2
install_pagefind() {
  local root venv binary
  root="$(cd "$(dirname "$0")/.." && pwd)"
  venv="$root/.build/pagefind-venv"
  binary="$venv/bin/pagefind_extended"
  if [ -x "$binary" ] && "$binary" --version 2>/dev/null | grep -q " $pagefind_version\$"; then return 0; fi
  echo "Installing Pagefind $pagefind_version (PyPI pagefind[extended]) into $venv" >&2
  { [ -x "$venv/bin/python" ] || python3 -m venv "$venv"; } \
    && "$venv/bin/python" -m pip install -q --disable-pip-version-check "pagefind[extended]==$pagefind_version" \
    || { echo "warning: could not install Pagefind; sites are built without a search index." >&2
         [ "${CI:-}" = "true" ] && return 1; return 0; }
  # The package ships the executable inside its Python module; link it where sitegen looks.
  local shipped
  shipped="$("$venv/bin/python" -c 'import pagefind_bin_extended, os; print(os.path.join(os.path.dirname(pagefind_bin_extended.__file__), "pagefind_extended"))')"
  ln -sf "$shipped" "$binary"
  "$binary" --version >/dev/null
}

if [ ${#missing[@]} -eq 0 ] && [ ${#browser_missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ]; then
  install_pagefind
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  if [ ${#missing[@]} -gt 0 ]; then
    echo "sitegen needs these Debian packages: ${missing[*]} ${browser_missing[*]}; run as root or install them first." >&2
    exit 1
  fi
  if [ ${#browser_missing[@]} -gt 0 ]; then
    echo "warning: the browser quality suite needs ${browser_missing[*]}; run as root or install them first (it will skip itself)." >&2
    [ "${CI:-}" = "true" ] && exit 1
  fi
  [ ${#optional[@]} -gt 0 ] && echo "warning: Pagefind (the search index) needs ${optional[*]}; run as root or install it first." >&2
  install_pagefind
  exit 0
fi

$sudo apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#optional[@]} -gt 0 ]; then
  echo "Installing for Pagefind (the search index): ${optional[*]}" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${optional[@]}" >/dev/null \
    || echo "warning: could not install ${optional[*]}; sites are built without a search index." >&2
fi
if [ ${#browser_missing[@]} -gt 0 ]; then
  echo "Installing for the browser quality suite: ${browser_missing[*]}" >&2
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${browser_missing[@]}" >/dev/null; then
    echo "warning: could not install ${browser_missing[*]}; the browser quality suite will skip what needs them." >&2
    [ "${CI:-}" = "true" ] && exit 1
  fi
fi
install_pagefind
exit 0
