#!/usr/bin/env bash
# Installs the system packages sitegen needs, if they are missing (Debian/Ubuntu).
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
  # Debian's python3 can do only with python3-venv (it ships ensurepip).
  command -v java >/dev/null || browser_missing+=(default-jre-headless)
  python3 -m ensurepip --version >/dev/null 2>&1 || browser_missing+=(python3-venv)
fi

[ ${#missing[@]} -eq 0 ] && [ ${#browser_missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  if [ ${#missing[@]} -gt 0 ]; then
    echo "sitegen needs these Debian packages: ${missing[*]} ${browser_missing[*]}; run as root or install them first." >&2
    exit 1
  fi
  echo "warning: the browser quality suite needs ${browser_missing[*]}; run as root or install them first (it will skip itself)." >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 0
fi

$sudo apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#browser_missing[@]} -gt 0 ]; then
  echo "Installing for the browser quality suite: ${browser_missing[*]}" >&2
  if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${browser_missing[@]}" >/dev/null; then
    echo "warning: could not install ${browser_missing[*]}; the browser quality suite will skip what needs them." >&2
    [ "${CI:-}" = "true" ] && exit 1
  fi
fi
exit 0
