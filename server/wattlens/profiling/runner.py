"""Run a workload command once and measure its wall and CPU time."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO


class WorkloadError(Exception):
    """The workload could not be started, crashed or timed out; the message says which."""


@dataclass(frozen=True)
class RunResult:
    """Timing and output of one finished workload run."""

    elapsed_s: float
    cpu_s: float
    """User + system CPU time of the whole process tree that was waited for."""
    stdout: str
    stderr: str
    max_rss_mb: float = 0.0
    """Peak resident memory of the largest process in the tree (ru_maxrss), in MiB."""


def run_measured(
    argv: list[str],
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout_s: float = 600.0,
    is_cancelled: Callable[[], bool] = lambda: False,
    on_start: Callable[[int], None] | None = None,
) -> RunResult:
    """Run `argv` in `cwd` to completion; raise WorkloadError on failure, timeout or cancel.

    `on_start` is called with the workload's pid right after it starts, e.g. to
    attach an out-of-process sampler that must not count towards the CPU time.
    """
    started = time.perf_counter()
    try:
        process = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env if env is not None else dict(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # so a timeout can kill the whole tree
        )
    except OSError as err:
        raise WorkloadError(f"Cannot start the workload {argv[0]!r}: {err}.") from err
    # Drain the pipes on threads so that we can reap the child ourselves with wait4,
    # which gives the CPU time of this child's tree alone (RUSAGE_CHILDREN would mix in
    # other runs of the same process, e.g. concurrent requests in the language server).
    outputs: dict[str, bytes] = {}
    readers = [
        threading.Thread(target=_drain, args=(stream, name, outputs), daemon=True)
        for name, stream in (("stdout", process.stdout), ("stderr", process.stderr))
    ]
    for reader in readers:
        reader.start()
    deadline = started + timeout_s
    try:
        if on_start is not None:
            on_start(process.pid)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                process.returncode = os.waitstatus_to_exitcode(status)
                break
            if is_cancelled():
                raise WorkloadError("The workload run was cancelled.")
            if time.perf_counter() > deadline:
                raise WorkloadError(
                    f"The workload ran longer than {timeout_s:.0f} s and was stopped; "
                    "make it shorter or raise the timeout."
                )
            time.sleep(0.01)
    finally:
        if process.returncode is None:
            _kill_tree(process)
        for reader in readers:
            reader.join(timeout=5)
    elapsed = time.perf_counter() - started
    stdout = outputs.get("stdout", b"").decode("utf-8", "replace")
    stderr = outputs.get("stderr", b"").decode("utf-8", "replace")
    if process.returncode != 0:
        tail = "\n".join(stderr.strip().splitlines()[-8:])
        raise WorkloadError(
            f"The workload `{' '.join(argv)}` exited with code {process.returncode}:\n{tail}"
        )
    cpu = usage.ru_utime + usage.ru_stime
    return RunResult(
        elapsed_s=elapsed, cpu_s=cpu, stdout=stdout, stderr=stderr, max_rss_mb=usage.ru_maxrss / 1024
    )


def _drain(stream: IO[bytes] | None, name: str, into: dict[str, bytes]) -> None:
    if stream is not None:
        into[name] = stream.read()
        stream.close()


def _kill_tree(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.wait()
