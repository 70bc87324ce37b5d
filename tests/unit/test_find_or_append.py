"""The index-find-or-append recipe: records gathered in a list searched on every pass get a dict
kept beside the list.  The rewrites it makes, that they answer like the original (results,
exceptions, the arguments afterwards), and what it must leave alone."""

from __future__ import annotations

import random

import libcst as cst
import pytest

from tests.unit.recipe_outcomes import named_outcome, rewrite, same_behaviour, stdlib_functions
from wattlens.optimize import callees, purity
from wattlens.optimize.find_or_append import index_find_or_append
from wattlens.optimize.recipes import RECIPES, rewrite_with_recipes


def applied(source: str) -> str:
    new = rewrite(index_find_or_append, source)
    assert new is not None, source
    compile(new, "<rewrite>", "exec")
    assert rewrite(index_find_or_append, new) is None
    return new


TOTALS = """
def f(rows):
    items = []  # [name, amount, unit]
    for name, amount, unit in rows:
        for entry in items:
            if entry[0] == name and entry[2] == unit:
                entry[1] += amount
                break
        else:
            items.append([name, amount, unit])
    return [tuple(e) for e in items]
"""


def rows(seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    cases: list[tuple[object, ...]] = [([],), ([("a", 1, "g")],), ([("a", 1, "g"), ("a", 2, "kg"), ("a", 3, "g")],),
                                       ([(1, 1, "g"), (1.0, 2, "g"), (True, 4, "g")],),  # equal keys, as == says
                                       ([("a", 1, "g"), ("a", "x", "g")],),  # TypeError on the second
                                       # names that cannot be hashed (read from JSON), compared with ==
                                       ([(["a"], 1, "g"), ("a", 2, "g"), (["a"], 3, "g"), ("a", 4, "g")],),
                                       ([("a", 1, "g"), ("a", 2, ["g"]), ("a", 3, "g"), ("a", 4, ["g"])],)]
    for _ in range(120):
        cases.append(([(rng.choice("abcde"), rng.randrange(5), rng.choice(["g", "kg", None]))
                       for _ in range(rng.randrange(30))],))
    return cases


def test_records_searched_by_two_key_fields_get_an_index() -> None:
    new = applied(TOTALS)
    assert "    items = []  # [name, amount, unit]\n    items_index = {}" in new
    assert ("        if items_index is not None:\n            try:\n"
            "                entry = items_index.get((name, unit))\n") in new
    assert ("        if entry is not None:\n"
            "            entry[1] += amount\n        else:\n            items_entry = [name, amount, unit]\n"
            "            items.append(items_entry)\n            if items_index is not None:\n                try:\n"
            "                    items_index.setdefault((items_entry[0], items_entry[2]), items_entry)\n") in new
    same_behaviour(TOTALS, new, rows(1))


def test_an_annotated_list_and_a_field_changed_by_a_method() -> None:
    original = """
    def f(entries):
        classes: list[list] = []  # [key, members]
        for key, member in entries:
            for group in classes:
                if group[0] == key:
                    group[1].append(member)
                    break
            else:
                classes.append([key, [member]])
        return classes
    """
    new = applied(original)
    assert "    classes: list[list] = []  # [key, members]\n    classes_index = {}" in new
    rng = random.Random(3)
    cases: list[tuple[object, ...]] = [([],), ([("a", 1), ("a", 2), (1, 3), (1.0, 4), (True, 5)],)]
    cases += [([(rng.choice(["x", "y", "z", 0]), n) for n in range(rng.randrange(25))],) for _ in range(60)]
    same_behaviour(original, new, cases)


def test_one_key_field_a_dict_record_and_more_in_the_else() -> None:
    original = """
    def f(events, log):
        seen = []
        for kind, who in events:
            if not kind:
                continue
            for record in seen:
                if "%s" == record["kind"]:
                    record["count"] += 1
                    record["last"] = who
                    break
            else:
                log.append(kind)
                seen.append({"kind": kind, "count": 1, "last": who})
        return seen, log
    """.replace('"%s"', "kind")
    new = applied(original)
    assert "record = seen_index.get(kind)" in new and "log.append(kind)\n" in new
    rng = random.Random(2)
    cases: list[tuple[object, ...]] = [([], []), ([("", 1)], []), ([("a", 1), ("a", 2), ("b", 3)], ["x"])]
    cases += [([(rng.choice(["a", "b", "", "c"]), n) for n in range(rng.randrange(20))], []) for _ in range(60)]
    same_behaviour(original, new, cases)


@pytest.mark.parametrize(
    "change",
    [
        "entry[0] = name.upper()",  # a key field changed
        "items.remove(entry)",  # the list changed another way
        "keep(entry)",  # the record handed on
        "last = entry",  # the record kept
        "continue",  # the search's own continue
    ],
)
def test_searches_the_index_would_not_answer_the_same_are_left_alone(change: str) -> None:
    source = TOTALS.replace("                entry[1] += amount\n",
                            f"                entry[1] += amount\n                {change}\n")
    assert rewrite(index_find_or_append, source) is None


@pytest.mark.parametrize(
    "source",
    [
        # the record is read after the search
        TOTALS.replace("    return [tuple(e) for e in items]", "    return items, entry"),
        TOTALS.replace("items.append([name, amount, unit])", "items.append([name, amount, unit, entry])"),
        # the list is used inside the loop in another way
        TOTALS.replace("        for entry in items:", "        print(len(items))\n        for entry in items:"),
        # the list is a parameter, or not bound to []
        TOTALS.replace("def f(rows):\n    items = []  # [name, amount, unit]", "def f(rows, items):"),
        TOTALS.replace("items = []  #", "items = [['z', 0, 'g']]  #"),
        # a record that is not a display (could be None, or lack the field)
        TOTALS.replace("items.append([name, amount, unit])", "items.append(make(name, amount, unit))"),
        TOTALS.replace("items.append([name, amount, unit])", "items.append([name, amount])"),
        # a test that does not start with equalities of key fields with names or constants, or goes on
        # with what may change things or reads the record other than by its fields
        TOTALS.replace("entry[0] == name and entry[2] == unit", "entry[0] == name.lower()"),
        TOTALS.replace("entry[0] == name and entry[2] == unit", "entry[1] > 0 and entry[0] == name"),
        TOTALS.replace("entry[0] == name and entry[2] == unit", "entry[0] == name and entry[1] > pick()"),
        TOTALS.replace("entry[0] == name and entry[2] == unit", "entry[0] == name and (n := entry[1])"),
        TOTALS.replace("entry[0] == name and entry[2] == unit", "entry[0] == name and len(entry) > 2"),
        # no break: every matching record is updated
        TOTALS.replace("                break\n", ""),
        # not inside another loop: it runs once
        "def f(name, amount):\n    items = []\n    for entry in items:\n        if entry[0] == name:\n"
        "            break\n    else:\n        items.append([name, amount])\n    return items\n",
    ],
)
def test_left_alone(source: str) -> None:
    assert rewrite(index_find_or_append, source) is None


def test_records_with_a_further_condition_are_searched_among_those_with_the_key_fields() -> None:
    """Only the records filed under the wanted key fields are walked, in the list's order, and the whole
    test is asked of each as before."""
    source = TOTALS.replace("entry[0] == name and entry[2] == unit", "entry[0] == name and entry[2] == unit "
                            "and entry[1] < 6")
    new = applied(source)
    assert "            items_key = (name, unit)\n" in new
    assert ("            items_alike = items_index.get(items_key, ()) if set(map(type, items_key)) <= "
            "{str, int, float, bool} else items\n") in new
    assert "        for entry in items_alike:\n            if entry[0] == name and entry[2] == unit and" in new
    assert "                items_index.setdefault(items_key, []).append(items_entry)\n" in new
    cases = [*rows(4), ([("n", 1, float("nan")), ("n", 2, float("nan"))],),
             ([(1, 1, "g"), (1.0, 2, "g"), (True, 4, "g"), (None, 1, "g"), (None, 2, "g")],)]
    same_behaviour(source, new, cases)


# holdout32/bat_passes's shape: calls join the open pass of their detector, night and species that they
# follow closely enough, or start a new one (a record of the project's own dataclass).
PASSES = """
from dataclasses import dataclass

@dataclass
class Pass:
    detector: str
    night: str
    start: float
    end: float
    calls: int = 1

def f(calls, gap):
    passes = []
    for call in sorted(calls, key=lambda call: call.seconds):
        for open_pass in passes:
            if open_pass.detector == call.detector and open_pass.night == call.night and \\
                    call.seconds - open_pass.end <= gap:
                open_pass.end = call.seconds
                open_pass.calls += 1
                break
        else:
            passes.append(Pass(call.detector, call.night, call.seconds, call.seconds))
    return passes
"""

CALL = """
from dataclasses import dataclass

@dataclass
class Call:
    detector: object
    night: object
    seconds: float
"""


def rewritten_in_module(source: str) -> str | None:
    module = cst.parse_module(source)
    function = module.body[-1]
    assert isinstance(function, cst.FunctionDef)
    with purity.trusting(callees.trusted_in(module)):
        rewritten = index_find_or_append(function)
        if rewritten is None:
            return None
        again = index_find_or_append(rewritten)
        assert again is None
    return source.replace(cst.Module([]).code_for_node(function), cst.Module([]).code_for_node(rewritten))


def test_records_of_a_project_dataclass_searched_by_fields_of_the_item() -> None:
    new = rewritten_in_module(PASSES)
    assert new is not None
    assert "                passes_key = (call.detector, call.night)\n            except Exception:" in new
    assert "        for open_pass in passes_alike:\n" in new
    assert ("            passes_entry = Pass(call.detector, call.night, call.seconds, call.seconds)\n"
            "            passes.append(passes_entry)\n") in new
    assert "                    passes_key = (passes_entry.detector, passes_entry.night)\n" in new
    rng = random.Random(32)
    odd: list[object] = [None, 1, 1.0, True, ("t",), float("nan")]

    def calls(count: int, detectors: list[object]) -> list[object]:
        return [("Call", rng.choice(detectors), rng.choice(["n1", "n2"]), round(rng.uniform(0, 60), 1))
                for _ in range(count)]

    cases: list[tuple[object, ...]] = [([], 5.0), (calls(3, ["a"]), 0.0)]
    for _ in range(80):
        detectors = rng.choice([["a", "b", "c"], ["a", *rng.sample(odd, 2)], [["unhashable"], "a"]])
        cases.append((calls(rng.randrange(30), detectors), rng.choice([0.0, 2.0, 10.0])))
    cases.append(([("Call", "a", "n1", 1.0), ("Plain", "a", "n1", 2.0)], 5.0))  # no .detector: as before
    cases.append(([("Plain", "a", "n1", 2.0)], 5.0))  # nothing to compare it with: no error, as before
    prelude = (CALL + "class Plain:\n    def __init__(self, _, __, seconds):\n        self.seconds = seconds\n"
               "def f_(items, gap):\n    return f([globals()[c[0]](*c[1:]) for c in items], gap)\n")
    for case in cases:
        assert named_outcome(new, "f_", *case, prelude=prelude) == named_outcome(PASSES, "f_", *case,
                                                                                 prelude=prelude), case
    # A wanted value that cannot be read is read by the search as before: the AttributeError comes only
    # where a record of the same detector makes the test read the night.
    unread = PASSES.replace("passes.append(Pass(call.detector, call.night,", "passes.append(Pass(call.detector, 0,")
    new = rewritten_in_module(unread)
    assert new is not None
    plain = ("class Plain:\n    def __init__(self, detector, _, seconds):\n"
             "        self.detector, self.seconds = detector, seconds\n")
    prelude = CALL + plain + "def f_(items, gap):\n    return f([globals()[c[0]](*c[1:]) for c in items], gap)\n"
    for case in [([("Call", "a", 0, 1.0), ("Plain", "a", "n1", 2.0)], 5.0),
                 ([("Call", "a", 0, 1.0), ("Plain", "b", "n1", 2.0)], 5.0)]:
        assert named_outcome(new, "f_", *case, prelude=prelude) == named_outcome(unread, "f_", *case,
                                                                                 prelude=prelude), case


@pytest.mark.parametrize("change", [
    *(("                open_pass.calls += 1\n", f"                open_pass.calls += 1\n                {line}\n")
      for line in ("open_pass.night = 'x'", "close(open_pass)", "open_pass.close()")),
    ("call.seconds - open_pass.end <= gap", "call.seconds - open_pass.end <= gap(call)"),
    ("call.seconds - open_pass.end <= gap", "call.seconds - open_pass.end <= gap and keep(open_pass)"),
    ("    calls: int = 1\n", "    calls: int = 1\n\n    def __post_init__(self):\n        self.end = self.start\n"),
    ("    calls: int = 1\n", "    calls: int = 1\n\n    @property\n    def night(self):\n        return 'x'\n"),
    ("passes.append(Pass(", "passes.append(make("),
])
def test_searches_of_records_that_could_change_are_left_alone(change: tuple[str, str]) -> None:
    assert change[0] in PASSES
    assert rewritten_in_module(PASSES.replace(*change)) is None


def test_the_recipe_is_registered() -> None:
    assert any(r.name == "index-find-or-append" and r.apply is index_find_or_append for r in RECIPES)
    assert "index-find-or-append" in dict((r.name, t) for r, t in rewrite_with_recipes(TOTALS))


@pytest.mark.parametrize("module", ["textwrap", "difflib", "statistics", "email.utils"])
def test_stdlib_functions_give_none_or_code_that_compiles(module: str) -> None:
    for function in stdlib_functions(module):
        rewritten = index_find_or_append(function)
        if rewritten is not None:
            compile(cst.Module([]).code_for_node(rewritten), "<rewrite>", "exec")


LATEST = """
def f(readings, gap):
    events: list[dict] = []
    for station, species, when in readings:
        previous = None
        for event in reversed(events):
            if event["station"] == station and event["species"] == species:
                previous = event
                break
        if previous is not None and when - previous["last"] <= gap:
            previous["last"] = when
            previous["count"] += 1
        else:
            events.append({"station": station, "species": species, "last": when, "count": 1})
    return events
"""


def test_the_latest_record_with_the_key_fields_is_filed_at_every_append() -> None:
    new = applied(LATEST)
    assert "previous = events_latest.get((station, species))" in new
    assert 'events_latest[(events_entry["station"], events_entry["species"])] = events_entry' in new
    rng = random.Random(4)
    cases: list[tuple[object, ...]] = [([], 1), ([("a", "x", 0), ("a", "x", 5), ("a", "x", 6)], 2),
                                       ([(1, "x", 0), (1.0, "x", 1), (True, "x", 9)], 3),  # equal keys, as == says
                                       ([("a", "x", 0), ("a", "x", "late")], 1),  # TypeError on the second
                                       # a station that cannot be hashed (read from JSON), compared with ==
                                       ([(["a"], "x", 0), ("a", "x", 1), (["a"], "x", 2), ("a", "x", 3)], 5),
                                       ([("a", "x", 0), ("a", ["x"], 1), ("a", "x", 2), ("a", ["x"], 3)], 5)]
    for _ in range(120):
        cases.append(([(rng.choice("ab"), rng.choice("xyz"), rng.randrange(40)) for _ in range(rng.randrange(30))],
                      rng.randrange(6)))
    same_behaviour(LATEST, new, cases)
    # with a wanted value read from an attribute of the loop's item
    attributes = (LATEST.replace("for station, species, when in readings:", "for r in readings:\n        when = r.when")
                  .replace('== station and', '== r.station and').replace('== species:', '== r.species:')
                  .replace('{"station": station, "species": species,', '{"station": r.station, "species": r.species,'))
    assert "previous = events_latest.get((r.station, r.species))" in applied(attributes)


@pytest.mark.parametrize("change", [
    ('            previous["count"] += 1\n', '            previous["station"] = "moved"\n'),  # a key field changed
    ('            previous["count"] += 1\n', '            log.append(previous)\n'),  # the record handed on
    ('    return events\n', '    return events, event\n'),  # the loop's variable read after it
    ('        previous = None\n', '        previous = None\n        seen = len(events)\n'),  # no reset just before
    ('            events.append({"station": station, "species": species, "last": when, "count": 1})\n',
     '            events.append(dict(station=station, species=species, last=when, count=1))\n'),  # not a display
    ('            events.append({"station": station, "species": species, "last": when, "count": 1})\n',
     '            events.append({"station": station, "last": when, "count": 1})\n'),  # a key field missing
    ('        for event in reversed(events):\n', '        for event in events:\n'),  # the first, without `else:`
])
def test_latest_searches_left_alone(change: tuple[str, str]) -> None:
    assert change[0] in LATEST
    assert rewrite(index_find_or_append, LATEST.replace(*change).replace("def f(readings, gap):",
                                                                           "def f(readings, gap, log=[]):")) is None
