"""Which of a module's own functions a recipe may treat as pure calls, and the loop hoist
that this lets through (a helper called with the same arguments on every pass)."""

from __future__ import annotations

import copy
import datetime as dt
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from wattlens.optimize import callees, purity
from wattlens.optimize.recipes import rewrite_with_recipes


def trusted(source: str) -> purity.Trusted:
    return callees.trusted_in(cst.parse_module(textwrap.dedent(source)))


HELPERS = """
import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

SCALE = 2


class Rate(NamedTuple):
    zone: str
    price: Decimal


@dataclass(frozen=True)
class Line:
    zone: str
    total: Decimal


def parse(text):
    rates = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        try:
            rates.append(Rate(row[0].strip().upper(), Decimal(row[1])))
        except (IndexError, InvalidOperation) as error:
            raise ValueError(f"line {number} is malformed") from error
    return rates


def total(scores, weights):
    result: float = 0.0
    for key, weight in weights.items():
        result += scores.get(key, 0) * weight
    return round(result * SCALE, 2)


def mean_total(rows, weights):
    return sum(total(row, weights) for row in rows) / len(rows)
"""


def test_helpers_that_only_read_their_arguments_and_return_new_values_are_trusted() -> None:
    found = trusted(HELPERS)
    assert {"parse", "total", "mean_total", "Rate", "Line", "Decimal"} <= found.pure
    assert {"parse", "total", "mean_total"} <= found.costly
    assert "InvalidOperation" not in found.pure  # read in `except`, never a pure call


@pytest.mark.parametrize("helper", [
    "def h(xs):\n    xs.append(1)\n    return len(xs)\n",                   # changes its argument
    "def h(xs):\n    xs[0] = 1\n    return len(xs)\n",
    "def h(xs):\n    xs += [1]\n    return len(xs)\n",
    "def h(xs):\n    return xs\n",                                           # hands back its argument
    "def h(xs):\n    ys = xs\n    return ys\n",
    "def h(xs):\n    for x in xs:\n        last = x\n    return last\n",     # an item it was handed
    "TABLE = {}\ndef h(xs):\n    return TABLE\n",                           # a module value
    "cache = []\ndef h(xs):\n    return len(cache) + len(xs)\n",            # a module variable
    "def h(xs):\n    global seen\n    seen = xs\n    return 1\n",
    "def h(xs):\n    print(xs)\n    return 1\n",                             # output
    "import random\ndef h(xs):\n    return random.choice(xs)\n",            # not the same every call
    "import functools\n@functools.cache\ndef h(xs):\n    return len(xs)\n",  # decorated
    "def h(xs):\n    return len(xs)\nh = len\n",                             # rebound
    "def g(xs):\n    xs.sort()\n    return 1\ndef h(xs):\n    return g(xs) + 1\n",  # calls one that is not
])
def test_helpers_with_effects_or_shared_results_are_not_trusted(helper: str) -> None:
    assert "h" not in trusted(helper).pure


@pytest.mark.parametrize("record", [
    "from dataclasses import dataclass\n@dataclass\nclass R:\n    x: int\n"
    "    def __post_init__(self):\n        print(self)\n",
    "from dataclasses import dataclass\nclass Base:\n    pass\n@dataclass\nclass R(Base):\n    x: int\n",
    "class R:\n    def __init__(self, x):\n        self.x = x\n",
])
def test_classes_whose_construction_runs_code_are_not_trusted(record: str) -> None:
    assert "R" not in trusted(record).pure


QUOTE = """
def quote(items, card):
    out = []
    for item in items:
        rates = parse(card)
        matching = [r.price for r in rates if r.zone == item]
        if not matching:
            raise LookupError(item)
        out.append(Line(item, min(matching)))
    return out
"""


def hoisted(helpers: str, function: str) -> str | None:
    with purity.trusting(trusted(helpers + function)):
        return {recipe.name: new for recipe, new in rewrite_with_recipes(textwrap.dedent(function))}.get(
            "hoist-invariant")


def outcome(helpers: str, function: str, *args: object) -> str:
    scope: dict[str, object] = {}
    exec(textwrap.dedent(helpers) + textwrap.dedent(function), scope)
    try:
        return repr(scope["quote"](*args))  # type: ignore[operator]
    except Exception as error:  # the exception is the outcome
        return f"{type(error).__name__}: {error}"


