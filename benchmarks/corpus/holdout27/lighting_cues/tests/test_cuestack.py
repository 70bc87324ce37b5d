import pytest

from cuestack.cues import Cue, CueState
from cuestack.paperwork import busiest_cues, channel_history, dark_cues
from cuestack.tracking import cue_sheet, levels_at

CUES = [
    Cue("1", {1: 50, 2: 50, 10: 80}, "preset"),
    Cue("2", {1: 70}, "lights up"),
    Cue("2.5", {2: 50, 3: 30}),
    Cue("3", {1: None, 10: 0}, "scene change"),
    Cue("4", {1: 0, 2: 0, 3: 0}, "blackout"),
]


def test_levels_track_forward() -> None:
    assert levels_at(CUES, -1) == {}
    assert levels_at(CUES, 1) == {1: 70, 2: 50, 10: 80}
    assert levels_at(CUES, 3) == {2: 50, 10: 0, 3: 30}


def test_cue_sheet_moving_channels() -> None:
    sheet = cue_sheet(CUES)
    assert sheet[0] == CueState("1", "preset", {1: 50, 2: 50, 10: 80}, (1, 2, 10))
    assert sheet[1].moving == (1,)
    assert sheet[2].moving == (3,)
    assert sheet[3] == CueState("3", "scene change", {2: 50, 3: 30, 10: 0}, (1, 10))
    assert list(sheet[3].levels) == [2, 3, 10]


def test_out_of_range_level() -> None:
    with pytest.raises(ValueError):
        cue_sheet([Cue("1", {1: 50}), Cue("2", {1: 120})])


def test_paperwork() -> None:
    sheet = cue_sheet(CUES)
    assert channel_history(sheet, 1) == [("1", 50), ("2", 70), ("3", None), ("4", 0)]
    assert busiest_cues(sheet, 2) == [("1", 3), ("4", 3)]
    assert dark_cues(sheet) == ["4"]
    assert cue_sheet([]) == []
