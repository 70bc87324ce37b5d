"""Sample a running workload with py-spy and read its stacks (file:line per frame).

py-spy samples from outside the process, so the workload runs unmodified: it is
attached by pid to a workload that `run_measured` started, which keeps py-spy's
own CPU time out of the workload's figure and the workload's exit code ours.
The leaf Python frame of a sample names the line that was running, the time of
C code included (it runs on behalf of that line).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wattlens.profiling.runner import RunResult, WorkloadError, run_measured

DEFAULT_RATE_HZ = 100

_NATIVE_FILE = re.compile(r"\.so(\.\d+)*$|\.dylib$|\.pyd$")


@dataclass(frozen=True)
class Frame:
    """One frame of a sampled stack."""

    file: str
    line: int
    name: str

    @property
    def is_python(self) -> bool:
        """Whether this is a Python frame (native frames come from --native sampling)."""
        return self.line > 0 and not _NATIVE_FILE.search(self.file)


@dataclass(frozen=True)
class Sample:
    """One sampled stack, outermost frame first, with its weight in seconds."""

    stack: tuple[Frame, ...]
    weight: float

    def leaf_python(self) -> Frame | None:
        """The innermost Python frame: the line that was running."""
        return next((f for f in reversed(self.stack) if f.is_python), None)

    @property
    def in_native(self) -> bool:
        """Whether the sample stopped in native code below the leaf Python frame."""
        return bool(self.stack) and not self.stack[-1].is_python


@dataclass(frozen=True)
class PySpyRecording:
    """The samples of one run and the run's own timing."""

    samples: list[Sample]
    run: RunResult
    version: str
    rate_hz: int
    native: bool


def pyspy_executable() -> str:
    """Path of the py-spy binary: next to this interpreter (its venv) or on PATH."""
    beside = Path(sys.executable).parent / "py-spy"
    if beside.is_file():
        return str(beside)
    found = shutil.which("py-spy")
    if found:
        return found
    raise WorkloadError(
        "py-spy is not installed; install it into wattlens's environment with "
        f"`{sys.executable} -m pip install py-spy`."
    )


def pyspy_version(executable: str) -> str:
    """py-spy's version, e.g. '0.4.3', or '?'."""
    try:
        done = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return done.stdout.strip().removeprefix("py-spy ").strip() or "?"


def workload_python(argv0: str) -> str:
    """The interpreter a `python …` workload names, resolved on PATH (else wattlens's own).

    A launcher script such as a pyenv shim is resolved to the interpreter it runs,
    so that py-spy attaches to Python itself.
    """
    found = shutil.which(argv0)
    if not found:
        return sys.executable
    try:
        with open(found, "rb") as head:
            is_script = head.read(2) == b"#!"
    except OSError:
        return found
    if is_script:
        try:
            done = subprocess.run(
                [found, "-c", "import sys; print(sys.executable)"],
                capture_output=True, text=True, timeout=30, check=False,
            )  # fmt: skip
        except (OSError, subprocess.TimeoutExpired):
            return found
        resolved = done.stdout.strip()
        if done.returncode == 0 and resolved:
            return resolved
    return found


