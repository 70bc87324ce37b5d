from wavepick.orders import Order, OrderLine, order_units, order_zones
from wavepick.waves import Wave, build_waves


def order(order_id, cutoff="15:00", priority=1, *lines):
    return Order(order_id, cutoff, priority, [OrderLine(f"SKU-{n}", quantity, zone) for n, (quantity, zone) in
                                              enumerate(lines)])


def test_units_and_zones() -> None:
    sample = order("SO-1", "15:00", 1, (2, "B"), (3, "A"), (1, "B"))
    assert order_units(sample) == 6
    assert order_zones(sample) == ["A", "B"]


def test_no_orders_no_waves() -> None:
    assert build_waves([]) == []


def test_urgent_orders_seed_first_wave() -> None:
    orders = [order("late", "18:00", 3, (1, "A")), order("early", "14:00", 1, (1, "A")),
              order("express", "14:00", 3, (1, "A"))]
    waves = build_waves(orders)
    assert waves == [Wave(1, "14:00", ["express", "early", "late"], 3, ["A"])]


def test_cart_capacity_splits_waves() -> None:
    orders = [order(f"SO-{n}", "15:00", 1, (25, "A")) for n in range(3)]
    assert [wave.orders for wave in build_waves(orders, cart_units=60)] == [["SO-0", "SO-1"], ["SO-2"]]


def test_orders_must_share_a_zone() -> None:
    orders = [order("a", "15:00", 1, (1, "A")), order("b", "15:00", 1, (1, "B")), order("c", "15:00", 1, (1, "A"), (1, "B"))]
    waves = build_waves(orders)
    assert [wave.orders for wave in waves] == [["a", "c"], ["b"]]
    assert waves[0].zones == ["A", "B"]


def test_zone_limit() -> None:
    orders = [order("a", "15:00", 1, (1, "A"), (1, "B")), order("b", "15:00", 1, (1, "B"), (1, "C"), (1, "D"))]
    assert [wave.orders for wave in build_waves(orders, max_zones=3)] == [["a"], ["b"]]


def test_max_orders_per_wave() -> None:
    orders = [order(f"SO-{n}", "15:00", 1, (1, "A")) for n in range(5)]
    waves = build_waves(orders, max_orders=2)
    assert [wave.number for wave in waves] == [1, 2, 3]
    assert waves[-1].orders == ["SO-4"]
