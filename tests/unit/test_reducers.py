"""Recipe state-changed-in-place: a pure reducer copying the whole state on every pass → a copy of it that
changes in place the state it made at its last call."""

from __future__ import annotations

import copy
import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

MODULE = '''
def apply(stock, event):
    """The stock after one event; the stock handed in is left as it was."""
    updated = {key: dict(slot) for key, slot in stock.items()}
    key = event["key"]
    if key not in updated:
        raise KeyError(key)
    slot = updated[key]
    if event["kind"] == "sale":
        if slot["qty"] > 0:
            slot["qty"] -= 1
            slot["sold"] += 1
        else:
            slot["failed"] += 1
    elif event["kind"] == "load":
        if event["qty"] < 0:
            raise ValueError("negative load")
        slot["qty"] += event["qty"]
    elif event["kind"] == "new":
        updated[event["new"]] = {"qty": 0, "sold": 0, "failed": 0, "tags": []}
    elif event["kind"] == "drop":
        del updated[key]
    else:
        slot["tags"].append(event["kind"])
    return updated


def replay(stock, events):
    current = stock
    outs = []
    for event in events:
        key = event["key"]
        before = current[key]["qty"] if key in current else None
        current = apply(current, event)
        if key in current and before and current[key]["qty"] == 0:
            outs.append((key, current[key]["sold"]))
    return current, outs
'''

ALIASED = MODULE.replace(
    "        if key in current and before and current[key][\"qty\"] == 0:\n"
    "            outs.append((key, current[key][\"sold\"]))\n",
    "        if key not in current:\n            continue\n"
    "        after = current[key]\n"
    "        if before and after[\"qty\"] == 0:\n"
    "            outs.append((key, after[\"sold\"], len(current)))\n")


def rewritten(tmp_path: Path, source: str, qualname: str = "replay") -> str | None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), qualname)
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-state-changed-in-place-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def outcome(source: str, stock: dict[str, dict[str, object]], events: list[dict[str, object]]) -> object:
    """What `replay` answers (or raises), and the stock it was handed afterwards."""
    scope: dict[str, object] = {}
    exec(source, scope)
    handed = copy.deepcopy(stock)
    try:
        answer: object = scope["replay"](handed, events)  # type: ignore[operator]
    except Exception as error:
        answer = f"raised {type(error).__name__}: {error}"
    return repr(answer), repr(handed)


def random_case(rng: random.Random) -> tuple[dict[str, dict[str, object]], list[dict[str, object]]]:
    keys = [f"k{i}" for i in range(rng.randint(0, 4))]
    stock = {key: {"qty": rng.randint(0, 3), "sold": 0, "failed": 0, "tags": []} for key in keys}
    kinds = ["sale"] * 6 + ["load", "new", "drop", "tag"] + (["bad-load"] if rng.random() < 0.1 else [])
    events: list[dict[str, object]] = []
    for number in range(rng.randint(0, 25)):
        kind = rng.choice(kinds)
        key = rng.choice([*keys, "zz"]) if rng.random() < 0.05 or not keys else rng.choice(keys)
        if kind == "bad-load":
            events.append({"key": key, "kind": "load", "qty": -1})
        elif kind == "new":
            keys.append(f"n{number}")
            events.append({"key": key, "kind": "new", "new": keys[-1]})
        else:
            events.append({"key": key, "kind": kind, "qty": rng.randint(0, 2)})
    return stock, events


@pytest.mark.parametrize("source", [MODULE, ALIASED], ids=["read-to-depth", "aliased-after-the-call"])
def test_a_reducer_copying_every_slot_changes_its_own_state_in_place(tmp_path: Path, source: str) -> None:
    new = rewritten(tmp_path, source)
    assert new is not None
    assert "updated = stock if stock is made[0] else {key: dict(slot) for key, slot in stock.items()}" in new
    assert "current = _apply_in_place(current, event, made=current_made)" in new
    original = textwrap.dedent(source)
    rng = random.Random(7)
    for _ in range(300):
        stock, events = random_case(rng)
        assert outcome(new, stock, events) == outcome(original, stock, events)
    # the morning stock is never changed, even when no event comes
    assert outcome(new, {"a": {"qty": 1, "sold": 0, "failed": 0, "tags": []}}, []) == \
        outcome(original, {"a": {"qty": 1, "sold": 0, "failed": 0, "tags": []}}, [])


