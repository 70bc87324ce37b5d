"""Recipe attribute-lists-shadow-sets: membership in lists held by objects' attributes, which the function
changes only by appends, removals and pops → a tally kept beside each list; and membership-shadow-set's
dict of first positions for a list also asked `.index()`."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

FACETS = '''
from dataclasses import dataclass, field


@dataclass
class Value:
    label: str
    count: int = 0
    objects: list = field(default_factory=list)


def terms(record: dict, facet: str) -> list[str]:
    return [" ".join(term.split()) for term in record.get(facet, [])]


def build(records: list[dict], facet: str, shared: Value) -> list[tuple[str, int, list]]:
    keys: list[str] = []
    values: list[Value] = []
    for record in records:
        for term in terms(record, facet):
            key = term.casefold()
            if key not in keys:
                keys.append(key)
                values.append(Value(term))
            value = values[keys.index(key)] if key != "shared" else shared
            if record["id"] not in value.objects:
                value.objects.append(record["id"])
                value.count += 1
    return [(value.label, value.count, value.objects) for value in values] + [
        (shared.label, shared.count, shared.objects)]
'''


def rewritten(tmp_path: Path, source: str, prefix: str) -> str | None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), "build")
    found = [c for c in recipe_candidates(target) if c.id.startswith(prefix)]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def outcome(source: str, call: str) -> str:
    scope: dict[str, object] = {}
    exec(source, scope)
    try:
        return repr(eval(call, scope))
    except Exception as error:  # the same exception, by type and text
        return f"raised {type(error).__name__}: {error}"


def cases(seed: int) -> list[str]:
    rng = random.Random(seed)
    found = []
    for _ in range(30):
        records = [{"id": rng.choice([1, 2, 2.0, True, "a", "A", "é", None, float("nan"), [1], ["a"], {2}]),
                    "maker": [rng.choice(["Ann", "ann", " Ann ", "Bo", "shared", "SHARED", "Zoë", ""])
                              for _ in range(rng.randrange(4))]} for _ in range(rng.randrange(25))]
        shared = rng.choice(["Value('s')", "Value('s', 0, [1, 'a'])", "Value('s', 0, 'xa')", "Value('s', 0, (1,))",
                             "Value('s', 0, [[1], frozenset({2})])"])  # ids that cannot be hashed (read from JSON)
        found.append(f"build({records!r}, 'maker', {shared})".replace("nan", "float('nan')"))
    return found


def test_lists_of_objects_attributes_are_asked_through_sets_kept_beside_them(tmp_path: Path) -> None:
    new = rewritten(tmp_path, FACETS, "recipe-attribute-lists-shadow-sets-")
    assert new is not None
    assert ("if record[\"id\"] not in (_tally_kept_beside(list_tallies, value.objects) "
            "if type(value.objects) is list else value.objects):") in new
    assert "_tally_changed(list_tallies, value.objects, record[\"id\"], 1)" in new
    original = textwrap.dedent(FACETS)
    for seed in range(4):
        for call in cases(seed):
            assert outcome(new, call) == outcome(original, call), call
    # two values sharing one list share its set
    aliased = ("(lambda v: build([{'id': 1, 'maker': ['a', 'shared']}, {'id': 1, 'maker': ['a']}], 'maker', v))"
               "(Value('s'))")
    assert outcome(new, aliased) == outcome(original, aliased)


def test_a_class_of_the_project_named_like_the_tally_is_no_obstacle(tmp_path: Path) -> None:
    # (holdout27/contributor_stats names its own record `_Tally`; the recipe's own class is `_ListTally`)
    source = FACETS.replace("Value", "_Tally")
    new = rewritten(tmp_path, source, "recipe-attribute-lists-shadow-sets-")
    assert new is not None and "class _ListTally(dict):" in new


def test_a_list_also_asked_for_positions_keeps_first_positions_beside_it(tmp_path: Path) -> None:
    new = rewritten(tmp_path, FACETS, "recipe-membership-shadow-set-")
    assert new is not None
    assert "keys_at.setdefault(key, len(keys) - 1)" in new
    assert "values[keys_position(key)]" in new
    original = textwrap.dedent(FACETS)
    for call in cases(9):
        assert outcome(new, call) == outcome(original, call), call


@pytest.mark.parametrize(("change", "why"), [
    (("                value.count += 1\n", "                value.count += len(value.objects)\n"),
     "the list is read another way"),
    (("                values.append(Value(term))\n", "                values.append(Value(term, 0, keys))\n"),
     "a list of its own handed to a record, which then holds it"),
    (("                value.count += 1\n", "                value.count += [1]\n"), "`+=` of a list"),
    (("            key = term.casefold()\n", "            key = term.casefold()\n"
      "            shared.objects.extend([key])\n"), "changed another way"),
    (("            key = term.casefold()\n", "            key = term.casefold()\n"
      "            record['maker'].clear()\n"), "something it was handed is changed"),
])
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in FACETS
    assert rewritten(tmp_path, FACETS.replace(*change), "recipe-attribute-lists-shadow-sets-") is None, why


REGISTRAR = '''
from dataclasses import dataclass, field


@dataclass
class Course:
    capacity: int
    enrolled: list = field(default_factory=list)
    waitlist: list = field(default_factory=list)


def build(courses: dict, events: list) -> list:
    log = []
    for action, student, code in events:
        course = courses[code]
        if action == "enrol":
            if student in course.enrolled or student in course.waitlist:
                log.append("again")
            elif len(course.enrolled) < course.capacity:
                course.enrolled.append(student)
            else:
                course.waitlist.append(student)
                log.append(len(course.waitlist))
        elif student in course.enrolled:
            course.enrolled.remove(student)
            if course.waitlist and not len(course.waitlist) > 99:
                promoted = course.waitlist.pop(0)
                course.enrolled.append(promoted)
                log.append(("promoted", promoted, course.waitlist[-1] if course.waitlist else None))
        elif student in course.waitlist:
            course.waitlist.remove(student)
    return log
'''


def test_lists_changed_by_removals_and_pops_keep_their_tallies(tmp_path: Path) -> None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mod.py").write_text(textwrap.dedent(REGISTRAR))
    target = extract_target(tmp_path, Path("mod.py"), "build")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-attribute-lists-shadow-sets-")]
    assert found
    apply_patches(parse_diff(found[0].diff), tmp_path)
    new = (tmp_path / "mod.py").read_text()
    assert "_tally_changed(list_tallies, course.enrolled, promoted, 1)" in new
    assert "_tally_changed(list_tallies, course.enrolled, student, -1)" in new
    rng = random.Random(3)
    for _ in range(60):
        events = [(rng.choice(["enrol", "enrol", "drop"]), rng.choice([1, 1.0, True, "a", "b", "c", "d", 2, None]),
                   rng.choice("xy")) for _ in range(rng.randrange(80))]
        courses = "{'x': Course(2), 'y': Course(1, [1, 1], ['a'])}"
        call = f"(lambda c: (build(c, {events!r}), c))({courses})"
        assert outcome(new, call) == outcome(textwrap.dedent(REGISTRAR), call), call
    shared = "(lambda l: (lambda c: (build(c, [('enrol', 'a', 'x'), ('enrol', 'a', 'y')]), c))(" \
             "{'x': Course(5, l), 'y': Course(5, l)}))([])"
    assert outcome(new, shared) == outcome(textwrap.dedent(REGISTRAR), shared)  # one list, one tally


TALLIES = '''
from dataclasses import dataclass, field


@dataclass
class Value:
    label: str
    count: int = 0
    objects: list = field(default_factory=list)


@dataclass(frozen=True)
class Row:
    label: str
    count: int
    objects: tuple
    size: int


def build(records: list[dict], facet: str) -> list[Row]:
    by_key: dict[str, Value] = {}
    for record in records:
        for term in record.get(facet, []):
            value = by_key.get(term.casefold())
            if value is None:
                value = by_key[term.casefold()] = Value(term)
            value.count += record.get("weight", 1)
            if record["id"] not in value.objects:
                value.objects.append(record["id"])
    return [Row(value.label, value.count, tuple(value.objects), len(value.objects)) for value in by_key.values()]
'''


def test_records_made_by_the_function_hand_out_their_other_fields_and_copies(tmp_path: Path) -> None:
    """A record the function made may have its other fields read into another record, grow a number by
    `+=` of any value, and have its list copied by `tuple(...)` (holdout27/contributor_stats)."""
    new = rewritten(tmp_path, TALLIES, "recipe-attribute-lists-shadow-sets-")
    assert new is not None and "_tally_kept_beside(list_tallies, value.objects)" in new
    original = textwrap.dedent(TALLIES)
    rng = random.Random(5)
    for _ in range(120):
        records = [{"id": rng.choice([1, 2, 2.0, True, "a", None, [1]]), "maker": rng.sample(["A", "a", "b", "é"], 2),
                    **({"weight": rng.choice([2, 0.5, [1], "x"])} if rng.random() < 0.1 else {})}
                   for _ in range(rng.randrange(12))]
        call = f"build({records!r}, 'maker')"
        assert outcome(new, call) == outcome(original, call), call


@pytest.mark.parametrize(("change", "why"), [
    (("                value = by_key[term.casefold()] = Value(term)\n",
      "                value = by_key[term.casefold()] = Value(term, 0, record['maker'])\n"),
     "a list it was handed becomes a record's tallied list"),
    (("            value.count += record.get(\"weight\", 1)\n",
      "            value.count += record.get(\"weight\", 1)\n            value.label = value.objects\n"),
     "the tallied list set into another field"),
    (("tuple(value.objects)", "iter(value.objects)"), "a lazy reader keeps the list"),
])
def test_records_of_its_own_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in TALLIES
    assert rewritten(tmp_path, TALLIES.replace(*change), "recipe-attribute-lists-shadow-sets-") is None, why
