import pytest

from midiwrite.smf import encode_file, encode_track, encode_vlq


@pytest.mark.parametrize("value,encoded", [
    (0, b"\x00"), (0x40, b"\x40"), (0x7F, b"\x7f"), (0x80, b"\x81\x00"),
    (0x2000, b"\xc0\x00"), (0x3FFF, b"\xff\x7f"), (0x0FFFFFFF, b"\xff\xff\xff\x7f"),
])
def test_vlq(value: int, encoded: bytes) -> None:
    assert encode_vlq(value) == encoded


def test_vlq_range() -> None:
    with pytest.raises(ValueError):
        encode_vlq(-1)
    with pytest.raises(ValueError):
        encode_vlq(0x10000000)


def test_empty_track() -> None:
    assert encode_track([]) == b"MTrk\x00\x00\x00\x04\x00\xff\x2f\x00"


def test_single_note_uses_running_status() -> None:
    track = encode_track([(0, "on", 0, 60, 100), (480, "on", 0, 60, 0)])
    assert track == b"MTrk\x00\x00\x00\x0c" + b"\x00\x90\x3c\x64" + b"\x83\x60\x3c\x00" + b"\x00\xff\x2f\x00"


def test_note_off_status() -> None:
    track = encode_track([(0, "on", 2, 60, 100), (240, "off", 2, 60, 64)])
    assert track[8:] == b"\x00\x92\x3c\x64" + b"\x81\x70\x82\x3c\x40" + b"\x00\xff\x2f\x00"


def test_events_sorted_with_offs_first() -> None:
    unsorted = [(480, "on", 0, 64, 90), (0, "on", 0, 60, 90), (480, "off", 0, 60, 0)]
    track = encode_track(unsorted)
    assert track[8:] == b"\x00\x90\x3c\x5a" + b"\x83\x60\x80\x3c\x00" + b"\x00\x90\x40\x5a" + b"\x00\xff\x2f\x00"


@pytest.mark.parametrize("event", [(0, "sustain", 0, 60, 100), (0, "on", 16, 60, 100), (0, "on", 0, 128, 100),
                                   (0, "on", 0, 60, -1)])
def test_invalid_events(event: tuple) -> None:
    with pytest.raises(ValueError):
        encode_track([event])


def test_encode_file_header() -> None:
    data = encode_file([[(0, "on", 0, 60, 100)], []], 960)
    assert data[:14] == b"MThd\x00\x00\x00\x06\x00\x01\x00\x02\x03\xc0"
    assert data.count(b"MTrk") == 2
