"""The latest profile of each project, and the one profiling job allowed per project."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

from wattlens.models import Profile


def content_hash(text: str) -> str:
    """Hash of a file's text, to tell whether a profile is stale for it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, eq=False)  # compared by identity: views of it are cached per instance
class ProfiledProject:
    """A profile together with the content of the files it covers when it was taken."""

    profile: Profile
    hashes: dict[str, str]
    texts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Lines of each profiled file, to move hints along when the file is edited."""
    workload_note: str | None = None
    """Set when the workload was discovered rather than configured: what ran and why."""

    def is_stale(self, path: Path, text: str) -> bool:
        """Whether `text` differs from the file's content when it was profiled."""
        known = self.hashes.get(str(path.resolve()))
        return known is not None and known != content_hash(text)


def snapshot(profile: Profile, workload_note: str | None = None) -> ProfiledProject:
    """The profile with the current text of every file it covers (reads files: call off the event loop)."""
    files = {f.file for f in profile.functions} | {ln.file for ln in profile.lines}
    hashes: dict[str, str] = {}
    texts: dict[str, tuple[str, ...]] = {}
    for file in files:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        hashes[file] = content_hash(text)
        texts[file] = tuple(text.splitlines())
    return ProfiledProject(profile, hashes, texts, workload_note)


@dataclass
class ProfileJob:
    """A running profile; a newer save cancels it."""

    cancelled: threading.Event = field(default_factory=threading.Event)


class ProfileCache:
    """Thread-safe map from project root to its latest profile and running job."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._profiles: dict[Path, ProfiledProject] = {}
        self._jobs: dict[Path, ProfileJob] = {}

    def get(self, root: Path) -> ProfiledProject | None:
        """The latest finished profile of the project, if any."""
        with self._lock:
            return self._profiles.get(root)

    def running(self, root: Path) -> bool:
        """Whether a profile of the project is under way."""
        with self._lock:
            return root in self._jobs

    def start_job(self, root: Path) -> ProfileJob:
        """Register a new job for the project, cancelling the one still running."""
        with self._lock:
            previous = self._jobs.get(root)
            if previous:
                previous.cancelled.set()
            job = self._jobs[root] = ProfileJob()
            return job

    def finish(self, root: Path, job: ProfileJob, profiled: ProfiledProject | Profile | None) -> bool:
        """Store the job's profile unless a newer job replaced it; True when stored.

        Pass a `snapshot` taken off the event loop; a bare Profile is snapshotted here.
        """
        if isinstance(profiled, Profile):
            profiled = snapshot(profiled)
        with self._lock:
            if self._jobs.get(root) is not job:
                return False
            del self._jobs[root]
            if profiled is None or job.cancelled.is_set():
                return False
            self._profiles[root] = profiled
            return True
