"""Strict equivalence tests for box_blur (never shown to wattlens)."""

from __future__ import annotations

import random

import pytest
from imaging.blur import box_blur
from strict_support import assert_same

TARGET = "imaging/blur.py:box_blur"


def reference(pixels, radius=1):
    height = len(pixels)
    width = len(pixels[0]) if pixels else 0
    blurred = []
    for y in range(height):
        row = []
        for x in range(width):
            total = 0
            count = 0
            for yy in range(max(0, y - radius), min(height, y + radius + 1)):
                for xx in range(max(0, x - radius), min(width, x + radius + 1)):
                    total += pixels[yy][xx]
                    count += 1
            row.append(total // count)
        blurred.append(row)
    return blurred


CASES = [
    (([],), {}),
    (([], 3), {}),
    (([], -1), {}),
    (([[]],), {}),
    (([[], [], []], 2), {}),
    (([[5]],), {}),
    (([[5]], 0), {}),
    (([[5]], 10), {}),
    (([[5]], -1), {}),
    (([[1, 2], [3, 4]], -2), {}),
    (([[1, 2, 3, 4, 5, 6, 7]],), {}),
    (([[1], [2], [3], [4], [5]], 2), {}),
    (([[0, 0, 0], [0, 90, 0], [0, 0, 0]],), {}),
    (([[0, 0, 0], [0, 90, 0], [0, 0, 0]], 0), {}),
    (([[0, 0, 0], [0, 90, 0], [0, 0, 0]], 1), {}),
    (([[0, 0, 0], [0, 90, 0], [0, 0, 0]], 5), {}),
    (([[-1, -2], [-3, -5]],), {}),
    (([[-7, 0, 0], [0, 0, 0]],), {}),
    (([[255] * 4, [0] * 4, [255] * 4],), {"radius": 1}),
    (([[10**20, 1], [3, -(10**19)]],), {}),
    (([[2**63 - 1] * 3] * 3,), {}),
    (([[1, 2, 3], [4, 5, 6]], True), {}),
    (([[1, 2, 3], [4, 5, 6]], False), {}),
    (([[True, False], [True, True]],), {}),
    (([[1, 2], [3, 4]], 1.0), {}),
    (([[0] * 9 for _ in range(9)],), {"radius": 4}),
    (([[(x * 31 + y * 17) % 256 for x in range(12)] for y in range(7)],), {"radius": 2}),
    (([[(x * 31 + y * 17) % 256 for x in range(12)] for y in range(7)],), {"radius": 3}),
    (([[(x ^ y) for x in range(16)] for y in range(16)],), {"radius": 1}),
]


def _random():
    rng = random.Random(59)
    for _ in range(40):
        height, width = rng.randint(1, 9), rng.randint(1, 9)
        low = rng.choice([0, -300])
        pixels = [[rng.randint(low, 255) for _ in range(width)] for _ in range(height)]
        yield (pixels, rng.randint(0, 5)), {}


@pytest.mark.parametrize(("args", "kwargs"), CASES + list(_random()))
def test_same_as_reference(args, kwargs) -> None:
    assert_same(box_blur, reference, *args, **kwargs)


def test_result_shares_nothing_with_the_input() -> None:
    image = [[1, 2], [3, 4]]
    blurred = box_blur(image, 0)
    assert blurred == image
    assert blurred is not image and all(a is not b for a, b in zip(blurred, image))
    blurred[0][0] = 99
    assert image == [[1, 2], [3, 4]]


def test_larger_image() -> None:
    rng = random.Random(2)
    image = [[rng.randrange(256) for _ in range(50)] for _ in range(40)]
    for radius in (1, 3, 6):
        assert box_blur(image, radius) == reference(image, radius)
    image = image[:10]
    for radius in (9, 49, 100):
        assert box_blur(image, radius) == reference(image, radius)
