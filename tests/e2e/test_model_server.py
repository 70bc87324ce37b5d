"""`--model-url`: rewrites written by a real OpenAI-compatible llama.cpp server.

The server is llama-cpp-python's own (`python -m llama_cpp.server`) serving the
default GGUF model on a local port, as a shared GPU box would serve a bigger one.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.generator import GenerateOptions, generate_candidates, repair_candidate
from wattlens.optimize.model import ModelError, default_model_path

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("llama_cpp.server.app", reason="llama-cpp-python[server] is not installed")
    if not default_model_path().is_file():
        pytest.skip("the default model is not fetched: run `wattlens fetch-model`")
    port = _free_port()
    log = (tmp_path_factory.mktemp("server") / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(default_model_path()), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "4096", "--verbose", "False"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/v1/models", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("llama_cpp.server did not start:\n" + Path(log.name).read_text()[-2000:])
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_the_server_writes_candidates_and_repairs(server_url: str, shop: Path) -> None:
    target = extract_target(shop, Path("shop/orders.py"), "unknown_skus")
    options = GenerateOptions(model_url=server_url, n_candidates=1, use_retrieval=False)
    log: list[str] = []
    [candidate] = generate_candidates(target, options, log.append)
    assert any(server_url in line for line in log)
    assert candidate.source == "llm"
    assert candidate.diff.startswith("diff --git a/shop/orders.py b/shop/orders.py\n")
    assert "def unknown_skus(" in candidate.new_source
    # The same seed on the same server gives the same rewrite.
    [again] = generate_candidates(target, options, lambda _: None)
    assert again.diff == candidate.diff
    # A repair round goes through the server too and never repeats the rejected rewrite.
    repaired = repair_candidate(target, candidate, ["Replay: call 1 returned ['b'] instead of ['b', 'b']."],
                                options, log.append)
    assert repaired is None or (repaired.source == "llm+repair" and repaired.diff != candidate.diff)


def test_an_unreachable_server_says_how_to_fix_it(shop: Path) -> None:
    target = extract_target(shop, Path("shop/orders.py"), "unknown_skus")
    options = GenerateOptions(model_url=f"http://127.0.0.1:{_free_port()}", use_retrieval=False)
    with pytest.raises(ModelError, match=r"Cannot reach the model server .*modelUrl"):
        generate_candidates(target, options, lambda _: None)
