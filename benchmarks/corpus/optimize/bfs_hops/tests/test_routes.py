from network.routes import blast_radius, hops_from


def test_hops() -> None:
    graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": ["a"]}
    assert hops_from(graph, "a") == {"a": 0, "b": 1, "c": 1, "d": 2}


def test_unreachable_and_leaf() -> None:
    assert hops_from({"a": ["b"], "z": ["a"]}, "a") == {"a": 0, "b": 1}


def test_blast_radius() -> None:
    graph = {"a": ["b"], "b": ["c"], "c": ["d"]}
    assert blast_radius(graph, "a", 2) == ["b", "c"]
