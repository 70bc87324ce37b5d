"""Recipe cache-by-text: a pure helper (or pure method of the same class) called again with the same
texts → its answers kept by those texts for one call; and which callables `callees` offers for it."""

from __future__ import annotations

import random
import textwrap
from pathlib import Path
from typing import Any, cast

import libcst as cst
import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize import callees, purity
from wattlens.optimize.recipes import recipe_candidates

TRIAGE = '''
from dataclasses import dataclass


@dataclass(frozen=True)
class Ticket:
    label: str
    opened: int


class Triage:
    def __init__(self, priority: list[str]) -> None:
        self.priority = priority

    def rank(self, label: str) -> int:
        if label in self.priority:
            return self.priority.index(label)
        return len(self.priority)

    def order(self, tickets: list[Ticket]) -> list[Ticket]:
        """Most urgent first."""
        return sorted(tickets, key=lambda t: (self.rank(t.label), t.opened))
'''

CLEAN = '''
def normalise(address: str) -> str:
    local, _, domain = address.strip().partition("@")
    return local.split("+")[0].replace(".", "") + "@" + domain.lower()


def unique(addresses: list[str]) -> list[str]:
    out = []
    for address in addresses:
        email = normalise(address)
        if email not in out:
            out.append(email)
    return out
'''


def keyed(source: str, owner: str | None) -> dict[str, frozenset[int]]:
    return _text_keyed(source, owner)[0]


def _text_keyed(
    source: str, owner: str | None
) -> tuple[dict[str, frozenset[int]], frozenset[str], dict[str, frozenset[int]]]:
    module = cst.parse_module(textwrap.dedent(source))
    trusted = callees.trusted_in(module)
    with purity.trusting(trusted):
        keyed, containers, counted, _ = callees.text_keyed(module, trusted, owner)
        return keyed, containers, counted


def cached(tmp_path: Path, source: str, qualname: str) -> str | None:
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), qualname)
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-cache-by-text-")]
    return found[0].new_source if found else None


def run(source: str, call: str) -> object:
    scope: dict[str, object] = {}
    exec(textwrap.dedent(source), scope)
    return eval(call, scope)


def test_pure_methods_of_the_rewritten_class_and_pure_functions_are_offered_with_their_text_positions() -> None:
    assert keyed(TRIAGE, "Triage") == {"self.rank": frozenset({0})}
    assert keyed(TRIAGE, None) == {}  # a module function is not in a class: no self methods
    # (`unique` too: pure, by the tuple of its list of texts)
    assert keyed(CLEAN, None) == {"normalise": frozenset({0}), "unique": frozenset({0})}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ("return len(self.priority)", "keep"),
        ("self.priority.append(label)\n        return 0", "changes its object"),
        ("return [label]", "result can be changed"),
        ("def rank(self, label: float) -> int:", "not a text"),
        ("def rank(self, label) -> int:", "no annotation"),
        ("def rank(self, label: str, *more: str) -> int:", "star arguments"),
    ],
)
def test_methods_with_effects_shared_results_or_no_text_parameter_are_not_offered(change: str, why: str) -> None:
    if why == "keep":
        source = TRIAGE
    elif change.startswith("def "):
        source = TRIAGE.replace("def rank(self, label: str) -> int:", change)
    else:
        source = TRIAGE.replace("return len(self.priority)", change)
    if why == "result can be changed":
        source = source.replace("-> int:\n        if label", "-> list[str]:\n        if label")
    expected = {"self.rank": frozenset({0})} if why == "keep" else {}
    assert keyed(source, "Triage") == expected, why


def test_a_sort_key_asking_a_pure_method_keeps_its_answers_by_label(tmp_path: Path) -> None:
    new = cached(tmp_path, TRIAGE, "Triage.order")
    assert new is not None
    assert '"""Most urgent first."""\n    rank_cache = {}\n' in new  # after the docstring
    assert "rank_cache.setdefault(t.label, self.rank(t.label))" in new
    rewritten = TRIAGE.split("    def order")[0] + textwrap.indent(new.lstrip("\n"), "    ")
    call = "Triage(['b', 'a']).order([Ticket('a', 3), Ticket('z', 1), Ticket('b', 2), Ticket('a', 1), Ticket('z', 0)])"
    assert repr(run(rewritten, call)) == repr(run(TRIAGE, call))  # each run defines its own Ticket