def test_a_trusted_helper_called_with_the_same_arguments_on_every_pass_runs_once() -> None:
    new = hoisted(HELPERS, QUOTE)
    assert new is not None and "if not rates_ready" in new
    card = "a,1.50\nb,2\na,1.25\n"
    for case in [(["A", "B", "A"], card), ([], "not,a,number\n"), (["A"], "a,x\n"), (["C"], card)]:
        assert outcome(HELPERS, new, *copy.deepcopy(case)) == outcome(HELPERS, QUOTE, *copy.deepcopy(case))
    # a malformed card is only read, and only fails, when there is something to quote
    assert outcome(HELPERS, new, [], "a,x\n") == "[]"


def test_a_helpers_result_the_loop_changes_is_still_fetched_on_every_pass() -> None:
    changing = QUOTE.replace("matching = [", "rates.append(Rate(item, 0))\n        matching = [")
    assert hoisted(HELPERS, changing) is None


def test_without_the_module_a_helper_is_an_unknown_call_and_stays_in_the_loop() -> None:
    assert all(recipe.name != "hoist-invariant" for recipe, _ in rewrite_with_recipes(textwrap.dedent(QUOTE)))


FASTA = """
def parse(text) -> dict[str, str]:
    records = {}
    name, chunks = None, []
    for line in text.splitlines():
        if line.startswith(">"):
            if name is not None:
                records[name] = "".join(chunks)
            name, chunks = line[1:].strip(), []
        else:
            chunks.append(line.strip())
    if name is not None:
        records[name] = "".join(chunks)
    return records
"""

REGIONS = """
def quote(regions, text):
    out = []
    for name, start, end in regions:
        sequence = parse(text)[name]
        out.append(sequence[start:end])
    return out
"""


def test_a_trusted_helpers_result_indexed_in_the_loop_is_made_once_when_its_parts_cannot_change() -> None:
    new = hoisted(FASTA, REGIONS)
    assert new is not None and "sequence = parse_value[name]" in new
    text = ">a\nACGT\nTT\n>b\nGG\n"
    for case in [([("a", 1, 4), ("b", 0, 1), ("a", 0, 9)], text), ([], ">"), ([("c", 0, 1)], text)]:
        assert outcome(FASTA, new, *copy.deepcopy(case)) == outcome(FASTA, REGIONS, *copy.deepcopy(case))


def test_a_trusted_helpers_result_whose_parts_may_change_is_made_on_every_pass() -> None:
    lists = FASTA.replace("-> dict[str, str]", "-> dict[str, list[str]]")
    assert hoisted(lists, REGIONS) is None
    assert hoisted(FASTA.replace(" -> dict[str, str]", ""), REGIONS) is None  # parts not known


@pytest.mark.parametrize(("call", "pure"), [
    ("timedelta(days=window - 1)", True),    # a keyword argument of a trusted class is a value
    ("Decimal(value=text)", True),
    ("sorted(xs, key=len)", True),
    ("sorted(xs, key=weigh)", False),         # `key=` is called: it must be known pure too
    ("max(xs, key=lambda x: x[0])", True),
    ("print(xs, end='')", False),
    ("cmp_to_key(lambda a, b: a - b)", True),  # the comparison it wraps is called: it must be pure too
    ("cmp_to_key(weigh)", False),
    ("deque(xs)", True),
])
def test_keyword_arguments_are_called_only_as_key(call: str, pure: bool) -> None:
    module = ("from datetime import timedelta\nfrom decimal import Decimal\nfrom functools import cmp_to_key\n"
              "from collections import deque\n")
    node = cst.parse_expression(call)
    assert isinstance(node, cst.Call)
    with purity.trusting(trusted(module)):
        assert purity.is_pure_call(node, set()) is pure


