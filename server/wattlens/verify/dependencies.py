"""The project's third-party dependencies, installed into a sandbox image of their own.

The base sandbox image holds Python and pytest only; a project that imports
numpy would fail its tests there.  Its requirements are read from what it
declares (pyproject.toml, requirements files) and from what its code imports;
wheels for the sandbox's Python are fetched on the host (the sandbox has no
network) into a folder that a small image layered on the base image puts on
PYTHONPATH.  The image is tagged by a hash of the base image and the
requirements, so it is built once per set of requirements.
"""

from __future__ import annotations

import ast
import hashlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

import docker
from docker.errors import DockerException, ImageNotFound
from packaging.requirements import InvalidRequirement, Requirement

from wattlens.config import cache_dir
from wattlens.verify.errors import SandboxUnavailable
from wattlens.verify.image import SANDBOX_PYTHON, ensure_image

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

Progress = Callable[[str], None]

DEPS_REPOSITORY = "wattlens-sandbox-deps"
DEPS_DIR = "/opt/wattlens-deps"
# Import names whose distribution on PyPI has another name.
_DISTRIBUTION_OF = {
    "sklearn": "scikit-learn", "PIL": "pillow", "yaml": "pyyaml", "cv2": "opencv-python-headless",
    "bs4": "beautifulsoup4", "dateutil": "python-dateutil", "dotenv": "python-dotenv",
    "Crypto": "pycryptodome", "attr": "attrs", "google.protobuf": "protobuf", "jwt": "pyjwt",
    "skimage": "scikit-image", "serial": "pyserial", "magic": "python-magic",
}
_ALREADY_THERE = {"pytest", "_pytest", "pluggy", "iniconfig", "py"}  # import names in the base image
# Versions of Debian bookworm's python3-pytest and its dependencies in the base image.
_IMAGE_VERSIONS = {"pytest": "7.2.1", "pluggy": "1.0.0", "iniconfig": "1.1.1", "py": "1.11.0"}
_REQUIREMENT_FILES = ("requirements.txt", "requirements-dev.txt", "requirements-test.txt",
                      "requirements_dev.txt", "requirements_test.txt", "dev-requirements.txt",
                      "test-requirements.txt")
_TEST_EXTRAS = ("test", "tests", "testing", "dev")
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_SKIPPED_DIRS = {".git", ".venv", "venv", "env", "node_modules", "__pycache__", "build", "dist", ".tox"}


class Requirements:
    """What the project needs beyond the standard library and pytest."""

    def __init__(self, declared: list[str], imported: list[str]) -> None:
        self.declared = declared
        """As the project declares them (versions as written); all must install."""
        self.imported = imported
        """Distributions of modules its code imports but does not declare; installed if they can be."""

    def __bool__(self) -> bool:
        return bool(self.declared or self.imported)

    def all(self) -> list[str]:
        return [*self.declared, *self.imported]


def project_requirements(project_dir: Path) -> Requirements:
    """The project's declared requirements, and the undeclared distributions its code imports."""
    declared = [r for r in _declared(project_dir) if not _in_image(r)]
    names = {_normalize(m.group(1)) for r in declared if (m := _NAME.match(r))}
    imported: list[str] = []
    for module in sorted(_third_party_imports(project_dir)):
        distribution = _DISTRIBUTION_OF.get(module, module)
        if _normalize(distribution) not in names and module not in _ALREADY_THERE:
            names.add(_normalize(distribution))
            imported.append(distribution)
    return Requirements(declared, imported)


def sandbox_image_for(
    client: docker.DockerClient, project_dir: Path, base_image: str | None, progress: Progress
) -> str:
    """The image to verify `project_dir` in: a named base image as it is, else the built
    sandbox image with the project's dependencies added."""
    image = ensure_image(client, base_image, progress)
    if base_image is not None:
        return image
    return ensure_project_image(client, image, SANDBOX_PYTHON, project_requirements(project_dir), progress)


