"""One hardened container run: copy files in, run a command, collect output, clean up.

Every run gets no network, a read-only root, a private /tmp, an unprivileged
user with no capabilities, and pid, memory and CPU limits.  The project copies
travel in a fresh volume filled with `put_archive` before the start (a
read-only container refuses `put_archive` elsewhere); nothing of the host is
bind-mounted.  Container and volume are removed however the run ends,
including on KeyboardInterrupt.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from dataclasses import dataclass

import docker
from docker.errors import DockerException
from docker.types import LogConfig

from wattlens.verify.errors import SandboxUnavailable

WORK_DIR = "/work"
_LABEL = "wattlens.sandbox"
# The label's value names the process that made the sandbox, so leftovers can be told apart
# from the sandboxes of other wattlens processes sharing the engine.
_OWNER = str(os.getpid())


@dataclass(frozen=True)
class SandboxLimits:
    """Resource limits of one sandbox container."""

    cpus: float = 1.0
    memory: str = "1g"
    pids: int = 256
    cpuset: str | None = None
    tmp_size: str = "256m"


@dataclass(frozen=True)
class SandboxRun:
    """What came out of one container run."""

    exit_code: int | None
    stdout: str
    stderr: str
    timed_out: bool
    oom_killed: bool
    duration_s: float


def run_in_sandbox(
    client: docker.DockerClient,
    image: str,
    command: list[str],
    archive: bytes,
    timeout_s: float,
    limits: SandboxLimits = SandboxLimits(),
    environment: dict[str, str] | None = None,
) -> SandboxRun:
    """Run `command` in a fresh hardened container whose WORK_DIR holds `archive`'s files.

    A run still going after `timeout_s` is killed and reported as `timed_out`.
    """
    name = f"wattlens-{uuid.uuid4().hex[:12]}"
    volume = None
    container = None
    try:
        volume = client.volumes.create(name=name, labels={_LABEL: _OWNER})
        container = client.containers.create(
            image,
            command,
            name=name,
            labels={_LABEL: _OWNER},
            user="1000:1000",
            working_dir=WORK_DIR,
            environment={
                "HOME": "/tmp",
                "LANG": "C.UTF-8",
                # No terminal: without a width, pytest cuts its failure lines at 80 columns.
                "COLUMNS": "200",
                **(environment or {}),
            },
            network_mode="none",
            read_only=True,
            tmpfs={"/tmp": f"rw,exec,nosuid,nodev,size={limits.tmp_size}"},
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            pids_limit=limits.pids,
            mem_limit=limits.memory,
            memswap_limit=limits.memory,  # no swap: a memory hog fails instead of crawling
            nano_cpus=int(limits.cpus * 1e9),
            cpuset_cpus=limits.cpuset,
            volumes={volume.name: {"bind": WORK_DIR, "mode": "rw"}},
            # A candidate printing forever must not fill the host's disk.
            log_config=LogConfig(type="json-file", config={"max-size": "10m", "max-file": "1"}),
            stdin_open=False,
            detach=True,
        )
        if not container.put_archive(WORK_DIR, archive):
            raise SandboxUnavailable("Docker refused to copy the project into the sandbox")
        started = time.monotonic()
        container.start()
        timed_out = False
        exit_code: int | None
        try:
            status = container.wait(timeout=timeout_s)
            exit_code = int(status.get("StatusCode", -1))
        except OSError as exc:
            # The SDK raises requests' ReadTimeout (an OSError) on timeout; anything sooner is
            # the engine going away under the run.
            if time.monotonic() - started < timeout_s - 1:
                raise _engine_lost(exc) from exc
            timed_out = True
            exit_code = None
            with contextlib.suppress(DockerException):
                container.kill()
            with contextlib.suppress(DockerException, OSError):
                container.wait(timeout=30)
        duration = time.monotonic() - started
        container.reload()
        oom_killed = bool(container.attrs.get("State", {}).get("OOMKilled", False))
        stdout = container.logs(stdout=True, stderr=False).decode("utf-8", "replace")
        stderr = container.logs(stdout=False, stderr=True).decode("utf-8", "replace")
        return SandboxRun(exit_code, stdout, stderr, timed_out, oom_killed, duration)
    except DockerException as exc:
        raise SandboxUnavailable(f"the sandbox container failed to run: {exc}") from exc
    except OSError as exc:  # requests' ConnectionError and friends: the engine stopped answering
        raise _engine_lost(exc) from exc
    finally:
        if container is not None:
            with contextlib.suppress(DockerException, OSError):
                container.remove(force=True)
        if volume is not None:
            with contextlib.suppress(DockerException, OSError):
                volume.remove(force=True)


def _engine_lost(exc: BaseException) -> SandboxUnavailable:
    return SandboxUnavailable(
        f"Docker stopped answering during a sandbox run ({type(exc).__name__}); start the engine again "
        "(scripts/ensure-docker.sh, or your DOCKER_HOST) and rerun — no project file was changed"
    )
