#!/usr/bin/env bash
# Install what is needed, then build the seed knowledge graph: store, exports and maps in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kg build seeds --out build "$@"
.venv/bin/kg validate build --show 5