class Sampler:
    """py-spy attached to one workload process: `attach(pid)`, then `finish()` or `abort()`."""

    def __init__(
        self, cwd: Path, rate_hz: int = DEFAULT_RATE_HZ, native: bool = False, blocking: bool = False
    ) -> None:
        self.cwd, self.rate_hz, self.native = cwd, rate_hz, native
        self.blocking = blocking or native  # unwinding native frames needs a paused process
        self.executable = pyspy_executable()
        self._tmp = tempfile.TemporaryDirectory(prefix="wattlens-pyspy-")
        self._out = Path(self._tmp.name) / "profile.speedscope.json"
        self._spy: subprocess.Popen[bytes] | None = None
        self._watcher: threading.Thread | None = None
        self._errors = ""

    def attach(self, pid: int) -> None:
        """Start sampling the process `pid` and its subprocesses (in the background)."""
        self._watcher = threading.Thread(target=self._keep_trying, args=(pid,), daemon=True)
        self._watcher.start()

    def _keep_trying(self, pid: int) -> None:
        # A launcher (a shell script, a pyenv shim) may not have exec'd Python yet:
        # py-spy then finds no Python and exits, so try again while the workload lives.
        command = [
            self.executable, "record", "--pid", str(pid), "--format", "speedscope",
            "--rate", str(self.rate_hz), "--subprocesses", "--full-filenames", "-o", str(self._out),
        ]  # fmt: skip
        command += ["--native"] if self.native else []
        command += [] if self.blocking else ["--nonblocking"]
        for _attempt in range(100):
            try:
                self._spy = subprocess.Popen(
                    command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
                )
            except OSError as err:
                self._errors = f"Cannot start py-spy ({self.executable}): {err}."
                return
            _, errors = self._spy.communicate()
            self._errors = errors.decode("utf-8", "replace")
            if self._spy.returncode == 0 or self._out.is_file() or not _running(pid):
                return
            if "No python processes found" not in self._errors:
                return
            time.sleep(0.02)

    def abort(self) -> None:
        """Stop py-spy without reading anything (the workload failed or was cancelled)."""
        spy = self._spy
        if spy is not None and spy.poll() is None:
            spy.kill()
        if self._watcher is not None:
            self._watcher.join(timeout=10)
        self._tmp.cleanup()

    def finish(self) -> list[Sample]:
        """Wait for py-spy to write its profile (it stops when the workload exits) and read it."""
        try:
            if self._watcher is not None:
                self._watcher.join(timeout=60)
                spy = self._spy
                if self._watcher.is_alive() and spy is not None:
                    spy.kill()
                    self._watcher.join(timeout=10)
            if not self._out.is_file():
                raise WorkloadError(_no_profile_reason(self._errors))
            document = json.loads(self._out.read_text(encoding="utf-8"))
            return parse_speedscope(document, self.cwd)
        finally:
            self._tmp.cleanup()


def _running(pid: int) -> bool:
    """Whether `pid` is alive and not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def run_pyspy(
    argv: list[str],
    cwd: Path,
    env: dict[str, str],
    timeout_s: float,
    is_cancelled: Callable[[], bool] = lambda: False,
    *,
    rate_hz: int = DEFAULT_RATE_HZ,
    native: bool = False,
) -> PySpyRecording:
    """Run `argv` in `cwd` once and sample it (and its subprocesses) with py-spy.

    `native=False` samples without pausing the workload (no measurable overhead);
    `native=True` pauses it for each sample to unwind C frames too, which tells
    Python time from native time per line at a cost in wall time.
    """
    sampler = Sampler(cwd, rate_hz, native)
    try:
        run = run_measured(argv, cwd, env, timeout_s, is_cancelled, on_start=sampler.attach)
    except BaseException:
        sampler.abort()
        raise
    return PySpyRecording(
        samples=sampler.finish(),
        run=run,
        version=pyspy_version(sampler.executable),
        rate_hz=rate_hz,
        native=native,
    )


def _no_profile_reason(stderr: str) -> str:
    tail = "\n".join(stderr.strip().splitlines()[-4:])
    if "ermission" in stderr or "ptrace" in stderr.lower():
        return (
            "py-spy may not read the workload's memory: run wattlens as root, or allow "
            "tracing with `sudo sysctl kernel.yama.ptrace_scope=0`, or give py-spy "
            f"CAP_SYS_PTRACE (`sudo setcap cap_sys_ptrace+ep {pyspy_executable()}`).\n{tail}"
        )
    return (
        "py-spy wrote no profile (the workload may have exited before py-spy attached; "
        f"profile a workload that runs for at least a second).\n{tail}"
    )


def parse_speedscope(document: dict[str, Any], cwd: Path) -> list[Sample]:
    """Samples of every thread and process in a py-spy speedscope document.

    Relative file names are resolved against `cwd`, the workload's folder.
    """
    try:
        raw_frames = document["shared"]["frames"]
        profiles = document["profiles"]
    except (KeyError, TypeError) as err:
        raise WorkloadError("py-spy's profile has no frames or profiles; is py-spy ≥ 0.3 installed?") from err
    frames = [_frame(raw, cwd) for raw in raw_frames]
    samples: list[Sample] = []
    for profile in profiles:
        weights = profile.get("weights") or [1.0] * len(profile.get("samples", []))
        for stack, weight in zip(profile.get("samples", []), weights, strict=False):
            samples.append(Sample(tuple(frames[i] for i in stack), float(weight)))
    return samples


def _frame(raw: dict[str, Any], cwd: Path) -> Frame:
    file = str(raw.get("file") or "")
    if file and not file.startswith("<") and not Path(file).is_absolute():
        file = str(cwd / file)
    return Frame(file=file, line=int(raw.get("line") or 0), name=str(raw.get("name") or ""))
