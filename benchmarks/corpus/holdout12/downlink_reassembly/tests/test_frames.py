import pytest

from radiolink.frames import FrameError, Fragment, encode_frame, parse_frame, reassemble


def frames_for(message_id: int, data: bytes, size: int) -> list[bytes]:
    pieces = [data[i:i + size] for i in range(0, len(data), size)] or [b""]
    return [encode_frame(message_id, index, len(pieces), piece) for index, piece in enumerate(pieces)]


def test_round_trip_single_frame() -> None:
    frame = encode_frame(7, 0, 1, b"hello")
    assert parse_frame(frame) == Fragment(7, 0, 1, b"hello")


def test_corrupted_frame_is_none() -> None:
    frame = bytearray(encode_frame(7, 0, 1, b"hello"))
    frame[9] ^= 1
    assert parse_frame(bytes(frame)) is None


def test_truncated_frame_raises() -> None:
    with pytest.raises(FrameError):
        parse_frame(encode_frame(7, 0, 1, b"hello")[:-1])
    with pytest.raises(FrameError):
        parse_frame(b"\x00\x01")


def test_out_of_order_and_duplicates() -> None:
    frames = frames_for(3, b"abcdefghij", 3)
    shuffled = [frames[2], frames[0], frames[3], frames[0], frames[1]]
    result = reassemble(shuffled)
    assert result.messages == {3: b"abcdefghij"}
    assert result.duplicates == 1
    assert result.missing == {}


def test_missing_fragments_reported() -> None:
    frames = frames_for(1, b"x" * 50, 10)
    result = reassemble(frames[:2] + frames[4:])
    assert result.messages == {}
    assert result.missing == {1: [2, 3]}


def test_several_messages_interleaved() -> None:
    a = frames_for(2, b"first message", 4)
    b = frames_for(1, b"second", 2)
    mixed = [a[0], b[1], a[1], a[2], b[0], b[2], a[3]]
    result = reassemble(mixed)
    assert list(result.messages) == [1, 2]
    assert result.messages[2] == b"first message"
    assert result.messages[1] == b"second"


def test_corrupt_counted() -> None:
    frames = frames_for(4, b"payload", 3)
    bad = bytearray(frames[1])
    bad[-1] ^= 0x55
    result = reassemble([frames[0], bytes(bad), frames[2], frames[1]])
    assert result.corrupt == 1
    assert result.messages == {4: b"payload"}


def test_inconsistent_fragment_count() -> None:
    with pytest.raises(FrameError):
        reassemble([encode_frame(1, 0, 2, b"a"), encode_frame(1, 1, 3, b"b")])


def test_empty_capture() -> None:
    result = reassemble([])
    assert result.messages == {} and result.missing == {} and result.duplicates == 0
