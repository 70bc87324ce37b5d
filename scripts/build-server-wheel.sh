#!/usr/bin/env bash
# Build the server's wheel (pure Python, ~200 KB) into extension/dist/, where the
# .vsix packs it: on first start the extension installs exactly this wheel into
# its own environment, so the server always matches the client.
# Built from a copy of the sources so that setuptools leaves no build/ or
# *.egg-info behind in the working tree.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/extension/dist"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
[[ -x "$PY" ]] || PY="$(command -v python3)" || { echo "build-server-wheel: no python3 on PATH" >&2; exit 2; }

src="$(mktemp -d)"
trap 'rm -rf "$src"' EXIT
tar -C "$ROOT" --exclude='__pycache__' --exclude='*.egg-info' -cf - pyproject.toml README.md server | tar -C "$src" -xf -
mkdir -p "$OUT"
rm -f "$OUT"/wattlens-*.whl
"$PY" -m pip wheel -q --disable-pip-version-check --no-deps -w "$OUT" "$src"
ls -l "$OUT"/wattlens-*.whl
