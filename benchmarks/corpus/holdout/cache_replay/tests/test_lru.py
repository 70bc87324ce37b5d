from cdnsim.lru import CacheModel, CacheStats


def test_hits_and_misses() -> None:
    stats = CacheModel(2).replay(["a", "b", "a", "c", "b"])
    assert (stats.hits, stats.misses) == (1, 4)
    assert stats.evicted == ["b", "a"]


def test_recently_used_stays() -> None:
    stats = CacheModel(2).replay(["a", "b", "a", "c", "a"])
    assert stats.evicted == ["b"]
    assert stats.hits == 2


def test_no_requests() -> None:
    assert CacheModel(10).replay([]) == CacheStats()


def test_hit_ratio() -> None:
    assert CacheModel(1).replay(["x", "x", "x", "y"]).hit_ratio == 0.5
    assert CacheStats().hit_ratio == 0.0
