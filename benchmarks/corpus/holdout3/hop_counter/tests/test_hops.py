from netmap.hops import adjacency, hop_counts


def test_adjacency_is_undirected() -> None:
    assert adjacency([("a", "b"), ("b", "c")]) == {"a": ["b"], "b": ["a", "c"], "c": ["b"]}


def test_chain() -> None:
    graph = adjacency([("r1", "r2"), ("r2", "r3"), ("r3", "r4")])
    assert hop_counts(graph, ["r1"]) == {"r1": 0, "r2": 1, "r3": 2, "r4": 3}


def test_nearest_uplink_wins() -> None:
    graph = adjacency([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")])
    assert hop_counts(graph, ["a", "e"]) == {"a": 0, "e": 0, "b": 1, "d": 1, "c": 2}


def test_unreachable_routers_left_out() -> None:
    graph = adjacency([("a", "b"), ("x", "y")])
    assert hop_counts(graph, ["a"]) == {"a": 0, "b": 1}


def test_max_hops() -> None:
    graph = adjacency([("r1", "r2"), ("r2", "r3"), ("r3", "r4")])
    assert hop_counts(graph, ["r1"], max_hops=2) == {"r1": 0, "r2": 1, "r3": 2}


def test_directed_graph_is_followed_as_given() -> None:
    assert hop_counts({"a": ["b"], "b": []}, ["b"]) == {"b": 0}