def test_a_loop_calling_a_pure_function_keeps_its_answers(tmp_path: Path) -> None:
    new = cached(tmp_path, CLEAN, "unique")
    assert new is not None and "normalise_cache.setdefault(address, normalise(address))" in new
    rewritten = CLEAN.split("def unique")[0] + new
    call = "unique(['A.b+x@X.org', 'ab@x.org ', 'c@y', 'A.b+x@X.org'])"
    assert run(rewritten, call) == run(CLEAN, call)


@pytest.mark.parametrize(
    "loop",
    [
        "email = normalise(address); out.sort()",  # fine: out is the function's own list...
    ],
)
def test_calls_whose_answers_could_differ_are_left_alone(tmp_path: Path, loop: str) -> None:
    source = CLEAN.replace("email = normalise(address)", loop)
    if "out.sort()" in loop:
        assert cached(tmp_path, source, "unique") is not None  # ...so the helper's answers stay valid
    else:
        assert cached(tmp_path, source, "unique") is None


SPELLED = CLEAN.replace("email = normalise(address)", "email = normalise(address.strip(), )") + \
    """

class Spelling:
    \"\"\"A look-alike of a text whose `strip` counts its calls (and hands back a plain str, or itself).\"\"\"
    stripped = 0

    def __init__(self, text, plain):
        self.text, self.plain = text, plain

    def strip(self):
        Spelling.stripped += 1
        return self.text if self.plain else self
"""


def test_a_key_computed_by_a_call_is_bound_to_a_name_as_its_type_is_tested_and_computed_once(
        tmp_path: Path) -> None:
    """`normalise(address.strip())`: the key is computed once, first, as before: a `strip` that counts its
    calls is called as often, and a key that is not a plain str goes to the helper itself."""
    source = SPELLED.replace("(address.strip(), )", "(address.strip())")
    new = cached(tmp_path, source, "unique")
    assert new is not None and "if type((key := address.strip())) is str else normalise(key))" in new
    rewritten = source.split("def unique")[0] + new + source.split("return out")[1]
    calls = ["unique(['A.b+x@X.org', ' ab@x.org ', 'c@y', 'A.b+x@X.org'])", "unique([])", "unique([None])",
             "unique([Spelling(' a@b ', True), Spelling('a@b', True), 'a@b '])", "unique([Spelling('a@b', False)])",
             "unique(['x@y', Spelling('x@y', True), 7])"]
    for call in calls:
        counts = []
        for text in (source, rewritten):
            scope: dict[str, object] = {}
            exec(textwrap.dedent(text), scope)
            try:
                outcome: object = eval(call, scope)
            except Exception as error:  # the exception is the outcome
                outcome = type(error).__name__, str(error)
            counts.append((outcome, cast(Any, scope["Spelling"]).stripped))
        assert counts[0] == counts[1], call


def test_an_unknown_call_is_no_obstacle_only_where_the_helper_reads_its_texts_alone(tmp_path: Path) -> None:
    logged = CLEAN.replace("email = normalise(address)", "email = normalise(address); log(address)")
    assert cached(tmp_path, logged, "unique") is not None  # nothing `log` does reaches a text's answer
    # `log` could change the list the helper reads, which the module's `drop` changes
    shared = logged.replace("def normalise", 'DROPPED = ["."]\n\n\ndef drop(text):\n    DROPPED.append(text)'
                            '\n\n\ndef normalise').replace('.replace(".", "")', '.replace(DROPPED[0], "")')
    assert cached(tmp_path, shared, "unique") is None
    # where nothing in the project changes it, it is a constant
    sealed = shared.replace("    DROPPED.append(text)", "    return DROPPED.index(text)")
    assert cached(tmp_path, sealed, "unique") is not None


def test_a_method_whose_object_the_loop_changes_is_left_alone(tmp_path: Path) -> None:
    source = TRIAGE.replace(
        "        return sorted(tickets, key=lambda t: (self.rank(t.label), t.opened))",
        "        out = []\n        for t in tickets:\n            out.append(self.rank(t.label))\n"
        "            self.priority = self.priority[1:]\n        return out")
    assert cached(tmp_path, source, "Triage.order") is None


