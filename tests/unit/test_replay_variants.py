"""The replayer's variants of recorded calls: items removed from each container on its own,
so that inputs the workload kept consistent (a key in one container is in the other) are
replayed inconsistent too."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest


def recording(*calls: tuple[tuple[object, ...], dict[str, object]]) -> dict[str, object]:
    return {"module": "types", "paths": [], "qualname": "SimpleNamespace",
            "calls": [pickle.dumps(call, protocol=4) for call in calls]}


def test_containers_inside_objects_lose_items_independently(replay: ModuleType) -> None:
    skus = [f"S{i}" for i in range(40)]
    store = SimpleNamespace(carried=set(skus), on_hand={s: 5 for s in skus})
    lines = [(n, skus[n % 40]) for n in range(80)]
    variants = [pickle.loads(v) for v in replay.derive(recording(((store, lines), {})))]
    assert 1 <= len(variants) <= 6
    # Somewhere a SKU is carried without stock, or stocked without being carried: the
    # consistency the workload's data had, and a rewrite might wrongly rely on, is gone.
    assert any(v[0][0].carried != set(v[0][0].on_hand) for v in variants)
    for (store_variant, lines_variant), kwargs in variants[:4]:  # thinned only; then two with edge values
        assert store_variant.carried <= set(skus) and set(lines_variant) <= set(lines) and kwargs == {}
        assert lines_variant == [line for line in lines if line in lines_variant]  # order kept


def test_shared_objects_stay_shared_and_cycles_end(replay: ModuleType) -> None:
    shared = list(range(30))
    cyclic: list[object] = [1, 2, 3]
    cyclic.append(cyclic)
    (args, _), *_ = [pickle.loads(v) for v in replay.derive(recording(((shared, shared, cyclic), {})))]
    assert args[0] is args[1]


def test_calls_without_containers_give_no_variants(replay: ModuleType) -> None:
    assert replay.derive(recording(((1, "a", 2.5), {"flag": True}))) == []


def test_only_the_first_calls_are_varied_and_a_big_input_at_most_halved(replay: ModuleType) -> None:
    small = [((list(range(20 + n)),), {}) for n in range(10)]
    assert len(replay.derive(recording(*small))) <= 4 * 6
    big = [pickle.loads(v)[0][0] for v in replay.derive(recording(((list(range(100_000)),), {})))]
    assert len(big) == 6 and all(len(items) < 55_000 for items in big)


def test_some_variants_hold_zeros_empty_strings_and_ties_but_settings_stay(replay: ModuleType) -> None:
    sales = {f"p{i}": 5 + i for i in range(30)}  # no zero, no tie: what a workload's sample may lack
    names = [f"name{i}" for i in range(30)]
    options = SimpleNamespace(limit=7, labels=["a", "b"])
    variants = [pickle.loads(v)[0] for v in replay.derive(recording(((sales, names, options, 10), {})))]
    units = [u for v in variants for u in v[0].values()]
    assert 0 in units and len(set(units)) < len(units)
    assert any("" in v[1] for v in variants)
    # Scalars passed directly or held as attributes are settings: never changed.
    assert all(v[3] == 10 and v[2].limit == 7 for v in variants)


def test_tuples_and_sets_passed_directly_are_data_and_get_edge_values(replay: ModuleType) -> None:
    cells = [(x, x % 7) for x in range(40)]
    rules = (2, 3)
    variants = [pickle.loads(v) for v in replay.derive(recording(*[((cells, rules, {5, 6}), {})] * 4))]
    assert any(0 in v[0][1] for v in variants)
    assert any(0 in v[0][2] for v in variants)
    assert all(type(v[0][1]) is tuple and type(v[0][2]) is set for v in variants)


def test_container_defaults_are_passed_with_edge_values_and_plain_defaults_are_not(
    replay: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "wl_rules_target.py").write_text(
        "def evolve(cells, steps, birth=(3,), survive=(2, 3), *, limit=10, tags=frozenset({1, 4})):\n"
        "    return cells\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", list(sys.path))
    calls = [pickle.dumps((([(n, n) for n in range(20 + k)], 5), {"survive": (2, 3)}), protocol=4)
             for k in range(4)]
    found = [pickle.loads(v) for v in replay.derive(
        {"module": "wl_rules_target", "paths": [str(tmp_path)], "qualname": "evolve", "calls": calls})]
    named = [kwargs for _, kwargs in found]
    assert any(0 in kwargs.get("birth", ()) for kwargs in named)  # a default, varied
    assert any(0 in kwargs.get("tags", ()) for kwargs in named)
    # A default passed is always a changed one; a plain default is never passed.
    assert all(kwargs.get("birth") != (3,) and "limit" not in kwargs for kwargs in named)
    assert all(args[1] == 5 for args, _ in found)


def test_a_target_without_a_signature_gives_no_defaults(replay: ModuleType) -> None:
    assert replay.defaulted(print.__self__, (), {}) == {}  # a module: not callable
    assert replay.defaulted(lambda a, b=[1]: a, (1,), {}) == {"b": [1]}
    assert replay.defaulted(lambda a, b=[1]: a, (1, 2), {}) == {}


def test_a_text_and_none_are_tried_where_the_hints_allow_them(
    replay: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "wl_typed_target.py").write_text(
        "from typing import Collection, Iterable, Optional\n"
        "def pick(events: list[str], names: Iterable[str], *, actions: Optional[Collection[str]] = None,\n"
        "         limit: int = 3, tags: set[str] = frozenset()):\n"
        "    return events\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", list(sys.path))
    call = pickle.dumps(((["a", "b"], ("x", "y")), {"actions": ["login", "view"], "tags": {"t"}}), protocol=4)
    found = [pickle.loads(v) for v in replay.derive(
        {"module": "wl_typed_target", "paths": [str(tmp_path)], "qualname": "pick", "calls": [call]})]
    assert ((["a", "b"], "x,y"), {"actions": ["login", "view"], "tags": {"t"}}) in found
    assert ((["a", "b"], ("x", "y")), {"actions": "login,view", "tags": {"t"}}) in found
    assert ((["a", "b"], ("x", "y")), {"actions": None, "tags": {"t"}}) in found
    # A list or a set of str is not a str: never passed one.
    assert not any(isinstance(args[0], str) or isinstance(kwargs.get("tags"), str) for args, kwargs in found)
