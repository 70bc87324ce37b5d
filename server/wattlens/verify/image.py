"""The sandbox image: built locally from Debian with debootstrap, once per recipe.

No image registry is reachable on the machines wattlens targets, so the image
is made from Debian packages (python3 and pytest come from Debian, which needs
no PyPI access) and imported into Docker.  Its tag is a hash of the recipe, so
a build is reused until the recipe changes; a file lock keeps two processes
from building it at once.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import docker
from docker.errors import DockerException, ImageNotFound

from wattlens.config import cache_dir
from wattlens.verify.errors import SandboxUnavailable

# Bump when the recipe changes in a way the inputs below do not show.
RECIPE_VERSION = 1
SUITE = "bookworm"  # Debian 12: Python 3.11, pytest 7
SANDBOX_PYTHON = "3.11"  # the suite's python3: the version wheels are fetched for
PACKAGES = ("python3", "python3-pytest", "python-is-python3", "valgrind")  # valgrind: instruction counts
IMAGE_REPOSITORY = "wattlens-sandbox"
SANDBOX_UID = 1000
DEFAULT_MIRROR = "http://deb.debian.org/debian"

_IMAGE_CHANGES = (
    f"USER {SANDBOX_UID}",
    "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "ENV LANG=C.UTF-8",
    "ENV HOME=/tmp",
    "WORKDIR /work",
)

Progress = Callable[[str], None]


def image_tag() -> str:
    """The tag of the image the current recipe builds, e.g. `wattlens-sandbox:3f2a…`."""
    recipe = "\n".join([str(RECIPE_VERSION), SUITE, *PACKAGES, *_IMAGE_CHANGES])
    digest = hashlib.sha256(recipe.encode()).hexdigest()[:12]
    return f"{IMAGE_REPOSITORY}:{digest}"


def ensure_image(
    client: docker.DockerClient,
    base_image: str | None = None,
    progress: Progress | None = None,
) -> str:
    """The name of a local image to run the sandbox in, building it on first use.

    With `base_image`, that image is used as it is (it must exist locally and
    hold Python 3 with pytest); otherwise the recipe's image is built if missing.
    """
    if base_image is not None:
        if not _exists(client, base_image):
            raise SandboxUnavailable(
                f"the sandbox image {base_image!r} is not in the local Docker — pull or build "
                "it first, or leave the base image unset to let wattlens build its own"
            )
        return base_image
    tag = image_tag()
    if _exists(client, tag):
        return tag
    with _build_lock():
        # Another process may have finished the build while we waited.
        if not _exists(client, tag):
            _build(client, tag, progress or (lambda _msg: None))
    return tag


def _exists(client: docker.DockerClient, name: str) -> bool:
    try:
        client.images.get(name)
    except ImageNotFound:
        return False
    return True


@contextmanager
def _build_lock() -> Iterator[None]:
    lock_path = cache_dir() / "locks" / "sandbox-image.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build(client: docker.DockerClient, tag: str, progress: Progress) -> None:
    debootstrap = shutil.which("debootstrap") or _sbin("debootstrap")
    if debootstrap is None:
        raise SandboxUnavailable(
            "debootstrap is needed to build the sandbox image — install it with "
            "`apt-get install debootstrap` (scripts/ensure-docker.sh does), or name a "
            "ready image as the sandbox base image"
        )
    if os.geteuid() != 0:
        raise SandboxUnavailable(
            "building the sandbox image needs root (debootstrap creates a Debian root "
            "filesystem) — run wattlens once as root to build it, or name a ready image "
            "(Python 3 with pytest) as the sandbox base image"
        )
    started = time.monotonic()
    mirror = os.environ.get("WATTLENS_DEBIAN_MIRROR", DEFAULT_MIRROR)
    progress(
        f"building the sandbox image {tag} once: debootstrap of Debian {SUITE} with "
        f"{', '.join(PACKAGES)} from {mirror} (about 1-3 min)…"
    )
    work = cache_dir() / "build"
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work, prefix="image-") as tmp, _unmounted_at_end(tmp):
        rootfs = Path(tmp) / "rootfs"
        _run(
            [
                debootstrap,
                "--variant=minbase",
                f"--include={','.join(PACKAGES)}",
                SUITE,
                str(rootfs),
                mirror,
            ],
            what=f"debootstrap of Debian {SUITE} from {mirror}",
        )
        _slim(rootfs)
        progress(
            f"sandbox image: Debian root filesystem ready after {time.monotonic() - started:.0f} s;"
            " importing it into Docker…"
        )
        tarball = Path(tmp) / "rootfs.tar"
        _run(
            ["tar", "--numeric-owner", "-C", str(rootfs), "-cf", str(tarball), "."],
            what="packing the sandbox root filesystem",
        )
        repository, _, version = tag.partition(":")
        try:
            client.api.import_image(
                src=str(tarball), repository=repository, tag=version, changes=list(_IMAGE_CHANGES)
            )
        except DockerException as exc:
            raise SandboxUnavailable(f"Docker could not import the sandbox image: {exc}") from exc
    if not _exists(client, tag):
        raise SandboxUnavailable(f"Docker did not keep the imported sandbox image {tag}")
    progress(f"sandbox image {tag} ready (built in {time.monotonic() - started:.0f} s)")


@contextmanager
def _unmounted_at_end(folder: str) -> Iterator[None]:
    """Unmount whatever an interrupted debootstrap left mounted under `folder` (its /proc,
    /sys), so that deleting the build folder never reaches into the host's."""
    try:
        yield
    finally:
        prefix = os.path.realpath(folder) + "/"
        try:
            with open("/proc/self/mounts", encoding="utf-8") as mounts:
                points = [line.split()[1] for line in mounts if len(line.split()) > 1]
        except OSError:
            points = []
        # /proc/mounts writes odd characters as octal escapes (\040 for a space).
        decoded = [p.encode().decode("unicode_escape") for p in points]
        inside = [p for p in decoded if p.startswith(prefix)]
        for point in sorted(inside, key=len, reverse=True):
            subprocess.run(["umount", "-l", point], capture_output=True, check=False)


def _slim(rootfs: Path) -> None:
    """Drop package caches the sandbox never needs (about a third of the size)."""
    for folder in ("var/cache/apt/archives", "var/lib/apt/lists", "usr/share/doc", "usr/share/man"):
        target = rootfs / folder
        if target.is_dir():
            for entry in target.iterdir():
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)


def _run(argv: list[str], what: str) -> None:
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-8:])
        raise SandboxUnavailable(
            f"{what} failed (exit {result.returncode}) — check the network to the Debian "
            f"mirror (set WATTLENS_DEBIAN_MIRROR to use another): {tail}"
        )


def _sbin(name: str) -> str | None:
    # debootstrap lives in /usr/sbin, which a non-root PATH often lacks.
    for folder in ("/usr/sbin", "/sbin"):
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None