def test_an_argument_that_varies_outside_the_key_is_left_alone(tmp_path: Path) -> None:
    source = '''
    def score(word: str, weight: int) -> int:
        return sum(weight for ch in word if ch in "aeiou")

    def total(words: list[str]) -> int:
        n = 0
        for i, word in enumerate(words):
            n += score(word, i)
        return n
    '''
    assert cached(tmp_path, source, "total") is None
    assert cached(tmp_path, source.replace("score(word, i)", "score(word, 3)"), "total") is not None


LEAGUE = '''
class League:
    def __init__(self, matches: list[tuple[str, str, int, int]]) -> None:
        self.matches = matches

    def _scored(self, team: str) -> int:
        total = 0
        for home, away, home_goals, away_goals in self.matches:
            if home == team:
                total += home_goals
            elif away == team:
                total += away_goals
        return total

    def table(self, teams: list[str]) -> list[tuple[str, int]]:
        rows = []
        for team in teams:
            rows.append((team, self._scored(team)))
        rows.sort(key=lambda row: (-self._scored(row[0]), row[0]))
        return rows
'''


def test_a_counter_summing_what_it_is_handed_is_pure_and_every_call_site_shares_one_cache(tmp_path: Path) -> None:
    assert keyed(LEAGUE, "League") == {"self._scored": frozenset({0})}  # `total += home_goals` makes new numbers
    new = cached(tmp_path, LEAGUE, "League.table")
    assert new is not None and new.count("scored_cache = {}") == 1  # the sort key finds the loop's answers
    assert new.count("scored_cache.setdefault(") == 2
    rewritten = LEAGUE.split("    def table")[0] + textwrap.indent(new.lstrip("\n"), "    ")
    call = "League([('a', 'b', 1, 2), ('b', 'c', 0, 0), ('c', 'a', 3, 1)]).table(['a', 'b', 'c', 'a', 'd'])"
    assert run(rewritten, call) == run(LEAGUE, call)


INDEX = '''
def page_words(page: str) -> list[str]:
    return [word.strip(".,").lower() for word in page.split()]


def build_index(pages: list[str], terms: list[str]) -> dict[str, list[int]]:
    index = {}
    for term in terms:
        found = [n for n, page in enumerate(pages) if term.lower() in page_words(page)]
        if found:
            index[term] = found
    return index
'''


def test_a_helper_making_a_new_list_each_call_is_kept_where_its_list_is_only_read(tmp_path: Path) -> None:
    # (`build_index` makes a new dict of lists: kept only where handed whole to pure helpers)
    assert _text_keyed(INDEX, None) == ({"page_words": frozenset({0}), "build_index": frozenset({0, 1})},
                                        frozenset({"page_words", "build_index"}), {})
    new = cached(tmp_path, INDEX, "build_index")
    assert new is not None and "page_words_cache.setdefault(page, page_words(page))" in new
    rewritten = INDEX.split("def build_index")[0] + new
    call = "build_index(['The cat.', 'a Cat, a dog', '', 'cats'], ['cat', 'Dog', 'bird', 'cat'])"
    assert run(rewritten, call) == run(INDEX, call)
    for reads in ("len(page_words(page)) > 1", "term.lower() not in set(page_words(page))",
                  "any(w == term for w in page_words(page))", "page_words(page)[0] == term",
                  "page_words(page).count(term)"):
        assert cached(tmp_path, INDEX.replace("term.lower() in page_words(page)", reads), "build_index") is not None


def test_a_new_container_merged_into_one_of_the_functions_own_is_only_read(tmp_path: Path) -> None:
    """`seen |= words(page)` reads the kept answer into a set the function made; merged into anything
    else (a parameter), it might be kept there and changed later."""
    source = INDEX.replace("return [word.strip", "return {word.strip").replace("page.split()]", "page.split()}")
    source = source.replace("-> list[str]:", "-> set[str]:").replace(
        "        found = [n for n, page in enumerate(pages) if term.lower() in page_words(page)]\n"
        "        if found:\n            index[term] = found\n",
        "        seen: set[str] = set()\n        for page in pages:\n            seen |= page_words(page)\n"
        "        index[term] = sorted(seen)\n")
    new = cached(tmp_path, source, "build_index")
    assert new is not None and "seen |= ((page_words_cache[page]" in new
    rewritten = source.split("def build_index")[0] + new
    call = "build_index(['The cat.', 'a Cat, a dog', '', 'cats'], ['cat', 'Dog', 'bird', 'cat'])"
    assert run(rewritten, call) == run(source, call)
    elsewhere = source.replace("seen |= page_words(page)", "terms[0] |= page_words(page)")
    assert cached(tmp_path, elsewhere, "build_index") is None


