from imaging.blur import box_blur, thumbnail


def test_flat_image_is_unchanged() -> None:
    assert box_blur([[7, 7, 7], [7, 7, 7]]) == [[7, 7, 7], [7, 7, 7]]


def test_single_bright_pixel() -> None:
    image = [[0, 0, 0], [0, 90, 0], [0, 0, 0]]
    assert box_blur(image) == [[22, 15, 22], [15, 10, 15], [22, 15, 22]]


def test_radius_zero_copies() -> None:
    image = [[1, 2], [3, 4]]
    blurred = box_blur(image, 0)
    assert blurred == image and blurred is not image


def test_empty_image() -> None:
    assert box_blur([]) == []


def test_thumbnail() -> None:
    image = [[x * 10 for x in range(4)] for _ in range(4)]
    assert thumbnail(image, 2) == [[5, 20], [5, 20]]
