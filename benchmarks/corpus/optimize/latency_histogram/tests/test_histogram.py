from metrics.histogram import bucket_counts, render


def test_buckets() -> None:
    assert bucket_counts([1, 5, 10, 11, 99, 100, 250], [10, 100]) == [2, 3, 2]


def test_unsorted_edges() -> None:
    assert bucket_counts([1, 50, 500], [100, 10]) == [1, 1, 1]


def test_render() -> None:
    assert render([1, 2], [10]).split() == ["<10", "1", ">=10", "2"]
