import pytest

from hexload.image import FirmwareImage, crc32
from hexload.reader import load_image
from hexload.writer import dump_image

SAMPLE = """:10010000214601360121470136007EFE09D2190140
:100110002146017E17C20001FF5F16002148011928
:00000001FF
"""


def test_classic_example() -> None:
    image = load_image(SAMPLE)
    assert image.base_address == 0x0100
    assert image.data[:4] == bytes.fromhex("21460136")
    assert len(image.data) == 32 and image.end_address == 0x0120


def test_gaps_and_overlaps() -> None:
    text = ":020000040100F9\n:02000400AABB95\n:020000001122CB\n:010001009965\n:00000001FF\n"
    image = load_image(text, fill=0x00)
    assert image == FirmwareImage(0x01000000, bytes([0x11, 0x99, 0x00, 0x00, 0xAA, 0xBB]), None)


def test_round_trip_with_start_address() -> None:
    image = FirmwareImage(0x0800FFF0, bytes(range(256)) * 3, 0x08000101)
    text = dump_image(image, record_size=32)
    assert load_image(text) == image
    assert crc32(load_image(text)) == crc32(image)


def test_errors() -> None:
    with pytest.raises(ValueError):
        load_image(":10010000214601360121470136007EFE09D2190141\n:00000001FF\n")
    with pytest.raises(ValueError):
        load_image("10010000214601360121470136007EFE09D2190140\n")
    with pytest.raises(ValueError):
        load_image(":10010000214601360121470136007EFE09D2190140\n")
    assert load_image(":00000001FF") == FirmwareImage(0, b"", None)
