"""Strict equivalence tests for count_downloads (never shown to wattlens)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from strict_support import assert_same
from podstats.downloads import count_downloads

TARGET = "podstats/downloads.py:count_downloads"

APACHE_TIME = "%d/%b/%Y:%H:%M:%S %z"

BOT_MARKERS = (
    "bot",
    "crawler",
    "spider",
    "curl/",
    "wget/",
    "python-requests",
    "go-http-client",
    "feedfetcher",
    "uptime",
    "monitor",
)

OK_STATUSES = (200, 206)


def parse_timestamp(text):
    return datetime.strptime(text.strip(), APACHE_TIME)


def is_bot(user_agent):
    agent = user_agent.lower()
    if not agent.strip():
        return True
    return any(marker in agent for marker in BOT_MARKERS)


def reference(requests, min_bytes=750_000, window_hours=24):
    if window_hours <= 0:
        raise ValueError("window_hours must be positive")
    window = timedelta(hours=window_hours)
    counted = []
    downloads = {}
    daily = {}
    skipped = {"status": 0, "bot": 0, "short": 0, "duplicate": 0}
    for request in requests:
        if request["status"] not in OK_STATUSES:
            skipped["status"] += 1
            continue
        if is_bot(request["ua"]):
            skipped["bot"] += 1
            continue
        if request["bytes"] < min_bytes:
            skipped["short"] += 1
            continue
        when = parse_timestamp(request["time"])
        duplicate = False
        for episode, ip, ua, stamp in counted:
            if episode == request["episode"] and ip == request["ip"] and ua == request["ua"]:
                if when - parse_timestamp(stamp) < window:
                    duplicate = True
                    break
        if duplicate:
            skipped["duplicate"] += 1
            continue
        counted.append((request["episode"], request["ip"], request["ua"], request["time"]))
        episode = request["episode"]
        downloads[episode] = downloads.get(episode, 0) + 1
        key = (episode, when.strftime("%Y-%m-%d"))
        daily[key] = daily.get(key, 0) + 1
    return {"downloads": downloads, "daily": daily, "skipped": skipped}


APP = "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)"
DROID = "Spotify/8.9.18 Android/34 (SM-S918B)"


def q(time, ip="10.0.0.1", ua=APP, episode="ep1.mp3", status=206, sent=1_000_000):
    return {"time": time, "ip": ip, "ua": ua, "episode": episode, "status": status, "bytes": sent}


T0 = "01/Mar/2024:10:00:00 +0000"

CASES = [
    ([],),
    ((),),
    ([], 0, 1),
    ([], 750_000, 0),
    ([], 750_000, -1),
    ([q(T0)], 750_000, 0),
    ([q(T0)], 750_000, -0.5),
    ([q(T0)],),
    ([q(T0), q(T0)],),
    ([q(T0), q(T0), q(T0)],),
    ([q(T0), q("01/Mar/2024:10:00:05 +0000"), q("01/Mar/2024:11:00:00 +0000")],),
    ([q(T0), q("02/Mar/2024:09:59:59 +0000"), q("02/Mar/2024:10:00:00 +0000")],),
    ([q(T0), q("02/Mar/2024:10:00:00 +0000"), q("02/Mar/2024:10:00:01 +0000")],),
    ([q(T0), q("02/Mar/2024:10:00:00 +0000"), q("02/Mar/2024:11:00:00 +0000"), q("03/Mar/2024:09:00:00 +0000")],),
    # out of order log lines: an earlier request after a counted later one
    ([q("02/Mar/2024:10:00:00 +0000"), q(T0)],),
    ([q("05/Mar/2024:10:00:00 +0000"), q(T0), q("01/Mar/2024:12:00:00 +0000")],),
    ([q(T0), q("05/Mar/2024:10:00:00 +0000"), q("02/Mar/2024:09:00:00 +0000"), q("02/Mar/2024:11:00:00 +0000")],),
    ([q(T0), q("03/Mar/2024:10:00:00 +0000"), q("02/Mar/2024:10:00:00 +0000"), q("02/Mar/2024:10:00:01 +0000")],),
    # offsets
    ([q("01/Mar/2024:11:00:00 +0100"), q(T0)],),
    ([q("01/Mar/2024:23:30:00 -0500"), q("02/Mar/2024:04:30:00 +0000", ip="10.0.0.2")],),
    ([q("01/Mar/2024:23:30:00 -0500"), q("02/Mar/2024:23:29:59 -0500"), q("03/Mar/2024:04:30:00 +0000")],),
    ([q("01/Mar/2024:00:30:00 +0530"), q("29/Feb/2024:23:59:59 +0000", ip="x")],),
    # whitespace and bad times
    ([q(" 01/Mar/2024:10:00:00 +0000\n"), q("01/Mar/2024:10:00:00 +0000")],),
    ([q("2024-03-01T10:00:00Z")],),
    ([q(T0), q("garbage")],),
    ([q("garbage", status=404)],),
    ([q("garbage", sent=1)],),
    ([q("garbage", ua="curl/8")],),
    ([q("")],),
    ([q(T0), q(None)],),
    ([q(None, status=500)],),
    # filters
    ([q(T0, status=200), q(T0, status=304), q(T0, status=404), q(T0, status="206"), q(T0, status=206.0)],),
    ([q(T0, status=None)],),
    ([q(T0, ua="Googlebot/2.1"), q(T0, ua="CURL/8.0"), q(T0, ua=""), q(T0, ua="  \t"), q(T0, ua="Robot Framework")],),
    ([q(T0, ua=None)],),
    ([q(T0, ua=DROID), q(T0, ua=DROID.upper()), q(T0, ua=DROID + " ")],),
    ([q(T0, ua="Ünïcödé Plåyer/1.0"), q(T0, ua="Ünïcödé Plåyer/1.0"), q(T0, ua="ÜNÏCÖDÉ PLÅYER/1.0")],),
    ([q(T0, ua="İstanbul Player")],),
    ([q(T0, sent=0), q(T0, sent=749_999), q(T0, sent=750_000), q(T0, sent=750_000.5)],),
    ([q(T0, sent=None)],),
    ([q(T0, sent="1000000")],),
    ([q(T0, sent=-5)], -10),
    ([q(T0, sent=5)], 0),
    ([q(T0, sent=5), q(T0, sent=1)], 5),
    ([q(T0, sent=5)], 5.5),
    # keys
    ([q(T0, ip="10.0.0.1"), q(T0, ip="10.0.0.1 "), q(T0, ip="10.0.0.01")],),
    ([q(T0, episode=None), q(T0, episode=None), q(T0, episode="None")],),
    ([q(T0, episode=1), q(T0, episode=1.0), q(T0, episode=True)],),
    ([q(T0, ip=None), q(T0, ip=None)],),
    ([q(T0, episode="épisode-été.mp3"), q("01/Mar/2024:12:00:00 +0000", episode="épisode-été.mp3")],),
    ([q(T0, episode="a"), q(T0, episode="b"), q(T0, episode="a", ip="2"), q("02/Mar/2024:10:00:00 +0000", episode="b")],),
    ([{"time": T0, "ip": "1", "ua": APP, "status": 206, "bytes": 10**7}],),
    ([{"time": T0, "ua": APP, "episode": "e", "status": 206, "bytes": 10**7}],),
    ([{"time": T0, "ip": "1", "episode": "e", "status": 206, "bytes": 10**7}],),
    ([{"ip": "1", "ua": APP, "episode": "e", "status": 206, "bytes": 10**7}],),
    ([{"status": 404}],),
    ([{"status": 206, "ua": "bot"}],),
    # windows
    ([q(T0), q("01/Mar/2024:10:59:59 +0000"), q("01/Mar/2024:11:00:00 +0000")], 750_000, 1),
    ([q(T0), q("01/Mar/2024:10:30:00 +0000"), q("01/Mar/2024:10:29:59 +0000")], 750_000, 0.5),
    ([q(T0), q("01/Mar/2024:10:00:01 +0000")], 750_000, 1 / 3600),
    ([q(T0), q("01/Mar/2024:10:00:01 +0000")], 750_000, 0.0001),
    ([q(T0), q("08/Mar/2024:10:00:00 +0000"), q("07/Mar/2024:10:00:00 +0000")], 750_000, 168),
    ([q(T0), q(T0)], 750_000, True),
    ([q(T0)], 750_000, "24"),
    ([q(T0)], 750_000, None),
    ([q(T0, sent=1)], None),
    ([q(T0)], None),
    ([q("31/Dec/2023:23:59:59 +0000"), q("01/Jan/2024:00:00:00 +0000", ip="2"), q("01/Jan/2024:23:59:59 +0000")],),
    ([q("29/Feb/2024:12:00:00 +0000"), q("01/Mar/2024:11:59:59 +0000"), q("01/Mar/2024:12:00:00 +0000")],),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(count_downloads, reference, *case)


def test_keyword_arguments() -> None:
    requests = [q(T0), q("01/Mar/2024:12:00:00 +0000"), q("01/Mar/2024:12:00:00 +0000", sent=10)]
    assert_same(count_downloads, reference, requests, window_hours=1, min_bytes=5)
    assert_same(count_downloads, reference, requests=requests, min_bytes=2_000_000)


def test_generator_input() -> None:
    requests = [q(T0), q("01/Mar/2024:12:00:00 +0000", ip="2"), q(T0)]
    assert count_downloads(iter(requests)) == reference(iter(requests))


def _stamp(moment):
    return moment.strftime("%d/%b/%Y:%H:%M:%S %z")


def _random_cases():
    rng = random.Random(1701)
    uas = [APP, DROID, "Googlebot/2.1", "curl/8.4.0", "Overcast/3.0", "", "AntennaPod/3.3.2"]
    for index in range(140):
        base = datetime(2024, 3, 1, tzinfo=timezone.utc)
        ips = [f"10.0.{rng.randint(0, 3)}.{rng.randint(0, 3)}" for _ in range(rng.randint(1, 4))]
        episodes = [f"ep{n}.mp3" for n in range(rng.randint(1, 3))]
        requests = []
        moment = base
        for _ in range(rng.randint(0, 45)):
            step = rng.choice([0, 1, 30, 600, 3600, 6 * 3600, 23 * 3600 + 59 * 60 + 59, 86400, 86401, 2 * 86400])
            moment += timedelta(seconds=step) if rng.random() < 0.85 else -timedelta(seconds=step)
            zone = timezone(timedelta(hours=rng.choice([0, 0, 0, 1, -5, 5.5])))
            stamp = _stamp(moment.astimezone(zone))
            if rng.random() < 0.05:
                stamp = " " + stamp + "\n"
            requests.append({
                "time": stamp,
                "ip": rng.choice(ips),
                "ua": rng.choice(uas),
                "episode": rng.choice(episodes),
                "status": rng.choice([200, 206, 206, 206, 304, 404]),
                "bytes": rng.choice([0, 1024, 749_999, 750_000, rng.randint(100_000, 5_000_000)]),
            })
        extra = []
        if index % 3 == 0:
            extra.append(rng.choice([0, 500_000, 750_000, 2_000_000]))
            if index % 2 == 0:
                extra.append(rng.choice([1, 6, 24, 24.5, 48, 0.25]))
        yield (requests, *extra)


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(count_downloads, reference, *case)


def test_large_log() -> None:
    rng = random.Random(77)
    base = datetime(2024, 3, 4, tzinfo=timezone.utc)
    requests = []
    for _ in range(2500):
        moment = base + timedelta(seconds=rng.randint(0, 5 * 86400))
        requests.append({
            "time": _stamp(moment), "ip": f"192.0.2.{rng.randint(0, 60)}",
            "ua": rng.choice([APP, DROID, "Overcast/3.0", "bingbot/2.0"]),
            "episode": f"ep{rng.randint(0, 9)}.mp3", "status": rng.choice([200, 206, 206, 404]),
            "bytes": rng.choice([10, rng.randint(700_000, 9_000_000)]),
        })
    requests.sort(key=lambda request: request["ip"])
    assert_same(count_downloads, reference, requests)
