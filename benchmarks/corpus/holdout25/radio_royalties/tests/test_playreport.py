import pytest

from playreport.playout import Play, normalise_isrc, parse_playout_log
from playreport.returns import UsageLine, return_rows, usage_return
from playreport.works import Recording, parse_recordings

RECORDINGS = [
    Recording("GBAYE6800011", "W-100", "Here Comes the Sun", "The Beatles"),
    Recording("GBAYE0601690", "W-100", "Here Comes the Sun (Remaster)", "The Beatles"),
    Recording("USRC17607839", "W-200", "Dancing Queen", "ABBA"),
    Recording("USRC17607839", "W-999", "Dancing Queen (duplicate row)", "ABBA"),
]


def test_parse_log_and_isrc_forms() -> None:
    plays = parse_playout_log("2024-01-05T06:00:03|gb-aye-68-00011|The Beatles|Here Comes the Sun|185\n\n")
    assert plays == [Play("2024-01-05T06:00:03", "gb-aye-68-00011", "The Beatles", "Here Comes the Sun", 185)]
    assert normalise_isrc("US RC1 76 07839") == "USRC17607839"
    with pytest.raises(ValueError):
        parse_playout_log("2024-01-05T06:00:03|X|A|T|three minutes")


def test_parse_recordings_skips_rows_without_isrc() -> None:
    text = "ISRC,Work ID,Title,Artist\nus-rc1-76-07839,W-200,Dancing Queen,ABBA\n,W-300,Unreleased,Nobody\n"
    assert parse_recordings(text) == [Recording("USRC17607839", "W-200", "Dancing Queen", "ABBA")]


def test_usage_counts_recordings_of_the_same_work_together() -> None:
    plays = [
        Play("t1", "GB-AYE-68-00011", "The Beatles", "Here Comes the Sun", 185),
        Play("t2", "GBAYE0601690", "The Beatles", "Here Comes the Sun", 186),
        Play("t3", "usrc17607839", "ABBA", "Dancing Queen", 231),
        Play("t4", "XXXX00000000", "Unknown", "Local demo", 200),
        Play("t5", "GBAYE6800011", "Station", "Jingle bed", 12),
    ]
    lines, unmatched = usage_return(plays, RECORDINGS)
    assert lines == {"W-100": UsageLine("W-100", 2, 371), "W-200": UsageLine("W-200", 1, 231)}
    assert unmatched == [plays[3]]


def test_short_plays_threshold() -> None:
    plays = [Play("t5", "GBAYE6800011", "Station", "Jingle bed", 12)]
    assert usage_return(plays, RECORDINGS, min_seconds=10)[0] == {"W-100": UsageLine("W-100", 1, 12)}
    assert usage_return(plays, RECORDINGS) == ({}, [])


def test_return_rows_round_minutes_up() -> None:
    rows = return_rows({"W-200": UsageLine("W-200", 1, 231), "W-100": UsageLine("W-100", 2, 360)})
    assert rows == ["work_id,plays,minutes", "W-100,2,6", "W-200,1,4"]