@pytest.mark.parametrize(
    "use",
    [
        "page_words(page).pop()",  # changes the list a later call would be handed
        "page_words(page).sort() or True",  # sorts the list a later call would be handed
        "term in page_words(page) + []",
        "term in sorted(page_words(page), key=len)",
    ],
)
def test_a_new_list_used_any_other_way_is_not_kept(tmp_path: Path, use: str) -> None:
    assert cached(tmp_path, INDEX.replace("term.lower() in page_words(page)", use), "build_index") is None


@pytest.mark.parametrize(
    "body",
    [
        "    return PAGES.get(page, [])",  # a list kept elsewhere, handed out again
        "    words = page.split()\n    KEPT.append(words)\n    return words",  # not pure
        "    return (word for word in page.split())",  # a generator is used up
    ],
)
def test_helpers_not_returning_a_new_container_are_not_kept(body: str) -> None:
    source = INDEX.replace('    return [word.strip(".,").lower() for word in page.split()]', body)
    assert "page_words" not in _text_keyed(source, None)[1]


PAIRS = '''
def shingles(text: str, size: int = 2) -> set[str]:
    words = text.lower().split()
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def jaccard(first: set[str], second: set[str]) -> float:
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)


def similar(docs: list[str], size: int) -> list[tuple[int, int, float]]:
    out = []
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            first = shingles(docs[i], size)
            second = shingles(docs[j], size)
            out.append((i, j, jaccard(first, second)))
    return out
'''


def test_a_new_set_bound_to_a_name_only_handed_to_pure_helpers_is_kept(tmp_path: Path) -> None:
    assert "shingles" in _text_keyed(PAIRS, None)[1]  # `x if words else set()` is new on both sides
    new = cached(tmp_path, PAIRS, "similar")
    assert new is not None and new.count("shingles_cache.setdefault(") == 2
    rewritten = PAIRS.split("def similar")[0] + new
    call = "similar(['a b c', 'A b c', '', 'b c d', 'a b c', 'x'], 2)"
    assert run(rewritten, call) == run(PAIRS, call)


@pytest.mark.parametrize("use", [
    "out.append((i, j, jaccard(first, second), first))",  # the set leaves in the answer
    "first |= second",  # changed in place
    "keep = first",  # a second name for it
    "out.append((i, j, jaccard(first, second), sorted(first, key=len)))",
])
def test_a_new_set_bound_to_a_name_used_any_other_way_is_not_kept(tmp_path: Path, use: str) -> None:
    source = PAIRS.replace("            out.append((i, j, jaccard(first, second)))", f"            {use}")
    new = cached(tmp_path, source, "similar")
    assert new is None or "first = (shingles_cache" not in new


TARIFF = '''
class TariffError(ValueError):
    """No tier prices this unit."""


def rate_for_unit(tiers: list[tuple[int, int]], unit: int) -> int:
    for upto, rate in tiers:
        if unit < upto:
            return rate
    raise TariffError(f"no tier for unit {unit}")


def bill(usage: dict[str, int], tiers: list[tuple[int, int]]) -> dict[str, int]:
    bills = {}
    for account, kwh in usage.items():
        energy = 0
        for unit in range(kwh):
            energy += rate_for_unit(tiers, unit)
        bills[account] = energy
    return bills
'''


def test_a_range_counter_keys_the_answers_of_a_helper_taking_an_int(tmp_path: Path) -> None:
    keyed_positions, _, counted = _text_keyed(TARIFF, None)
    assert keyed_positions == {"rate_for_unit": frozenset({1})} and counted == {"rate_for_unit": frozenset({1})}
    new = cached(tmp_path, TARIFF, "bill")
    assert new is not None and "rate_for_unit_cache.setdefault(unit, rate_for_unit(tiers, unit))" in new
    rewritten = TARIFF.split("def bill")[0] + new
    for call in ("bill({'a': 5, 'b': 12, 'c': 0}, [(3, 10), (10, 20), (99, 30)])",
                 "bill({'a': 5, 'b': 120}, [(3, 10), (10, 20), (99, 30)])"):  # the second raises past 99
        assert repr(_outcome(rewritten, call)) == repr(_outcome(TARIFF, call))


