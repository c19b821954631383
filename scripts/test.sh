#!/usr/bin/env bash
# Run the whole test suite: installs what the tests need (as scripts/setup.sh does), then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --install-only
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
