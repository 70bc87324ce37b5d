"""Small image filters for thumbnail previews."""

from __future__ import annotations


def box_blur(pixels: list[list[int]], radius: int = 1) -> list[list[int]]:
    """Blur a grayscale image: each pixel becomes the mean, rounded down, of the
    (2 * radius + 1)-pixel square around it, clipped at the image border.

    `pixels` is a list of equally long rows; a new image is returned.
    """
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


def thumbnail(pixels: list[list[int]], factor: int) -> list[list[int]]:
    """Blur, then keep every `factor`-th pixel of every `factor`-th row."""
    return [row[::factor] for row in box_blur(pixels, factor // 2)[::factor]]
