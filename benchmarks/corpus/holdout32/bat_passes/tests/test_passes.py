import pytest

from bat_passes.activity import activity_index, passes_per_night
from bat_passes.calls import Call, read_calls
from bat_passes.passes import Pass, group_passes


def call(seconds, species="PIPPIP", detector="SM4-01", night="2024-06-01"):
    return Call(detector, night, seconds, species)


def test_close_calls_make_one_pass() -> None:
    passes = group_passes([call(10.0), call(11.5), call(14.0)])
    assert passes == [Pass("SM4-01", "2024-06-01", "PIPPIP", 10.0, 14.0, 3)]
    assert passes[0].duration == 4.0


def test_gap_starts_new_pass() -> None:
    passes = group_passes([call(10.0), call(15.0), call(20.5)])
    assert [(p.start, p.end, p.calls) for p in passes] == [(10.0, 15.0, 2), (20.5, 20.5, 1)]


def test_custom_gap() -> None:
    assert len(group_passes([call(0.0), call(2.0), call(4.0)], max_gap=1.0)) == 3
    assert len(group_passes([call(0.0), call(20.0)], max_gap=30.0)) == 1


def test_species_detectors_and_nights_kept_apart() -> None:
    calls = [call(1.0), call(1.5, species="NYCNOC"), call(2.0, detector="SM4-02"), call(2.5, night="2024-06-02"),
             call(3.0)]
    passes = group_passes(calls)
    assert [(p.detector, p.night, p.species, p.calls) for p in passes] == [
        ("SM4-01", "2024-06-01", "PIPPIP", 2), ("SM4-01", "2024-06-01", "NYCNOC", 1),
        ("SM4-01", "2024-06-02", "PIPPIP", 1), ("SM4-02", "2024-06-01", "PIPPIP", 1)]


def test_unsorted_input() -> None:
    passes = group_passes([call(14.0), call(10.0), call(11.5), call(40.0)])
    assert [(p.start, p.end, p.calls) for p in passes] == [(10.0, 14.0, 3), (40.0, 40.0, 1)]


def test_empty() -> None:
    assert group_passes([]) == []


def test_read_calls_filters_noise_and_low_confidence() -> None:
    text = ("detector,night,seconds,species,confidence\n"
            "SM4-01,2024-06-01,12.5,pippip,0.9\n"
            "SM4-01,2024-06-01,13.0,NOISE,0.99\n"
            "SM4-01,2024-06-01,14.0,NYCNOC,0.3\n")
    assert read_calls(text) == [Call("SM4-01", "2024-06-01", 12.5, "PIPPIP", 0.9)]
    assert len(read_calls(text, min_confidence=0.2)) == 2


def test_activity_summaries() -> None:
    passes = group_passes([call(1.0), call(100.0), call(5.0, species="NYCNOC"), call(3.0, night="2024-06-02")])
    assert passes_per_night(passes) == {"Common pipistrelle": {"2024-06-01": 2, "2024-06-02": 1},
                                        "Noctule": {"2024-06-01": 1}}
    assert activity_index(passes, 2) == {"NYCNOC": 0.5, "PIPPIP": 1.5}
    with pytest.raises(ValueError):
        activity_index(passes, 0)
