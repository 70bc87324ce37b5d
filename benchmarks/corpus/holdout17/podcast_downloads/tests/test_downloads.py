import pytest

from podstats.downloads import count_downloads
from podstats.logline import is_bot, parse_timestamp

APP = "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)"


def req(time, ip="10.0.0.1", ua=APP, episode="ep1.mp3", status=206, sent=1_000_000):
    return {"time": time, "ip": ip, "ua": ua, "episode": episode, "status": status, "bytes": sent}


def test_parse_timestamp_keeps_offset() -> None:
    stamp = parse_timestamp("01/Mar/2024:10:15:02 +0100")
    assert (stamp.hour, stamp.utcoffset().total_seconds()) == (10, 3600)


def test_bot_detection() -> None:
    assert is_bot("Googlebot/2.1")
    assert is_bot("curl/8.4.0")
    assert is_bot("   ")
    assert not is_bot(APP)


def test_range_requests_count_once() -> None:
    requests = [req("01/Mar/2024:10:00:00 +0000"), req("01/Mar/2024:10:00:05 +0000"),
                req("01/Mar/2024:10:02:00 +0000")]
    result = count_downloads(requests)
    assert result["downloads"] == {"ep1.mp3": 1}
    assert result["skipped"]["duplicate"] == 2


def test_new_window_after_a_day() -> None:
    requests = [req("01/Mar/2024:10:00:00 +0000"), req("02/Mar/2024:09:59:59 +0000"),
                req("02/Mar/2024:10:00:00 +0000")]
    result = count_downloads(requests)
    assert result["downloads"] == {"ep1.mp3": 2}
    assert result["daily"] == {("ep1.mp3", "2024-03-01"): 1, ("ep1.mp3", "2024-03-02"): 1}


def test_distinct_listeners_and_episodes() -> None:
    requests = [req("01/Mar/2024:10:00:00 +0000"), req("01/Mar/2024:10:00:00 +0000", ip="10.0.0.2"),
                req("01/Mar/2024:10:00:00 +0000", episode="ep2.mp3"),
                req("01/Mar/2024:10:00:00 +0000", ua="Spotify/8.9.18 Android/34")]
    assert count_downloads(requests)["downloads"] == {"ep1.mp3": 3, "ep2.mp3": 1}


def test_filters() -> None:
    requests = [req("01/Mar/2024:10:00:00 +0000", status=404), req("01/Mar/2024:10:00:00 +0000", ua="Googlebot"),
                req("01/Mar/2024:10:00:00 +0000", sent=1024)]
    result = count_downloads(requests)
    assert result["downloads"] == {}
    assert result["skipped"] == {"status": 1, "bot": 1, "short": 1, "duplicate": 0}


def test_bad_window() -> None:
    with pytest.raises(ValueError):
        count_downloads([], window_hours=0)