def test_pure_helpers_imported_from_the_projects_other_modules_are_trusted(tmp_path: Path) -> None:
    package = tmp_path / "survey"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "text.py").write_text(textwrap.dedent("""
        import unicodedata

        _DROP = set(".,")
        seen = []


        def normalize(text: str) -> str:
            kept = [c.lower() for c in unicodedata.normalize("NFKD", text) if c not in _DROP]
            return "".join(kept)


        def remember(text: str) -> str:
            seen.append(text)
            _DROP.discard(text)
            return text.lower()


        def flag(value: int) -> bool:
            inside = False
            for _ in range(value):
                inside = not inside
            return inside


        def checked(text: str) -> str:
            if not isinstance(text, str):
                raise TypeError(f"not {type(text).__name__}")  # `type(x)` only reads
            return text.strip()


        def made(name: str) -> type:
            return type(name, (), {})


        @dataclass(frozen=True)
        class Point:
            x: int
            y: int
        """).replace("import unicodedata", "import unicodedata\nfrom dataclasses import dataclass"))
    (package / "deep.py").write_text("from .text import normalize as norm\n\n\ndef twice(t: str) -> str:\n"
                                     "    return norm(norm(t))\n")
    (package / "answers.py").write_text("")
    module = cst.parse_module(
        "from survey.text import normalize, remember\nfrom .text import flag\nfrom survey.deep import twice\n"
        "from os import remove\nfrom survey.missing import ghost\nfrom survey.text import checked, made, Point\n")
    found = callees.trusted_in(module, callees.ProjectModules(tmp_path, Path("survey/answers.py")))
    assert {"normalize", "flag", "twice", "checked", "Point"} <= found.pure and "made" not in found.pure
    assert dict(found.frozen_records) == {"Point": frozenset({"x", "y"})}  # a frozen record imported whole
    assert not {"remember", "remove", "ghost"} & found.pure  # changes a module list; not the project's; not there
    assert {"normalize", "twice"} <= found.costly and {"normalize", "flag"} <= found.immutable_results
    assert "normalize" not in callees.trusted_in(module).pure  # without the project, only the module itself
    # answers that depend on the arguments alone, judged in their own module (`normalize` reads `_DROP`,
    # a module set that `remember` changes)
    assert {"flag", "checked"} <= set(found.stable) and not {"normalize", "remember"} & set(found.stable)
    # their answers may be kept by text as their own module's would (`twice` is `deep`'s: one import on)
    with purity.trusting(found):
        keyed, _, counted, _ = callees.text_keyed(module, found, None)
    assert keyed == {"normalize": frozenset({0}), "twice": frozenset({0}), "flag": frozenset({0}),
                     "checked": frozenset({0})}
    assert counted == {"flag": frozenset({0})}
    # what a copy of one beside the importer would import: its module's names, as that module has them
    imports = found.imported["normalize"].imports
    assert imports["_DROP"] == "from survey.text import _DROP" and imports["unicodedata"] == "import unicodedata"
    assert imports["normalize"] == ""  # imported so already


CALENDAR = """
import datetime as dt

SUNDAY = 6


def is_open(day, holidays):
    return day.weekday() != SUNDAY and day not in holidays


def open_days(start, end, holidays):
    days = 0
    day = start + dt.timedelta(days=0)  # a new value: `day +=` below changes nothing it was handed
    while day <= end:
        if is_open(day, holidays):
            days += 1
        day += dt.timedelta(days=1)
    return days


def counts(day, holidays):
    return len(holidays) + (day in holidays)


def fines(loans, today, holidays):
    total = 0
    for due, returned in loans:
        total += open_days(due, returned or today, holidays) + counts(due, holidays)
    return total
"""


def test_parameters_only_asked_in_of_are_known_through_helpers_and_module_aliases() -> None:
    found = trusted(CALENDAR)
    assert {"is_open", "open_days", "counts", "fines"} <= found.pure  # `dt.timedelta` is datetime's
    assert found.module_aliases == {"dt": "datetime"}
    assert found.membership_only["is_open"] == frozenset({1})
    assert found.membership_only["open_days"] == frozenset({2})
    assert "counts" not in found.membership_only  # len(holidays) is more than asking `in`
    assert "fines" not in found.membership_only


def test_a_list_handed_to_helpers_that_only_ask_in_of_it_becomes_a_set_once() -> None:
    source = textwrap.dedent(CALENDAR).replace(" + counts(due, holidays)", "")
    module = cst.parse_module(source)
    function = module.body[-1]
    assert isinstance(function, cst.FunctionDef)
    with purity.trusting(callees.trusted_in(module)):
        found = dict((r.name, text) for r, text in rewrite_with_recipes(cst.Module([]).code_for_node(function)))
    new = found["membership-set"]
    assert "holidays_members(holidays)" in new and "open_days(due, returned or today, holidays_lookup)" in new
    day = dt.date(2024, 1, 1)
    loans = [(day, day + dt.timedelta(days=n)) for n in range(0, 40, 3)] + [(day, None)]
    for holidays in ([day + dt.timedelta(days=n) for n in range(0, 60, 7)], [], (day,)):
        scope: dict[str, object] = {}
        exec(source.rsplit("\ndef fines", 1)[0] + "\n" + new, scope)
        original: dict[str, object] = {}
        exec(source, original)
        today = day + dt.timedelta(days=50)
        assert scope["fines"](loans, today, holidays) == original["fines"](loans, today, holidays)  # type: ignore[operator]
    whole = cst.parse_module(textwrap.dedent(CALENDAR))  # handed to `counts` too, which takes its len()
    with purity.trusting(callees.trusted_in(whole)):
        kept = dict((recipe.name, text) for recipe, text in rewrite_with_recipes(
            cst.Module([]).code_for_node(whole.body[-1])))
    assert "membership-set" not in kept


