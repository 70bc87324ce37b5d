from shop.orders import Order, order_total, summarize, unknown_skus


def test_unknown_skus_keeps_order_and_duplicates() -> None:
    assert unknown_skus(["b", "x", "a", "x", "y"], ["a", "b"]) == ["x", "x", "y"]


def test_unknown_skus_empty_inputs() -> None:
    assert unknown_skus([], ["a"]) == []
    assert unknown_skus(["a", "a"], []) == ["a", "a"]


def test_unknown_skus_does_not_mutate_arguments() -> None:
    orders, catalog = ["a", "z"], ["a"]
    unknown_skus(orders, catalog)
    assert orders == ["a", "z"] and catalog == ["a"]


def test_order_total() -> None:
    assert order_total([Order(1, "a", 2, 1.25), Order(2, "b", 1, 0.5)]) == 3.0


def test_summarize() -> None:
    report = summarize([Order(1, "a", 1, 1.0), Order(2, "q", 1, 2.0)], ["a"])
    assert report == {"orders": 2, "total": 3.0, "unknown": 1, "first_unknown": ["q"]}
