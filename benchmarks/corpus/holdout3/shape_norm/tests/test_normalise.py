import math

import pytest

from outline.normalise import centroid, normalise, radius


def test_centroid() -> None:
    assert centroid([(0, 0), (2, 0), (2, 2), (0, 2)]) == (1.0, 1.0)


def test_square_is_centred_and_scaled() -> None:
    square = [(10, 10), (14, 10), (14, 14), (10, 14)]
    out = normalise(square)
    assert centroid(out) == pytest.approx((0.0, 0.0))
    assert radius(out, (0.0, 0.0)) == pytest.approx(1.0)
    h = 1 / math.sqrt(2)
    assert out[0] == pytest.approx((-h, -h))


def test_scale() -> None:
    out = normalise([(0, 0), (6, 0)], scale=100)
    assert out == [(-100.0, 0.0), (100.0, 0.0)]


def test_empty_outline() -> None:
    assert normalise([]) == []
