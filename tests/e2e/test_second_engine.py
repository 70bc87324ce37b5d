"""The user's engine, wherever DOCKER_HOST points: a second Docker engine on its own socket.

A second dockerd (own socket, data and exec roots; no bridge, no iptables, so it
cannot disturb the first) gets the sandbox image by `docker save | docker load`
(an engine with no registry cannot pull it), and a candidate is verified there.
The engine's event log shows that the sandbox container ran on it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docker
import pytest

from tests.e2e.test_sandbox import PATCHES, TARGET, TESTS, WORKLOAD
from wattlens.verify import VerifyOptions, verify_patch
from wattlens.verify.engine import connect_engine
from wattlens.verify.errors import SandboxUnavailable
from wattlens.verify.image import ensure_image

pytestmark = pytest.mark.e2e


@dataclass
class Engine:
    socket: str
    process: subprocess.Popen[bytes]


@pytest.fixture
def second_engine(tmp_path: Path) -> Iterator[Engine]:
    dockerd = shutil.which("dockerd")
    if dockerd is None or os.geteuid() != 0:
        pytest.skip("a second engine needs dockerd and root")
    root = Path("/tmp") / f"wattlens-engine-{os.getpid()}"  # short: socket paths are limited to 108 bytes
    root.mkdir(exist_ok=True)
    socket = f"unix://{root}/docker.sock"
    log = (root / "dockerd.log").open("w")
    process = subprocess.Popen(
        [dockerd, "--host", socket, "--data-root", str(root / "data"), "--exec-root", str(root / "exec"),
         "--pidfile", str(root / "docker.pid"), "--bridge", "none", "--iptables=false", "--ip-masq=false"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(120):
            try:
                docker.DockerClient(base_url=socket, timeout=30).ping()  # asks the API version: needs the socket
                break
            except docker.errors.DockerException:
                time.sleep(0.25)
        else:
            pytest.fail("the second dockerd did not start: " + (root / "dockerd.log").read_text()[-2000:])
        image = ensure_image(connect_engine())
        saved = subprocess.Popen(["docker", "save", image], stdout=subprocess.PIPE)
        subprocess.run(["docker", "-H", socket, "load", "-q"], stdin=saved.stdout, check=True, capture_output=True)
        assert saved.wait() == 0
        yield Engine(socket, process)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        subprocess.run(["umount", "-R", "-l", str(root / "data")], capture_output=True, check=False)
        shutil.rmtree(root, ignore_errors=True)


def test_verification_runs_on_the_engine_docker_host_names(
    second_engine: Engine, shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = int(time.time()) - 1
    monkeypatch.setenv("DOCKER_HOST", second_engine.socket)
    verdict = verify_patch(shop, (PATCHES / "set-lookup.diff").read_text(), WORKLOAD, TESTS, VerifyOptions(),
                           print, TARGET)
    assert verdict.accepted, verdict.reasons
    engine = docker.DockerClient(base_url=second_engine.socket)
    events = engine.events(since=started, until=int(time.time()) + 1, decode=True,
                           filters={"type": "container", "event": "create"})
    created = [e for e in events if "wattlens.sandbox" in e.get("Actor", {}).get("Attributes", {})]
    assert len(created) >= 3  # tests, replay, benchmark
    assert not engine.containers.list(all=True)  # and every one removed


def test_an_engine_that_stops_mid_run_is_said_plainly(
    second_engine: Engine, shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOCKER_HOST", second_engine.socket)
    before = {p: p.read_bytes() for p in shop.rglob("*.py")}
    outcome: dict[str, object] = {}

    def verify() -> None:
        try:  # a candidate whose tests run until stopped: the engine goes away meanwhile
            outcome["verdict"] = verify_patch(shop, (PATCHES / "loops-forever.diff").read_text(), WORKLOAD, TESTS)
        except SandboxUnavailable as err:
            outcome["error"] = str(err)

    worker = threading.Thread(target=verify)
    worker.start()
    time.sleep(4)
    second_engine.process.send_signal(signal.SIGTERM)
    worker.join(timeout=180)
    assert not worker.is_alive()
    assert "Docker stopped answering during a sandbox run" in str(outcome.get("error")), outcome
    assert {p: p.read_bytes() for p in shop.rglob("*.py")} == before