def test_a_helper_matching_with_re_functions_is_trusted_but_not_one_substituting_with_a_callback() -> None:
    found = trusted("""
    import re


    def glob_match(pattern: str, value: str) -> bool:
        return re.fullmatch(re.escape(pattern).replace(r"\\*", ".*"), value) is not None


    def shout(text: str, log: list) -> str:
        return re.sub("a", lambda m: log.append(m) or "A", text)
    """)
    assert "glob_match" in found.pure and "shout" not in found.pure


@pytest.mark.parametrize(("helper", "pure"), [
    ("return HEADING.match(line) is not None", True),  # a compiled pattern of the module
    ("return [m.group(1) for m in LINK.finditer(line)]", True),
    ("return WORD.sub('-', line)", True),  # a text put in
    ("return WORD.sub(lambda m: LOG.append(m) or '-', line)", False),  # a function put in
    ("return WORD.sub(lambda m: m.group(0).lower() + '?', line)", True),  # a lambda of pure calls
    ("return re.sub('a', lambda m: m.group(0) * 2, line)", True),
    ("return re.sub(r'\\s+', ' ', line)", True),
    ("return re.sub(r'\\s+', repl=shout, string=line)", False),
    ("return posixpath.normpath(posixpath.join('a', line))", True),
    ("return os.path.basename(line)", True),
    ("return os.remove(line)", False),
    ("return RENAMED.match(line)", False),  # bound twice: it may not be a pattern when called
    ("return COMPILED.match(line)", False),  # compiled by something that is not `re`
    ("return [m.start() for m in LINK.finditer(line)]", True),  # (a comprehension's own match)
    ("out = []\n        for m in LINK.finditer(line):\n            out.append(m.end())\n        return out", True),
    ("m = re.match('a', line)\n        return m.start() if m else 0", True),
    ("m = LOG[0]\n        return m.start()", False),  # not a match: `start` may do anything
    ("for m in LINK.finditer(line):\n            m = LOG\n        return m.end()", False),
    ("return urllib.parse.unquote(line)", True),
    ("return unquote(line.split('?')[0])", True),
])
def test_compiled_patterns_regex_substitution_with_text_and_path_arithmetic_are_pure(helper: str, pure: bool) -> None:
    found = trusted(f"""
    import os
    import posixpath
    import re
    import urllib.parse
    from urllib.parse import unquote

    HEADING = re.compile(r"^#+ (.*)$")
    LINK = re.compile(r"\\[([^]]*)\\]")
    WORD = re.compile(r"\\W+")
    RENAMED = re.compile("x")
    RENAMED = None
    COMPILED = regex.compile("x")
    LOG = []


    def shout(m):
        return m.group(0).upper()


    def helper(line: str):
        {helper}
    """)
    assert ("helper" in found.pure) is pure, helper
    assert found.patterns == {"HEADING", "LINK", "WORD"}


def test_plain_exceptions_of_the_module_are_made_purely_and_ints_handed_back_from_arguments_are_pure() -> None:
    found = trusted("""
    class TariffError(ValueError):
        \"\"\"No tier prices this unit.\"\"\"


    class StrictError(TariffError):
        pass


    class LoudError(ValueError):
        def __init__(self, message):
            print(message)
            super().__init__(message)


    def rate(tiers: list, unit: int) -> int:
        for tier in tiers:
            if unit < tier.upto:
                return tier.rate
        raise StrictError(unit)


    def loud(tiers: list, unit: int) -> int:
        raise LoudError(unit)


    def first(tiers: list) -> list:
        return tiers[0]
    """)
    assert {"TariffError", "StrictError", "rate"} <= found.pure
    assert not {"LoudError", "loud", "first"} & found.pure  # runs code when made; hands back a list it was given