SHALLOW = '''
def tally(counts, word):
    updated = dict(counts)
    updated[word] = updated.get(word, 0) + 1
    return updated


def count(words):
    counts = {}
    for word in words:
        counts = tally(counts, word)
    return counts
'''


def test_a_shallow_copy_is_changed_in_place_too(tmp_path: Path) -> None:
    new = rewritten(tmp_path, SHALLOW, "count")
    assert new is not None and "updated = counts if counts is made[0] else dict(counts)" in new
    scope: dict[str, object] = {}
    exec(new, scope)
    assert scope["count"](["a", "b", "a"]) == {"a": 2, "b": 1}  # type: ignore[operator]


GUARDED = SHALLOW.replace("    updated = dict(counts)\n",
                         "    if not word:\n        raise ValueError('empty word')\n    updated = dict(counts)\n")


def test_checks_before_the_copy_stay_before_it(tmp_path: Path) -> None:
    new = rewritten(tmp_path, GUARDED, "count")
    assert new is not None and "raise ValueError('empty word')\n    updated = counts if counts is made[0]" in new
    original = textwrap.dedent(GUARDED)
    for words in (["a", "b", "a"], [], ["a", "", "b"], ["", "a"]):
        results = []
        for source in (new, original):
            scope: dict[str, object] = {}
            exec(source, scope)
            try:
                results.append(repr(scope["count"](words)))  # type: ignore[operator]
            except ValueError as error:
                results.append(repr(error))
        assert results[0] == results[1]


@pytest.mark.parametrize(("check", "why"), [
    ("    if not counts:\n        raise ValueError('no counts')\n", "the check reads the state"),
    ("    if not word:\n        return counts\n", "the check may hand back the state"),
])
def test_checks_before_the_copy_that_touch_the_state_are_left_alone(tmp_path: Path, check: str, why: str) -> None:
    source = SHALLOW.replace("    updated = dict(counts)\n", check + "    updated = dict(counts)\n")
    assert rewritten(tmp_path, source, "count") is None, why


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        ("            outs.append((key, current[key][\"sold\"]))\n",
         "            outs.append((key, current))\n", "the state is kept past the next call"),
        ("            outs.append((key, current[key][\"sold\"]))\n", "            outs.append((key, current[key]))\n",
         "a slot the reducer made is kept past the next call"),
        ("        current = apply(current, event)\n",
         "        try:\n            current = apply(current, event)\n        except ValueError:\n            pass\n",
         "a reducer raising halfway would leave a half-changed state in use"),
        ("        updated[event[\"new\"]] = {\"qty\": 0, \"sold\": 0, \"failed\": 0, \"tags\": []}\n",
         "        updated[event[\"new\"]] = event[\"slot\"]\n", "the state would hold a slot it was handed"),
        ("    return updated\n", "    return updated if updated else stock\n", "it may hand back what it was handed"),
        ("    slot = updated[key]\n", "    slot = updated[key]\n    stock.get(key)\n",
         "it reads its argument after copying it"),
        ("        before = current[key][\"qty\"] if key in current else None\n",
         "        before = [slot for slot in current.values()]\n", "slots read whole before the call"),
        ("    return current, outs\n", "    return current, outs, (lambda: current)\n", "a closure reaches the state"),
    ],
)
def test_left_alone(tmp_path: Path, old: str, new: str, why: str) -> None:
    assert old in MODULE
    assert rewritten(tmp_path, MODULE.replace(old, new)) is None, why


def test_a_slot_read_whole_after_the_call_but_kept_past_it_is_left_alone(tmp_path: Path) -> None:
    source = ALIASED.replace("            outs.append((key, after[\"sold\"], len(current)))\n",
                             "            outs.append((key, after[\"sold\"], len(current)))\n        last = after\n")
    assert "last = after" in source
    assert rewritten(tmp_path, source) is None


def test_a_state_kept_between_the_passes_of_an_outer_loop_is_left_alone(tmp_path: Path) -> None:
    source = MODULE.replace("    for event in events:\n", "    days = []\n    for day in [events]:\n"
                            "      for event in day:\n").replace("    return current, outs\n",
                                                               "      days.append(current)\n    return days, outs\n")
    source = source.replace("\n        ", "\n          ")  # the inner loop's body, one level deeper
    assert rewritten(tmp_path, source) is None