def ensure_project_image(
    client: docker.DockerClient,
    base_image: str,
    python_version: str,
    requirements: Requirements,
    progress: Progress,
) -> str:
    """An image with the requirements installed on top of `base_image` (that image if none)."""
    if not requirements:
        return base_image
    recipe = "\n".join([base_image, python_version, *sorted(requirements.all())])
    tag = f"{DEPS_REPOSITORY}:{hashlib.sha256(recipe.encode()).hexdigest()[:12]}"
    try:
        client.images.get(tag)
        return tag
    except ImageNotFound:
        pass
    progress(
        f"installing the project's dependencies into a sandbox image once: {', '.join(requirements.all())}…"
    )
    work = cache_dir() / "build"
    work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=work, prefix="deps-") as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        if requirements.declared:
            failure = _install_wheels(requirements.declared, python_version, site)
            if failure:
                raise SandboxUnavailable(
                    f"the project's declared dependencies ({', '.join(requirements.declared)}) could not be "
                    f"installed for the sandbox's Python {python_version}: {failure} — declare versions "
                    "that have wheels (the sandbox builds nothing and has no network), or name a ready "
                    "sandbox image that has them"
                )
        for distribution in requirements.imported:
            # Undeclared: a guarded optional import or a local module may not be on PyPI at all.
            if failure := _install_wheels([distribution], python_version, site):
                progress(f"the code imports {distribution}, which could not be installed in the sandbox: {failure}")
        context = _build_context(base_image, site)
        try:
            client.images.build(fileobj=context, custom_context=True, tag=tag, rm=True, forcerm=True)
        except DockerException as exc:
            raise SandboxUnavailable(f"Docker could not build the sandbox image with the dependencies: {exc}") from exc
    progress(f"sandbox image with the project's dependencies ready: {tag}")
    return tag


def _install_wheels(requirements: list[str], python_version: str, site: Path) -> str | None:
    """Install wheels for the sandbox's Python into `site`; the error's gist, or None."""
    major, minor = python_version.split(".")[:2]
    command = [
        sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--no-warn-script-location", "--upgrade", "--target", str(site), "--only-binary=:all:",
        "--implementation", "cp", "--python-version", f"{major}.{minor}", "--abi", f"cp{major}{minor}",
        *[arg for tag in ("manylinux2014_x86_64", "manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "any")
          for arg in ("--platform", tag)],
        *requirements,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    if done.returncode == 0:
        return None
    lines = [ln for ln in (done.stderr or done.stdout).strip().splitlines() if ln.startswith("ERROR")]
    return " ".join(lines[:2]) or f"pip exited {done.returncode}"


def _build_context(base_image: str, site: Path) -> io.BytesIO:
    dockerfile = f"FROM {base_image}\nCOPY site {DEPS_DIR}\nENV PYTHONPATH={DEPS_DIR}\n".encode()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(dockerfile)
        archive.addfile(info, io.BytesIO(dockerfile))
        archive.add(str(site), arcname="site")
    buffer.seek(0)
    return buffer


def _declared(project_dir: Path) -> list[str]:
    found: list[str] = []
    pyproject = project_dir / "pyproject.toml"
    if pyproject.is_file():
        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            project = {}
        found += [str(r) for r in project.get("dependencies", [])]
        extras = project.get("optional-dependencies", {})
        for extra in _TEST_EXTRAS:
            found += [str(r) for r in extras.get(extra, [])]
    for name in _REQUIREMENT_FILES:
        path = project_dir / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.split(" #", 1)[0].strip()
            if line and not line.startswith(("#", "-")):
                found.append(line)
    return list(dict.fromkeys(found))


def _third_party_imports(project_dir: Path) -> set[str]:
    """Top-level modules the project's code imports that are neither stdlib nor its own."""
    files = [p for p in project_dir.rglob("*.py") if not _SKIPPED_DIRS & set(p.relative_to(project_dir).parts)]
    local = {p.stem for p in files} | {p.parent.name for p in files if p.name == "__init__.py"}
    local |= {p.name for p in project_dir.iterdir() if p.is_dir()}
    if (project_dir / "src").is_dir():
        local |= {p.name for p in (project_dir / "src").iterdir() if p.is_dir()}
    imported: set[str] = set()
    for path in files[:2000]:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        except (SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
    return {m for m in imported if m not in sys.stdlib_module_names and m not in local and m != "__future__"}


def _in_image(requirement: str) -> bool:
    """Whether the base image's own packages (Debian's pytest and its helpers) satisfy it.

    `pytest>=8` is not satisfied by Debian's 7.2: it is installed, and comes first on PYTHONPATH.
    """
    try:
        parsed = Requirement(requirement)
    except InvalidRequirement:
        return False
    version = _IMAGE_VERSIONS.get(_normalize(parsed.name))
    return version is not None and parsed.specifier.contains(version, prereleases=True)


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
