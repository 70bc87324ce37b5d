import pytest

from ipblocks.aggregate import aggregate, covers, format_cidr, merged_pair, parse_cidr


def test_parse_and_format() -> None:
    assert parse_cidr("10.1.0.0/16") == (10 << 24 | 1 << 16, 16)
    assert parse_cidr("192.168.1.7") == (3232235783, 32)
    assert format_cidr(*parse_cidr("10.1.0.0/16")) == "10.1.0.0/16"


def test_parse_rejects_host_bits_and_garbage() -> None:
    for bad in ["10.1.0.1/16", "10.1.0/24", "300.1.1.1", "1.2.3.4/33", "a.b.c.d"]:
        with pytest.raises(ValueError):
            parse_cidr(bad)


def test_covers() -> None:
    assert covers(parse_cidr("10.0.0.0/8"), parse_cidr("10.2.3.0/24"))
    assert not covers(parse_cidr("10.2.3.0/24"), parse_cidr("10.0.0.0/8"))


def test_merged_pair() -> None:
    assert merged_pair(parse_cidr("10.0.0.0/25"), parse_cidr("10.0.0.128/25")) == parse_cidr("10.0.0.0/24")
    assert merged_pair(parse_cidr("10.0.0.128/25"), parse_cidr("10.0.1.0/25")) is None


def test_siblings_merge_repeatedly() -> None:
    blocks = ["10.0.0.0/26", "10.0.0.64/26", "10.0.0.128/25", "10.0.1.0/24"]
    assert aggregate(blocks) == ["10.0.0.0/23"]


def test_contained_blocks_dropped_and_sorted() -> None:
    assert aggregate(["192.168.0.0/16", "10.0.0.5", "192.168.4.0/24", "10.0.0.5/32"]) == ["10.0.0.5/32", "192.168.0.0/16"]


def test_non_adjacent_halves_do_not_merge() -> None:
    assert aggregate(["10.0.0.128/25", "10.0.1.0/25"]) == ["10.0.0.128/25", "10.0.1.0/25"]


def test_empty() -> None:
    assert aggregate([]) == []