@pytest.mark.parametrize("change", [
    ("for unit in range(kwh):", "for unit in [True, 1, 2][:kwh]:"),  # True equals 1 but is not 1
    ("            energy += rate_for_unit(tiers, unit)",
     "            energy += rate_for_unit(tiers, unit)\n            unit = unit > 1"),  # rebound to a bool
    ("energy += rate_for_unit(tiers, unit)", "energy += sum(rate_for_unit(tiers, unit) for unit in (True, 1))"),
])
def test_an_int_argument_that_may_not_be_a_range_counter_is_looked_up_only_when_plain(
        tmp_path: Path, change: tuple[str, str]) -> None:
    source = TARIFF.replace(*change)
    new = cached(tmp_path, source, "bill")
    assert new is not None and "if type(unit) is int else rate_for_unit(tiers, unit)" in new
    rewritten = source.split("def bill")[0] + new
    for call in ("bill({'a': 5, 'b': 12, 'c': 0}, [(3, 10), (10, 20), (99, 30)])",
                 "bill({'a': 2, 'b': 3}, [(1, 10.5), (10, 20)])"):
        assert repr(_outcome(rewritten, call)) == repr(_outcome(source, call))


def _outcome(source: str, call: str) -> object:
    try:
        return run(source, call)
    except Exception as error:  # the exception is the outcome
        return type(error).__name__, str(error)


MOTIF = '''
def windows(sequence: str, size: int):
    for start in range(len(sequence) - size + 1):
        yield start, sequence[start:start + size]


def matches(window: str, motif: str) -> bool:
    return all(base == code or code == "N" for base, code in zip(window, motif))


def find(sequence: str, motif: str) -> list[int]:
    return [start for start, window in windows(sequence, len(motif)) if matches(window, motif)]
'''


def test_a_generator_of_the_module_that_changes_nothing_does_not_stop_the_cache(tmp_path: Path) -> None:
    new = cached(tmp_path, MOTIF, "find")
    assert new is not None and "matches_cache.setdefault((window, motif), matches(window, motif))" in new
    rewritten = MOTIF.split("def find")[0] + new
    for call in ("find('ACGTACGTAC', 'CGN')", "find('', 'A')", "find('AAAA', 'AA')"):
        assert run(rewritten, call) == run(MOTIF, call)


STAMPS = '''
from datetime import datetime

STAMP = "%Y-%m-%dT%H:%M"


def parsed(stamp: str) -> datetime:
    return datetime.strptime(stamp, STAMP)


def span_hours(stamps: list[str]) -> list[float]:
    out = []
    for first, last in zip(stamps, stamps[1:]):
        out.append((parsed(last) - parsed(first)).total_seconds() / 3600)
    return out
'''


@pytest.mark.parametrize("imported", ["from datetime import datetime", "from datetime import datetime as dt",
                                      "import datetime"])
def test_a_timestamp_parsed_again_and_again_keeps_its_answers(tmp_path: Path, imported: str) -> None:
    # `datetime.strptime` (the class's constructor, however it is imported) changes nothing and
    # returns a value nothing can change: each stamp is parsed once.
    name = {"from datetime import datetime": "datetime", "import datetime": "datetime.datetime"}.get(imported, "dt")
    source = STAMPS.replace("from datetime import datetime", imported).replace(
        "-> datetime", f"-> {name}").replace("datetime.strptime", f"{name}.strptime")
    new = cached(tmp_path, source, "span_hours")
    assert new is not None and "parsed_cache.setdefault(last, parsed(last))" in new
    call = "span_hours(['2024-01-01T00:00', '2024-01-01T06:30', '2024-01-02T00:00', '2024-01-01T06:30'])"
    assert run(source.split("def span_hours")[0] + new, call) == run(source, call) == [6.5, 17.5, -17.5]


def test_the_clock_is_not_a_pure_call(tmp_path: Path) -> None:
    source = STAMPS.replace("return datetime.strptime(stamp, STAMP)",
                            "return datetime.strptime(stamp, STAMP) if stamp else datetime.now()")
    assert cached(tmp_path, source, "span_hours") is None


