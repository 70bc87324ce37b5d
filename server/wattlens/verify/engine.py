"""Connecting to the Docker engine, with errors that say how to fix the problem."""

from __future__ import annotations

import os

import docker
from docker.errors import DockerException

from wattlens.verify.errors import SandboxUnavailable

_FIX = (
    "start it with `scripts/ensure-docker.sh` (installs docker.io and starts dockerd), "
    "or point DOCKER_HOST at a running engine"
)


def connect_engine(timeout_s: float = 30) -> docker.DockerClient:
    """A client for the Docker engine named by DOCKER_HOST (the local socket by default).

    Raises `SandboxUnavailable` with the fix when the engine does not answer.
    """
    where = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
    try:
        client = docker.from_env(timeout=int(timeout_s))
        client.ping()
    except DockerException as exc:
        text = str(exc)
        if "Permission denied" in text or "PermissionError" in text:
            raise SandboxUnavailable(
                f"Docker at {where} refused this user — add the user to the `docker` group "
                "(`sudo usermod -aG docker $USER`, then log in again) or run as root"
            ) from exc
        raise SandboxUnavailable(
            f"Docker is not running or not reachable at {where} — {_FIX}"
        ) from exc
    return client


connect = connect_engine
"""Short alias of `connect_engine` (what `wattlens doctor` calls)."""
