import pytest

from entropy.huffman import build_code, decode, encode


def test_frequent_tokens_get_short_codes() -> None:
    tokens = list("aaaaaaaabbbccd")
    code = build_code(tokens)
    assert code == {"a": "1", "b": "00", "d": "010", "c": "011"}


def test_round_trip() -> None:
    tokens = "the cat and the hat and the bat".split()
    code = build_code(tokens)
    assert decode(encode(tokens, code), code) == tokens


def test_prefix_free() -> None:
    code = build_code("abracadabra alakazam")
    words = list(code.values())
    assert not any(a != b and b.startswith(a) for a in words for b in words)


def test_edge_cases() -> None:
    assert build_code([]) == {}
    assert build_code(["x", "x"]) == {"x": "0"}


def test_decode_incomplete() -> None:
    with pytest.raises(ValueError):
        decode("1", {"a": "0", "b": "10", "c": "11"})