NEWEST = '''
from datetime import datetime


def parsed(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d")


def _period(rule: str, when: datetime) -> object:
    return (when, object()) if rule == "each" else when.year


def newest(stamps: list[str], rules: list[str]) -> list[str]:
    kept = []
    for rule in rules:
        seen = []
        for stamp in sorted(stamps, key=parsed, reverse=True):
            period = _period(rule, parsed(stamp))
            if period not in seen:
                seen.append(period)
                kept.append(stamp)
    return sorted(kept, key=parsed)
'''


def test_a_helper_handed_as_a_sort_key_in_a_loop_shares_the_cache_of_its_calls(tmp_path: Path) -> None:
    # `_period` makes a new object() (not pure: never kept itself), but changes nothing the cache reads.
    new = cached(tmp_path, NEWEST, "newest")
    assert new is not None
    assert "sorted(stamps, key=lambda item: ((parsed_cache[item] if item in parsed_cache" in new
    assert "parsed_cache.setdefault(stamp, parsed(stamp))" in new
    assert "sorted(kept, key=lambda item:" in new  # outside the loop, but the cache is there anyway
    rewritten = NEWEST.split("def newest")[0] + new
    for call in ("newest(['2024-01-02', '2023-05-01', '2024-01-02', '2024-03-09'], ['each', 'year'])",
                 "newest([], ['year'])", "newest(['2024-02-30'], ['year'])", "newest(['2024-02-30'], [])"):
        assert _outcome(rewritten, call) == _outcome(NEWEST, call)


@pytest.mark.parametrize("change", [
    ("_period(rule, parsed(stamp))", "_period(rule, stamp)"),
    ("def parsed(stamp: str)", "def parsed(stamp: int)"),  # a sort may hand a bool to an int parameter
])
def test_a_sort_key_alone_outside_a_loop_or_not_keyed_by_text_is_left_alone(
        tmp_path: Path, change: tuple[str, str]) -> None:
    once = "    rule = rules[0]\n    seen = []\n    if True:\n"
    source = NEWEST.replace(*change).replace("    for rule in rules:\n        seen = []\n", once)
    new = cached(tmp_path, source, "newest")
    # (an int-keyed helper's calls in the loop may be kept, each looked up only for a plain int)
    assert new is None or ("key=lambda" not in new and "if type(stamp) is int else parsed(stamp)" in new)


FLOWS = '''
from dataclasses import dataclass, field
from datetime import datetime, timedelta

FORMAT = "%Y-%m-%d %H:%M"


@dataclass
class Flow:
    counts: list[int] = field(default_factory=lambda: [0] * 24)


def parse(text: str) -> datetime:
    return datetime.strptime(text.strip(), FORMAT)


def flows(trips: list[tuple[str, str]]) -> dict[str, list[int]]:
    stations: dict[str, Flow] = {}
    for station, stamp in trips:
        when = parse(stamp)
        stations.setdefault(station, Flow()).counts[when.hour] += 1
        stations.setdefault("day " + str(when.date()), Flow()).counts[0] += 1
    return {name: flow.counts for name, flow in stations.items()}
'''


def test_a_helper_of_its_texts_alone_keeps_its_answers_beside_writes_into_what_the_loop_made(tmp_path: Path) -> None:
    new = cached(tmp_path, FLOWS, "flows")
    assert new is not None and "parse_cache.setdefault(stamp, parse(stamp))" in new
    call = "flows([('a', '2024-06-03 08:17'), ('b', ' 2024-06-03 08:17'), ('a', '2024-06-04 23:59')])"
    assert run(FLOWS.split("def flows")[0] + new, call) == run(FLOWS, call)
    # a helper that reads a module list the loop could change (the module's `accept` does) is not sealed
    # off by its texts
    shared = FLOWS.replace('FORMAT = "%Y-%m-%d %H:%M"', 'FORMATS = ["%Y-%m-%d %H:%M"]\n\n\n'
                           'def accept(form):\n    FORMATS.insert(0, form)').replace(
        "text.strip(), FORMAT)", "text.strip(), FORMATS[0])")
    assert cached(tmp_path, shared, "flows") is None