def test_generators_that_change_nothing_are_readers_not_pure() -> None:
    found = trusted("""
    def windows(text: str, size: int):
        for start in range(len(text) - size + 1):
            yield start, text[start:start + size]


    def logged(text: str, seen: list):
        for part in text.split():
            seen.append(part)
            yield part
    """)
    assert found.readers == {"windows"}  # `logged` changes the list it is handed
    assert not {"windows", "logged"} & found.pure  # a generator is used up: never moved or shared


def test_functions_making_a_new_object_are_readers_not_pure() -> None:
    found = trusted("""
    def bucket(rule: str, when: int) -> object:
        return (when, object()) if rule == "last" else when // 3600


    def tagged(rule: str, seen: list) -> object:
        seen.append(rule)
        return object()
    """)
    assert found.readers == {"bucket"}  # `tagged` changes the list it is handed
    assert not {"bucket", "tagged"} & found.pure  # each answer has its own identity: never kept or shared


OPEN_RECORDS = """
from dataclasses import dataclass, field
from datetime import date

HOLIDAYS = []


@dataclass
class Calendar:
    \"\"\"Opening hours and holidays.\"\"\"
    hours: dict[int, tuple[int, int]] = field(default_factory=dict)
    holidays: list[date] = field(default_factory=list)
    name: str = ""


@dataclass
class Shared:
    days: list[date] = field(default_factory=lambda: HOLIDAYS)


@dataclass
class WithMethod:
    days: list[date] = field(default_factory=list)

    def add(self, day):
        HOLIDAYS.append(day)


def parse(text: str) -> Calendar:
    calendar = Calendar()
    for line in text.splitlines():
        day, _, hours = line.partition(" ")
        calendar.hours[int(day)] = (0, int(hours))
        calendar.holidays.append(date(2024, 1, int(day)))
    calendar.name = text[:3].title()
    return calendar


def handed(text: str, hours: dict) -> Calendar:
    calendar = Calendar(hours)
    calendar.hours[1] = (0, len(text))
    return calendar


def shared(text: str) -> Shared:
    kept = Shared()
    kept.days.append(text)
    return kept


def method(text: str) -> WithMethod:
    made = WithMethod()
    made.days.append(text)
    return made


def holding(text: str, days: list) -> Calendar:
    calendar = Calendar()
    calendar.holidays = days
    calendar.holidays.append(text)
    return calendar


def grouped(rows):
    totals: dict[str, list[int]] = {}
    for key, value in rows:
        counts = totals.setdefault(key, [0, 0])
        counts[0] += 1
        counts[1] += value
    return {key: total for key, (count, total) in totals.items()}


def grouped_into_handed(rows, seed):
    totals = {}
    totals["x"] = seed
    for key, value in rows:
        counts = totals.setdefault(key, [0, 0])
        counts[0] += value
    return len(totals)
"""


def test_an_open_record_made_and_filled_in_by_a_function_is_its_own_and_may_be_handed_back() -> None:
    found = trusted(OPEN_RECORDS)
    assert found.open_records == {"Calendar"}  # not one sharing a module list, nor one with methods
    assert {"parse", "grouped"} <= found.pure
    assert not {"handed", "holding", "shared", "method", "grouped_into_handed"} & found.pure
    answer = found.record_answers["parse"]
    assert answer.values == {"name"} and answer.containers == {"hours", "holidays"}
    with purity.trusting(found):
        keyed, containers, _, _ = callees.text_keyed(cst.parse_module(textwrap.dedent(OPEN_RECORDS)), found, None)
    assert keyed["parse"] == {0} and "parse" in containers


@pytest.mark.parametrize(
    ("use", "filled"),
    [
        ("counts = totals.setdefault(key, [])\n    counts.append(1)", True),
        ("counts = totals.setdefault(key, [])\n    totals[key] = rows", False),
        ("counts = totals.setdefault(key, rows)", False),
        ("counts = totals.setdefault(key, [])\n    other = totals", False),
        ("counts = totals.setdefault(key, [])\n    for counts in rows: pass", False),
        ("counts = totals.get(key)", True),
        ("counts = totals[key]", True),
        ("totals = dict(rows)\n    counts = totals[key]", False),
        ("totals = {key: rows}\n    counts = totals[key]", False),
        ("totals[key] = []\n    for counts in totals.values(): pass", True),
        ("totals[key] = []\n    for key2, counts in totals.items(): pass", True),
        ("totals[key] = []\n    for counts, key2 in totals.items(): pass", False),
        ("totals[key] = []\n    for counts in totals.values(): pass\n    for counts in rows: pass", False),
    ],
)
def test_an_item_of_a_dict_of_its_own_holding_only_new_containers_is_its_own(
        use: str, filled: bool) -> None:
    function = cst.parse_module(f"def f(rows, key):\n    totals = {{}}\n    {use}\n").body[0]
    assert isinstance(function, cst.FunctionDef)
    owned = purity.fresh_containers(function.body, {"rows", "key"})
    assert ("counts" in purity.filled_fresh(function.body, owned)) is filled


