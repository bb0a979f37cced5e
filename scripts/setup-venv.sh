#!/usr/bin/env bash
# Make (or refresh) .venv with Parallax and its dependencies.
# torch is installed first as the local CPU build: a bare `torch` would pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".${extras:+[$extras]}"