def test_only_a_plain_str_is_looked_up_so_other_values_answer_or_raise_as_before(tmp_path: Path) -> None:
    new = cached(tmp_path, CLEAN, "unique")
    assert new is not None and "if type(address) is str else normalise(address)" in new
    rewritten = CLEAN.split("def unique")[0] + new
    for call in ("unique([['a@b']])", "unique(['a@b', ['a@b']])", "unique([None, 'x@y'])", "unique(['x@y', 'x@y'])"):
        assert _outcome(rewritten, call) == _outcome(CLEAN, call), call


def test_an_int_read_from_each_item_is_a_key_looked_up_only_when_plain(tmp_path: Path) -> None:
    source = '''
    def block_mean(plots: list[dict], trial: str, block: int) -> float:
        found = [p["y"] for p in plots if p["trial"] == trial and p["block"] == block]
        return sum(found) / len(found)

    def relative(plots: list[dict]) -> dict:
        out = {}
        for plot in plots:
            out.setdefault(plot["v"], []).append(plot["y"] / block_mean(plots, plot["trial"], plot["block"]))
        for row in out.values():
            row[0] = round(row[0])  # written once the kept calls are done
        return out
    '''
    new = cached(tmp_path, source, "relative")
    assert new is not None
    assert 'if type(plot["trial"]) is str and type(plot["block"]) is int else block_mean(' in new
    rewritten = textwrap.dedent(source).split("def relative")[0] + new
    plots = [{"trial": trial, "block": block, "v": v, "y": (n * 7) % 9 + 1}
             for n, (trial, block, v) in enumerate((t, b, v) for t in "ab" for b in (1, 2, True, 2.0) for v in "xyz")]
    call = f"relative({plots!r})"
    assert repr(_outcome(rewritten, call)) == repr(_outcome(source, call))


GRAPH = '''
class Graph:
    def __init__(self) -> None:
        self.edges: dict[str, list[str]] = {}
        self.searches = 0

    def hops(self, source: str, target: str) -> int:
        seen = {source}
        frontier = [source]
        count = 0
        while frontier:
            if target in frontier:
                return count
            frontier = [n for unit in frontier for n in self.edges.get(unit, []) if n not in seen]
            seen.update(frontier)
            count += 1
        return -1


class Counting(Graph):
    def hops(self, source: str, target: str) -> int:
        self.searches += 1
        return super().hops(source, target)


def distances(pairs: list[tuple[str, str]], graph: Graph) -> list[int]:
    return [graph.hops(a, b) for a, b in pairs]
'''


def test_a_method_of_an_object_handed_in_is_kept_for_objects_of_the_class_judged(tmp_path: Path) -> None:
    new = cached(tmp_path, GRAPH, "distances")
    assert new is not None
    assert "if type(graph) is Graph and type(a) is str and type(b) is str else graph.hops(a, b))" in new
    rewritten = GRAPH.split("def distances")[0] + new
    edges = "{'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []}"
    pairs = "[('a', 'c'), ('a', 'c'), ('c', 'b'), ('d', 'a'), ('a', 'c')]"
    for made in ("Graph()", "Counting()"):  # a subclass's method is not the one judged: called every time
        call = f"(lambda g: (g.edges.update({edges}), distances({pairs}, g), g.searches)[1:])({made})"
        assert _outcome(rewritten, call) == _outcome(GRAPH, call)
    rebound = GRAPH.replace("    return [graph.hops", "    graph = Counting()\n    return [graph.hops")
    assert cached(tmp_path, rebound, "distances") is None
    hidden = GRAPH.replace("        self.searches = 0\n", "        self.searches = 0\n        self.hops = print\n")
    assert cached(tmp_path, hidden, "distances") is None  # an attribute of the object hides the method


BASELINES = '''
import statistics


def baseline(readings: list[dict], district: str, day: str) -> float:
    values = [r["litres"] for r in readings if r["district"] == district and r["day"] == day]
    return statistics.mean(values)


def flag(readings: list[dict], margin: float) -> list[tuple[str, str, int]]:
    alerts = []
    run = []

    def close_run() -> None:
        if len(run) >= 2:
            alerts.append((run[0]["meter"], run[-1]["day"], len(run)))
        run.clear()

    for reading in sorted(readings, key=lambda r: (r["meter"], r["day"])):
        mean = baseline(readings, reading["district"], reading["day"])
        if run and run[-1]["meter"] != reading["meter"]:
            close_run()
        if reading["litres"] > mean + margin:
            run.append(reading)
        else:
            close_run()
    close_run()

    def share(count: int) -> float:
        return count / len(readings)

    return [(meter, day, share(count)) for meter, day, count in alerts]
'''


