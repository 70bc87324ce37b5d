from codec.decode import count_decodings


def test_examples() -> None:
    assert count_decodings("12") == 2
    assert count_decodings("226") == 3
    assert count_decodings("06") == 0


def test_empty() -> None:
    assert count_decodings("") == 1
