#!/usr/bin/env bash
# Install what the project needs into ./.venv (idempotent; safe to run again).
#   scripts/setup.sh          the package and its runtime dependencies
#   scripts/setup.sh test     also the test tools and the Debian packages the tests drive
#                             (chromium + CJK fonts for the map tests, virtuoso for the external-store test)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
want_test=${1:-}

if [ "$want_test" = "test" ]; then
  pkgs=()
  command -v chromium >/dev/null 2>&1 || pkgs+=(chromium)
  [ -d /usr/share/fonts/opentype/noto ] || pkgs+=(fonts-noto-cjk)
  command -v virtuoso-t >/dev/null 2>&1 || pkgs+=(virtuoso-opensource)
  if [ ${#pkgs[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
    echo "setup: installing Debian packages: ${pkgs[*]}"
    if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null; }; then
      echo "setup: could not install ${pkgs[*]} (no root?); the tests that need them will be skipped" >&2
    fi
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
if [ "$want_test" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