def _readings(seed: int) -> list[dict[str, object]]:
    import random

    rng = random.Random(seed)
    return [{"meter": f"m{rng.randrange(4)}", "district": rng.choice(["n", "s", "ß"]), "day": f"d{rng.randrange(5)}",
             "litres": rng.choice([0, 10, 200, 35, 35.5])} for _ in range(rng.randrange(0, 40))]


def test_closures_of_the_function_writing_only_what_it_made_and_a_helper_defined_after_the_loop_keep_the_cache(
        tmp_path: Path) -> None:
    new = cached(tmp_path, BASELINES, "flag")
    assert new is not None
    assert 'if type(reading["district"]) is str and type(reading["day"]) is str else baseline(' in new
    rewritten = BASELINES.split("def flag")[0] + new
    for seed in range(40):
        call = f"flag({_readings(seed)!r}, 20)"
        assert repr(_outcome(rewritten, call)) == repr(_outcome(BASELINES, call))
    odd = [{"meter": "m", "district": 1, "day": "d", "litres": 5}, {"meter": "m", "district": "n", "day": "d"}]
    assert repr(_outcome(rewritten, f"flag({odd!r}, 1)")) == repr(_outcome(BASELINES, f"flag({odd!r}, 1)"))


@pytest.mark.parametrize("change", [
    # the closure writes into what it was handed
    ("        run.clear()\n", "        run.clear()\n        readings.append(run)\n"),
    # a closure defined inside the loop, where the answers are kept
    ("        if run and run[-1]", "        def noop() -> None:\n            pass\n        if run and run[-1]"),
    # named other than to be called: handed on, it could run anywhere
    ("    close_run()\n\n", "    close_run()\n    hooks = [close_run]\n\n"),
])
def test_closures_that_could_change_what_a_kept_helper_reads_stop_the_cache(
        tmp_path: Path, change: tuple[str, str]) -> None:
    assert change[0] in BASELINES
    assert cached(tmp_path, BASELINES.replace(*change, 1), "flag") is None


STATEMENTS = '''
from dataclasses import dataclass, field


@dataclass
class Statement:
    plate: str
    total: int = 0
    days: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)


RATES = {"G1": 5}  # a module dict: read by `tariff`, which is kept only where nothing can change it


def set_rate(gantry: str, rate: int) -> None:
    RATES[gantry] = rate


def tariff(gantry: str) -> int:
    return RATES.get(gantry.strip().upper(), sum(ord(c) for c in gantry) % 97)


def statements(passages: list[tuple[str, str, str]], seen: dict) -> dict[str, Statement]:
    found = {}
    for plate, day, gantry in passages:
        statement = found.get(plate)
        if statement is None:
            statement = found[plate] = Statement(plate)
        charge = tariff(gantry)
        statement.days[day] = statement.days.get(day, 0) + charge
        statement.total += charge
    return found
'''


def test_records_made_and_filed_by_the_function_are_its_own_to_change_beside_kept_answers(tmp_path: Path) -> None:
    new = cached(tmp_path, STATEMENTS, "statements")
    assert new is not None
    assert "if type(gantry) is str else tariff(gantry))" in new
    rewritten = STATEMENTS.split("def statements")[0] + new
    rng = random.Random(7)
    for _ in range(30):
        passages = [(rng.choice(["AB1", "CD2", 3]), rng.choice(["d1", "d2"]), rng.choice(["g1", " G1", "g2", "é"]))
                    for _ in range(rng.randrange(30))]
        call = f"statements({passages!r}, {{}})"
        assert repr(_outcome(rewritten, call)) == repr(_outcome(STATEMENTS, call))
    # a record handed a dict it was given, where the field is a container: writing into it changes the dict
    handed = STATEMENTS.replace("Statement(plate)", "Statement(plate, 0, seen)")
    assert cached(tmp_path, handed, "statements") is None
    assert cached(tmp_path, STATEMENTS.replace("    plate: str", "    plate: dict"), "statements") is None