def test_pure_methods_of_an_annotated_parameters_class_are_pure_calls() -> None:
    source = """
from dataclasses import dataclass


@dataclass
class Limits:
    center: float
    upper: float

    def sigma(self) -> float:
        return (self.upper - self.center) / 3

    def widen(self) -> None:
        self.upper += 1


def signals(means: list, limits: Limits) -> list:
    return [mean for mean in means if mean > limits.center + limits.sigma()]


def widened(means: list, limits: Limits) -> list:
    limits.widen()
    return list(means)


def unannotated(means, limits) -> list:
    return [mean for mean in means if mean > limits.sigma()]
"""
    found = trusted(source)
    assert "signals" in found.pure and not {"widened", "unannotated"} & found.pure


HOLIDAYS = """
from calendar import monthrange
from datetime import date, timedelta


def last_monday(year: int, month: int) -> date:
    last = date(year, month, monthrange(year, month)[1])
    return last - timedelta(days=last.weekday())


def next_weekday(day: date, taken: set[date]) -> date:
    while day.weekday() >= 5 or day in taken:
        day += timedelta(days=1)
    return day


def holidays(year: int) -> set[date]:
    days = {last_monday(year, 5), last_monday(year, 8)}
    days.add(next_weekday(date(year, 12, 25), days))
    return days
"""


def test_calendar_arithmetic_and_adding_to_an_immutable_parameter_change_nothing() -> None:
    found = trusted(HOLIDAYS)
    assert {"last_monday", "next_weekday", "holidays"} <= found.pure
    # stable: besides its arguments it reads only what cannot change, cheap helpers included
    assert "holidays" in found.stable
    handed = HOLIDAYS.replace("def next_weekday(day: date,", "def next_weekday(day: list,")
    assert "next_weekday" not in trusted(handed).pure  # `day += ...` could extend a list it was handed
    rebound = HOLIDAYS.replace("    while day.weekday()", "    day = min(taken)\n    while day.weekday()")
    assert "next_weekday" not in trusted(rebound).pure


@pytest.mark.parametrize(("source", "pure"), [
    ("import shutil\n\ndef f(a, b):\n    return shutil.copy(a, b)\n", False),  # `copy` names a function here
    ("import os\n\ndef f(a):\n    return os.replace(a, a + '~')\n", False),
    ("import time as clock\n\ndef f():\n    return clock.time()\n", False),
    ("import os.path\n\ndef f(a):\n    return os.path.join(a, 'x')\n", True),
    ("from datetime import datetime\n\ndef f(a: datetime):\n    return a.time()\n", True),
])
def test_functions_of_imported_modules_are_not_taken_for_methods_of_values(source: str, pure: bool) -> None:
    assert ("f" in trusted(source).pure) is pure


NORMALISER = """
import re

IN_LIST = re.compile(r"\\(\\?(?:, \\?)*\\)")


def normalise(sql: str) -> str:
    out = ""
    i = 0
    while i < len(sql):
        ch = sql[i]
        out += "?" if ch.isdigit() else ch.lower()
        i += 1
    out = out.strip()
    return IN_LIST.sub(lambda match: "(?+)", out)


def first_word(sql: str) -> str:
    word = sql.split(" ")[0]
    return word if word else sql


def handed_back(items: list) -> list:
    held = items
    return held
"""


def test_a_text_it_was_handed_may_be_held_and_a_compiled_pattern_read_by_a_stable_helper() -> None:
    found = trusted(NORMALISER)
    # `ch = sql[i]` and `word if word else sql` hold the text it was handed: nothing can change a str
    assert {"normalise", "first_word"} <= found.pure and "handed_back" not in found.pure
    assert "normalise" in found.stable  # it reads the module's compiled pattern, bound once
    rebound = NORMALISER.replace("IN_LIST = re.compile", "IN_LIST = None\nIN_LIST = re.compile")
    assert "normalise" not in trusted(rebound).stable
