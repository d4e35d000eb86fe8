#!/usr/bin/env bash
# Install what is needed (Python packages, chromium, fonts, virtuoso), then run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
