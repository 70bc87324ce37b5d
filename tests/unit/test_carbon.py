"""Grid intensity by region: the offline CodeCarbon table, user overrides, and a live source that may fail."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from importlib import resources

import pytest

from wattlens.profiling.carbon import (
    LIVE_URL_ENV,
    WORLD_AVERAGE_G_PER_KWH,
    co2e_grams,
    country_intensities,
    grid_intensity_for,
    lookup_region,
)


def test_world_average_is_codecarbons() -> None:
    path = resources.files("wattlens.profiling").joinpath("data").joinpath("carbon_intensity_per_source.json")
    assert json.loads(path.read_text())["world_average"] == WORLD_AVERAGE_G_PER_KWH == 475


@pytest.mark.parametrize(
    ("region", "code", "intensity"),
    [("FRA", "FRA", 56.039), ("fra", "FRA", 56.039), ("France", "FRA", 56.039), ("USA", "USA", 369.473),
     ("DEU", "DEU", 380.95), ("india", "IND", 713.441)],
)
def test_per_country_table(region: str, code: str, intensity: float) -> None:
    found = lookup_region(region)
    assert found is not None and found[0] == code and found[2] == pytest.approx(intensity)
    grid, where = grid_intensity_for(region)
    assert grid == pytest.approx(intensity) and code in where and "CodeCarbon" in where


def test_table_is_complete_enough() -> None:
    table = country_intensities()
    assert len(table) > 150 and all(len(code) == 3 for code in table)


def test_defaults_and_overrides() -> None:
    assert grid_intensity_for(None)[0] == WORLD_AVERAGE_G_PER_KWH
    grid, where = grid_intensity_for("Atlantis")
    assert grid == WORLD_AVERAGE_G_PER_KWH and "unknown region" in where and "alpha-3" in where
    assert grid_intensity_for("FRA", override=123.0) == (123.0, "set by you: 123 gCO2e/kWh")
    assert grid_intensity_for("FRA", override=-1)[0] == pytest.approx(56.039)  # nonsense is ignored


class _Answer(BaseHTTPRequestHandler):
    body = b"{}"
    delay_s = 0.0

    def do_GET(self) -> None:  # http.server's name
        time.sleep(self.delay_s)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *_args: object) -> None:
        return None


@pytest.fixture
def live_server() -> Iterator[tuple[str, type[_Answer]]]:
    handler = type("Handler", (_Answer,), {})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/zone/{{region}}", handler
    server.shutdown()
    server.server_close()


def test_live_source_answers(live_server: tuple[str, type[_Answer]]) -> None:
    url, handler = live_server
    handler.body = json.dumps({"zone": "FR", "carbonIntensity": 42}).encode()
    grid, where = grid_intensity_for("FRA", live_url=url)
    assert grid == 42 and where.startswith("live: 42")


def test_slow_live_source_times_out_and_falls_back(live_server: tuple[str, type[_Answer]]) -> None:
    url, handler = live_server
    handler.delay_s = 0.5
    started = time.monotonic()
    grid, where = grid_intensity_for("FRA", live_url=url, timeout_s=0.1)
    assert time.monotonic() - started < 0.45
    assert grid == pytest.approx(56.039) and "failed" in where and "FRA" in where


def test_bad_answer_and_unreachable_source_fall_back(
    live_server: tuple[str, type[_Answer]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = live_server
    handler.body = b'{"carbonIntensity": "high"}'
    assert grid_intensity_for("DEU", live_url=url)[0] == pytest.approx(380.95)
    monkeypatch.setenv(LIVE_URL_ENV, "http://127.0.0.1:9/{region}")  # discard port: refused
    grid, where = grid_intensity_for("DEU")
    assert grid == pytest.approx(380.95) and "failed" in where
    assert grid_intensity_for("DEU", live_url="file:///etc/passwd")[0] == pytest.approx(380.95)


def test_live_timeout_is_capped_at_one_second() -> None:
    # A non-routable address would hang for the OS connect timeout; the cap keeps it at 1 s.
    started = time.monotonic()
    grid, _ = grid_intensity_for("FRA", live_url="http://10.255.255.1/{region}", timeout_s=30)
    assert time.monotonic() - started < 1.5 and grid == pytest.approx(56.039)


def test_co2e_for_a_region() -> None:
    grid, _ = grid_intensity_for("FRA")
    assert co2e_grams(3.6e6, grid) == pytest.approx(56.039)
