import pytest

from mbusdecode.frames import decode_capture, encode_frame
from mbusdecode.records import manufacturer_code, parse_records, quantity

HEADER = bytes([0x78, 0x56, 0x34, 0x12]) + (0x2C2D).to_bytes(2, "little") + bytes([0x01, 0x04, 0x2A, 0x00, 0, 0])
RECORDS = bytes([0x04, 0x06]) + (12345).to_bytes(4, "little") + bytes([0x02, 0x5A]) + (655).to_bytes(2, "little")


def test_manufacturer_code() -> None:
    assert manufacturer_code(0x2C2D) == "KAM"


def test_quantity_units() -> None:
    assert quantity(0x06, 12) == ("energy_wh", 12000)
    assert quantity(0x13, 5) == ("volume_l", 5)
    assert quantity(0x5A, 655) == ("flow_temp_c", 65.5)
    assert quantity(0x6D, 1) == ("vif_6d", 1)


def test_parse_records_skips_history_and_stops_at_manufacturer_data() -> None:
    historic = bytes([0x44, 0x06]) + (999).to_bytes(4, "little")
    payload = RECORDS + historic + bytes([0x2F, 0x0F, 0x01, 0x02])
    assert parse_records(payload) == {"energy_wh": 12345000, "flow_temp_c": 65.5}


def test_truncated_record() -> None:
    assert parse_records(bytes([0x04, 0x06, 0x01])) == {}


def test_decode_capture() -> None:
    frame = encode_frame(5, 0x72, HEADER + RECORDS)
    readings, skipped, other = decode_capture(b"\x00\xe5" + frame + b"\xff")
    assert skipped == 3 and other == 0
    assert readings == [{"address": 5, "meter_id": "12345678", "manufacturer": "KAM", "version": 1, "medium": 4,
                         "access": 0x2A, "status": 0, "values": {"energy_wh": 12345000, "flow_temp_c": 65.5}}]


def test_bad_checksum_is_skipped() -> None:
    frame = bytearray(encode_frame(5, 0x72, HEADER + RECORDS))
    frame[-2] ^= 0xFF
    readings, skipped, other = decode_capture(bytes(frame))
    assert readings == [] and skipped == len(frame)


def test_other_frames_counted() -> None:
    assert decode_capture(encode_frame(1, 0x51, b"\x01\x02")) == ([], 0, 1)


def test_encode_rejects_long_frames() -> None:
    with pytest.raises(ValueError):
        encode_frame(1, 0x72, bytes(300))
