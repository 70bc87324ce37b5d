"""Recipe helper-cache-by-text: a helper called once per item calls a pure helper of texts in a loop →
a copy of the helper keeps those answers in a cache the function makes once per call."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize import callees, purity
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

TABLE = '''
COLUMNS = ["name", "low", "high"]


class TableError(ValueError):
    pass


def parse_row(line: str, number: int) -> tuple[str, float, float]:
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != len(COLUMNS):
        raise TableError(f"line {number}: {len(fields)} fields")
    return fields[0], float(fields[1]), float(fields[2])


def find(table: str, name: str) -> tuple[float, float] | None:
    for number, line in enumerate(table.splitlines(), start=1):
        row_name, low, high = parse_row(line, number)
        if row_name == name:
            return low, high
    return None


def ranges(names: list[str], table: str) -> list[tuple[float, float] | None]:
    """The range of each name, in order."""
    found = []
    for name in names:
        found.append(find(table, name))
    return found
'''


def rewritten(tmp_path: Path, source: str, qualname: str = "ranges") -> str | None:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "mod.py").write_text(textwrap.dedent(source))
    target = extract_target(tmp_path, Path("mod.py"), qualname)
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-helper-cache-by-text-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "mod.py").read_text()


def run(source: str, call: str) -> object:
    scope: dict[str, object] = {}
    exec(source, scope)
    try:
        return eval(call, scope)
    except Exception as error:  # the same exception, by type and text
        return f"raised {type(error).__name__}: {error}"


def test_a_helper_reparsing_a_table_per_item_gets_a_copy_keeping_the_rows(tmp_path: Path) -> None:
    new = rewritten(tmp_path, TABLE)
    assert new is not None
    assert "def _find_with_caches(table: str, name: str, *, parse_row_cache: dict[tuple[str, int], " \
           "tuple[str, float, float]]) -> tuple[float, float] | None:" in new
    assert "parse_row_cache.setdefault((line, number), parse_row(line, number))" in new
    assert "if type(line) is str and type(number) is int else parse_row(line, number)" in new
    assert '"""The range of each name, in order."""\n    parse_row_cache: dict[' in new  # after the docstring
    assert "found.append(_find_with_caches(table, name, parse_row_cache=parse_row_cache))" in new
    assert "def find(table: str, name: str)" in new  # the helper stays for its other callers
    for call in ["ranges(['b', 'a', 'z', 'b'], 'a, 1, 2\\nb,3,4\\n')",
                 "ranges(['b', 'a'], 'a, 1, 2\\nb,3\\n')",  # raises at the same rows, every time
                 "ranges(['a', 'a'], 'a, 1, 2\\nb,3\\n')",
                 "ranges([], '')"]:
        assert run(new, call) == run(textwrap.dedent(TABLE), call)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("row_name, low, high = parse_row(line, number)", "row_name, low, high = parse_row(line.strip(), number)"),
         "an argument that is not simple"),
        (("-> tuple[str, float, float]:", "-> list[str | float]:"), "an answer that can be changed"),
        (("def parse_row(line: str, number: int)", "def parse_row(line: str, number: float)"),
         "a parameter that is neither text nor int"),
        (("        found.append(find(table, name))",
          "        found.append(find(table, name))\n        COLUMNS.append(name)"),
         "the function changes what the kept helper reads"),
        (("    for name in names:\n        found.append(find(table, name))", "    found.append(find(table, names[0]))"),
         "the helper is not called per item"),
        (("    for number, line in enumerate(table.splitlines(), start=1):\n"
          "        row_name, low, high = parse_row(line, number)\n"
          "        if row_name == name:\n            return low, high\n",
          "    row_name, low, high = parse_row(table, 1)\n    if row_name == name:\n        return low, high\n"),
         "the kept helper is called once per call of its caller"),
    ],
)
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    old, new = change
    assert old in TABLE
    assert rewritten(tmp_path, TABLE.replace(old, new)) is None, why


def test_a_helper_reading_its_arguments_alone_is_kept_beside_unknown_calls(tmp_path: Path) -> None:
    # `log` could change COLUMNS (as `widen` does), so with it the table's rows may not be kept...
    logged = TABLE.replace("        found.append(find(table, name))",
                           "        log(name)\n        found.append(find(table, name))")
    logged += "\n\ndef widen(column):\n    COLUMNS.append(column)\n"
    assert rewritten(tmp_path / "logged", logged) is None
    # ...unless the kept helper reads nothing that can change
    sealed = logged.replace("if len(fields) != len(COLUMNS):", "if len(fields) != 3:")
    assert rewritten(tmp_path / "sealed", sealed) is not None


COLOURS = '''
from __future__ import annotations

SCALE = 255


def channels(colour: str) -> tuple[int, int, int]:
    value = colour.strip().lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a colour: {colour!r}")
    return tuple(int(value[i:i + 2], 16) for i in range(0, 6, 2))


def brightness(colour: str) -> float:
    red, green, blue = channels(colour)
    return (0.3 * red + 0.6 * green + 0.1 * blue) / SCALE


def difference(first: str, second: str) -> float:
    return abs(brightness(first) - brightness(second))
'''

REPORT = '''
from __future__ import annotations

from paint.colours import difference


def far_apart(palette: dict[str, str], least: float) -> list[tuple[str, str]]:
    """Every ordered pair of palette colours at least `least` apart in brightness."""
    found = []
    for first, one in palette.items():
        for second, other in palette.items():
            if first != second and difference(one, other) >= least:
                found.append((first, second))
    return found
'''


def project_rewritten(tmp_path: Path, colours: str = COLOURS, report: str = REPORT) -> str | None:
    (tmp_path / "paint").mkdir(parents=True)
    (tmp_path / "paint" / "__init__.py").write_text("")
    (tmp_path / "paint" / "colours.py").write_text(textwrap.dedent(colours))
    (tmp_path / "paint" / "report.py").write_text(textwrap.dedent(report))
    target = extract_target(tmp_path, Path("paint/report.py"), "far_apart")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-helper-cache-by-text-")]
    if not found:
        return None
    apply_patches(parse_diff(found[0].diff), tmp_path)
    return (tmp_path / "paint" / "report.py").read_text()


def test_a_helper_imported_under_another_name_is_copied_without_importing_its_own_name(tmp_path: Path) -> None:
    report = REPORT.replace("import difference\n", "import difference as gap\n").replace("difference(one", "gap(one")
    new = project_rewritten(tmp_path, report=report)
    assert new is not None
    assert "import difference\n" not in new and "from paint.colours import brightness\n" in new


def test_a_helper_from_another_module_called_for_every_pair_is_copied_with_its_imports(tmp_path: Path) -> None:
    new = project_rewritten(tmp_path / "after")
    assert new is not None
    assert "from paint.colours import brightness\n" in new  # what the copy reads from its own module
    assert "def _difference_with_caches(first: str, second: str, *, brightness_cache: dict[str, float]) -> float:" \
        in new
    assert "brightness_cache.setdefault(first, brightness(first))) if type(first) is str else brightness(first)" in new
    assert "difference(one, other)" not in new
    assert project_rewritten(tmp_path / "before", report=REPORT.replace("difference(", "difference_(")) is None
    (tmp_path / "before" / "paint" / "report.py").write_text(textwrap.dedent(REPORT))
    check = ("from paint.report import far_apart\n"
             "print(far_apart({'a': '#000000', 'b': '#ffffff', 'c': ' #808080', 'd': '#000000',\n"
             "                 'e': '#101010'}, 0.4))\n"
             "try:\n    far_apart({'a': '#000000', 'b': 'white'}, 0.1)\nexcept ValueError as e:\n    print(e)\n")
    outputs = [subprocess.run([sys.executable, "-c", check], cwd=tmp_path / side, capture_output=True,
                              text=True, check=True).stdout for side in ("before", "after")]
    assert outputs[0] == outputs[1]
    assert outputs[1].endswith("('e', 'c')]\nnot a colour: 'white'\n")


@pytest.mark.parametrize(
    ("where", "change", "why"),
    [
        ("report", ("from paint.colours import difference\n",
                    "from paint.colours import difference\n\n\ndef brightness(colour):\n    return 0.0\n"),
         "the copy's `brightness` would be the importer's own"),
        ("report", ("    for first, one in palette.items():\n        for second, other in palette.items():\n"
                    "            if first != second and difference(one, other) >= least:\n"
                    "                found.append((first, second))\n",
                    "    for first, one in palette.items():\n"
                    "        if difference(one, one) >= least:\n            found.append((first, first))\n"),
         "called once per item, the helper meets each value once"),
        ("colours", ("def brightness(colour: str) -> float:", "def brightness(colour: str) -> list[float]:"),
         "an answer that can be changed"),
    ],
)
def test_a_helper_from_another_module_left_alone(tmp_path: Path, where: str, change: tuple[str, str], why: str) -> None:
    old, new = change
    sources = {"colours": COLOURS, "report": REPORT}
    assert old in sources[where]
    sources[where] = sources[where].replace(old, new)
    assert project_rewritten(tmp_path, sources["colours"], sources["report"]) is None, why


NETWORKS = '''
import ipaddress


def network_for(address: str, plan: list[tuple[str, str]]) -> str | None:
    ip = ipaddress.ip_address(address)
    for name, cidr in plan:
        if ip in ipaddress.ip_network(cidr):
            return name
    return None


def ranges(names: list[str], plan: list[tuple[str, str]]) -> list[str | None]:
    return [network_for(name, plan) for name in names]
'''


def test_a_library_value_made_from_the_same_texts_in_a_helper_loop_is_kept(tmp_path: Path) -> None:
    new = rewritten(tmp_path, NETWORKS)
    assert new is not None
    assert "from typing import Any" in new
    assert "ip_network_cache.setdefault(cidr, ipaddress.ip_network(cidr))) if type(cidr) is str" in new
    assert "ipaddress.ip_address(address)" in new  # once per call: nothing to keep
    plan = "[('a', '10.0.0.0/8'), ('b', '192.168.0.0/16')]"
    for call in [f"ranges(['10.1.2.3', '192.168.1.1', '8.8.8.8', '10.9.9.9'], {plan})",
                 "ranges(['10.1.2.3', '10.1.2.4'], [('a', '10.0.0.1/8')])",  # raises at every call alike
                 "ranges(['10.1.2.3'], [('a', '10.0.0.0/8'), ('b', 'nonsense')])",  # never reached
                 "ranges(['8.8.8.8'], [('a', '10.0.0.0/8'), ('b', 'nonsense')])",
                 "ranges([], [])"]:
        assert run(new, call) == run(textwrap.dedent(NETWORKS), call)


SCANS = '''
from datetime import datetime, timezone
from functools import cmp_to_key

FORMATS = ("%Y-%m-%dT%H:%M:%S%z", "%d/%m/%Y %H:%M")


def parse_time(text: str) -> datetime:
    for fmt in FORMATS:
        try:
            parsed = datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)
    raise ValueError(f"unrecognised time {text!r}")


def compare(first: tuple[str, str], second: tuple[str, str]) -> int:
    one, two = parse_time(first[0]), parse_time(second[0])
    if one != two:
        return -1 if one < two else 1
    return (first[1] > second[1]) - (first[1] < second[1])


def ordered(scans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(scans, key=cmp_to_key(compare))
'''


def test_a_comparison_handed_to_cmp_to_key_gets_a_copy_keeping_what_it_parses(tmp_path: Path) -> None:
    new = rewritten(tmp_path, SCANS, "ordered")
    assert new is not None
    assert "key=cmp_to_key(lambda first, second: _compare_with_caches(first, second, " \
           "parse_time_cache=parse_time_cache))" in new
    for scans in ("[('02/01/2024 10:00', 'b'), ('2024-01-02T10:00:00+0000', 'a'), ('01/01/2024 09:00', 'c')] * 3",
                  "[('02/01/2024 10:00', 'b'), ('tomorrow', 'a')]", "[]"):
        assert run(new, f"ordered({scans})") == run(textwrap.dedent(SCANS), f"ordered({scans})")
    assert rewritten(tmp_path / "alone", SCANS.replace("key=cmp_to_key(compare)", "key=len"), "ordered") is None


TERRITORIES = '''
def clean(code: str) -> str:
    if not isinstance(code, str):
        raise TypeError(f"not a text: {type(code).__name__}")
    return "".join(ch for ch in code.upper() if ch != " ")


class Territories:
    def __init__(self, rules):
        self.rules = list(rules)

    def territory_for(self, code: str):
        wanted = clean(code)
        best = None
        for prefix, name in self.rules:
            if wanted.startswith(clean(prefix)) and (best is None or len(clean(prefix)) > len(clean(best[0]))):
                best = (prefix, name)
        return best

    def assign(self, codes):
        return [self.territory_for(code) for code in codes]


class Shouting(Territories):
    def territory_for(self, code: str):
        return ("!", code)
'''


def test_a_method_of_the_class_reparsing_per_item_gets_a_copy_beside_the_class(tmp_path: Path) -> None:
    new = rewritten(tmp_path, TERRITORIES, "Territories.assign")
    assert new is not None
    assert "def _territory_for_with_caches(self, code: str, *, clean_cache: dict[str, str]):" in new
    assert ("_territory_for_with_caches(self, code, clean_cache=clean_cache) "
            "if type(self).territory_for is Territories.territory_for else self.territory_for(code)") in new
    rules = "[('AB', 'north'), ('ab1', 'city'), ('C', 'south'), ('c', 'again')]"
    for call in [f"Territories({rules}).assign(['AB1 2', 'ab9', 'c1', 'Z', ''])",
                 f"Shouting({rules}).assign(['AB1'])",  # a subclass's own method is called as before
                 f"Territories({rules}).assign(['AB', 3])",  # raises as before
                 "Territories([(None, 'x')]).assign(['A'])",
                 f"Territories({rules}).assign([])"]:
        assert run(new, call) == run(textwrap.dedent(TERRITORIES), call)


@pytest.mark.parametrize("change", [
    ("        wanted = clean(code)\n", "        wanted = clean(code)\n        self.seen = code\n"),  # changes self
    ("for prefix, name in self.rules:", "for prefix, name in self.__rules:"),  # a name mangled by the class
    ("        return [self.territory_for(code) for code in codes]", "        return [self.territory_for(codes[0])]"),
])
def test_a_method_left_alone(tmp_path: Path, change: tuple[str, str]) -> None:
    old, new = change
    assert old in TERRITORIES
    assert rewritten(tmp_path, TERRITORIES.replace(old, new), "Territories.assign") is None


CALENDAR = '''
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass
class Calendar:
    open_days: set[int] = field(default_factory=set)
    holidays: list[date] = field(default_factory=list)
    label: str = ""


def parse_calendar(text: str) -> Calendar:
    calendar = Calendar()
    for line in text.splitlines():
        word, _, value = line.partition(" ")
        if word == "open":
            calendar.open_days.update(int(day) for day in value.split(","))
        elif word == "holiday":
            calendar.holidays.append(date.fromisoformat(value))
        else:
            raise ValueError(f"cannot read {line!r}")
    calendar.label = text[:4].strip()
    return calendar


def working_days(start: date, end: date, calendar_text: str) -> int:
    calendar = parse_calendar(calendar_text)
    days = 0
    for offset in range((end - start).days):
        day = start + timedelta(days=offset)
        if day.weekday() in calendar.open_days and day not in calendar.holidays:
            days += 1
    return days + len(calendar.label)


def ages(spans: list[tuple[date, date]], calendar_text: str) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {}
    for start, end in spans:
        counts = totals.setdefault(start.isoformat()[:7], [])
        counts.append(working_days(start, end, calendar_text))
    return totals
'''


def test_a_helper_parsing_the_same_text_on_every_call_keeps_the_record_it_only_reads(tmp_path: Path) -> None:
    new = rewritten(tmp_path, CALENDAR, "ages")
    assert new is not None
    assert "def _working_days_with_caches(start: date, end: date, calendar_text: str, *, " \
           "parse_calendar_cache: dict[str, Any]) -> int:" in new
    assert "parse_calendar_cache.setdefault(calendar_text, parse_calendar(calendar_text))) " \
           "if type(calendar_text) is str else parse_calendar(calendar_text))" in new
    text = "'open 0,1,2,3,4\\nholiday 2024-05-06'"
    for call in [f"ages([(date(2024, 5, 1), date(2024, 5, 20)), (date(2024, 6, 1), date(2024, 6, 4))] * 3, {text})",
                 "ages([(date(2024, 5, 1), date(2024, 5, 2))], 'shut 1')",  # raises at every call alike
                 "ages([], 'shut 1')", f"ages([(date(2024, 5, 1), date(2024, 5, 9))], {text} + '\\\\n')"]:
        assert run(new, call) == run(textwrap.dedent(CALENDAR), call)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("    return days + len(calendar.label)", "    calendar.label = 'x'\n    return days"),
         "the copy writes into the kept record"),
        (("    return days + len(calendar.label)", "    calendar.holidays.append(start)\n    return days"),
         "the copy changes a container of the kept record"),
        (("    return days + len(calendar.label)", "    return days + len(calendar.open_days.pop())"),
         "the copy takes from a container of the kept record"),
        (("    return days + len(calendar.label)", "    return days + len(str(calendar))"),
         "the copy hands the record on"),
        (("working_days(start, end, calendar_text))", "working_days(start, end, start.isoformat()))"),
         "a text that differs from call to call: nothing to keep"),
        (("    calendar = Calendar()\n", "    calendar = Calendar()\n    calendar.holidays = HOLIDAYS\n"),
         "the record holds a list made elsewhere"),
    ],
)
def test_a_record_answer_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    old, new = change
    assert old in CALENDAR
    source = "HOLIDAYS: list[date] = []\n" + CALENDAR.replace(old, new)
    assert rewritten(tmp_path, source, "ages") is None, why


ASSETS = '''
from dataclasses import dataclass


@dataclass
class Asset:
    cost: float
    life: int


def charge(asset: Asset, age: int) -> float:
    book = asset.cost
    for month in range(age + 1):
        step = round(book * 2 / asset.life, 2)
        if month == age:
            return step
        book -= step
    return 0.0


def accumulated(asset: Asset, age: int) -> float:
    total = 0.0
    for month in range(age + 1):
        total += charge(asset, month)
    return round(total, 2)


def schedule(assets: list[Asset], months: int) -> list[tuple[int, float]]:
    rows = []
    for month in range(months):
        for asset in assets:
            rows.append((month, accumulated(asset, month)))
    return rows
'''


def test_a_helper_of_an_object_and_a_number_is_kept_by_the_objects_identity(tmp_path: Path) -> None:
    new = rewritten(tmp_path, ASSETS, "schedule")
    assert new is not None
    assert "charge_cache.setdefault((object.__hash__(asset), month), (asset, charge(asset, month)))[-1]) " \
           "if type(month) is int else charge(asset, month))" in new
    for call in ["schedule([Asset(1000.0, 10), Asset(500.0, 4), Asset(1000.0, 10)], 12)", "schedule([], 3)",
                 "schedule([Asset(10.0, 0)], 2)", "schedule([Asset(10.0, 3), None], 2)"]:
        assert run(new, call) == run(textwrap.dedent(ASSETS), call)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("            rows.append((month, accumulated(asset, month)))\n",
          "            rows.append((month, accumulated(asset, month)))\n            asset.cost -= 1\n"),
         "the function changes the objects"),
        (("        for asset in assets:\n", "        asset = Asset(1.0, 3)\n        if asset:\n"),
         "a handed object it made (which it could fill in)"),
        (("    for month in range(age + 1):\n        total +=", "    asset = Asset(1.0, 2)\n"
          "    for month in range(age + 1):\n        total +="), "the helper rebinds the object"),
    ],
)
def test_an_object_key_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in ASSETS
    assert rewritten(tmp_path, ASSETS.replace(*change), "schedule") is None, why


SERIES = '''
from dataclasses import dataclass, field


@dataclass
class Series:
    name: str
    start: int
    values: list[float] = field(default_factory=list)


def smoothed(values: list[float]) -> list[float | None]:
    out: list[float | None] = []
    for i, value in enumerate(values):
        out.append(None if i == 0 else (value + values[i - 1]) / 2)
    return out


def score_at(sample: list[float], master: Series, shift: int) -> float:
    reference = smoothed(master.values)
    total = 0.0
    for i, x in enumerate(sample):
        j = shift + i - master.start
        if 0 <= j < len(reference) and reference[j] is not None:
            total += x * reference[j]
    return total


def scores(sample: list[float], master: Series, tries: int) -> list[tuple[int, float]]:
    found = []
    for shift in range(tries):
        found.append((shift, score_at(sample, master, shift)))
    return found
'''


def test_a_helper_asked_the_same_of_a_records_field_on_every_call_keeps_its_one_answer(tmp_path: Path) -> None:
    new = rewritten(tmp_path, SERIES, "scores")
    assert new is not None
    assert "smoothed_cache: dict[None, list[float | None]] = {}" in new
    assert "reference = (smoothed_cache[None] if None in smoothed_cache else smoothed_cache.setdefault(None, " \
           "smoothed(master.values)))" in new
    for call in ["scores([1.0, 2.0, 0.5], Series('m', 3, [4.0, 1.0, 2.0, 8.0, 3.0]), 9)",
                 "scores([], Series('m', 0), 2)",
                 "scores([1.0], Series('m', 0, [1.0, 'x']), 3)",  # raises on every call, as before
                 "scores([1.0], Series('m', 0, [2.0, 1.0]), 0)", "scores([1.0], None, 2)"]:
        assert run(new, call) == run(textwrap.dedent(SERIES), call)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("        found.append((shift, score_at(sample, master, shift)))\n",
          "        found.append((shift, score_at(sample, master, shift)))\n        master.values.append(1.0)\n"),
         "the function changes the record's field"),
        (("smoothed(master.values)", "smoothed(master.values[1:])"), "the helper hands a value it works out"),
        (("    reference = smoothed(master.values)\n", "    reference = smoothed(master.values)\n"
          "    reference.append(None)\n"), "the copy changes the answer it would share"),
        (("-> list[float | None]:", "-> list[list[float] | None]:"), "an answer holding what can be changed"),
        (("score_at(sample, master, shift)", "score_at(sample, Series('m', 0, sample), shift)"),
         "the function hands another record on each call"),
        (("def score_at(sample: list[float], master: Series,", "def score_at(sample: list[float], master: object,"),
         "a field of something that is not a record of the project (a property may run code)"),
        (("    reference = smoothed(master.values)\n", "    reference = smoothed(master.values)\n"
          "    other = smoothed(sample)\n"), "the helper hands it other values too"),
    ],
)
def test_a_held_answer_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in SERIES
    assert rewritten(tmp_path, SERIES.replace(*change), "scores") is None, why


ROUTES = '''
import re
from dataclasses import dataclass

PARAMETER = re.compile(r"\\{(\\w+)\\}")


@dataclass(frozen=True)
class Route:
    method: str
    template: str


def template_regex(template: str) -> str:
    pattern = "^"
    position = 0
    for parameter in PARAMETER.finditer(template):
        pattern += re.escape(template[position:parameter.start()]) + f"(?P<{parameter.group(1)}>[^/]+)"
        position = parameter.end()
    return pattern + re.escape(template[position:]) + "/?$"


def match_route(method: str, path: str, routes: list[Route]) -> Route | None:
    for route in routes:
        if route.method == method and re.match(template_regex(route.template), path):
            return route
    return None
'''

USAGE = '''
from api.routes import Route, match_route


def usage(requests: list[tuple[str, str]], routes: list[Route]) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for method, path in requests:
        route = match_route(method, path, routes)
        if route is not None:
            hits.setdefault(route.template, []).append(path)
    for template, paths in hits.items():
        paths.sort()
    return hits
'''


def test_a_search_handing_back_one_of_its_items_is_copied_keeping_what_it_builds_per_item(tmp_path: Path) -> None:
    """`match_route` hands back a route it was handed (a reader, not pure): its copy does the same, with
    each template's pattern built once per call of the function."""
    sides = {}
    for side in ("before", "after"):
        root = tmp_path / side
        (root / "api").mkdir(parents=True)
        (root / "api" / "__init__.py").write_text("")
        (root / "api" / "routes.py").write_text(textwrap.dedent(ROUTES))
        (root / "api" / "usage.py").write_text(textwrap.dedent(USAGE))
        if side == "after":
            target = extract_target(root, Path("api/usage.py"), "usage")
            found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-helper-cache-by-text-")]
            assert found
            apply_patches(parse_diff(found[0].diff), root)
            new = (root / "api" / "usage.py").read_text()
            assert "template_regex_cache.setdefault(route.template, template_regex(route.template))" in new
        check = ("from api.routes import Route\nfrom api.usage import usage\n"
                 "routes = [Route('GET', '/a/{x}'), Route('GET', '/a/b'), Route('POST', '/c'),\n"
                 "          Route('GET', '/a/{y}')]\n"
                 "print(usage([('GET', '/a/1'), ('GET', '/a/b'), ('POST', '/c/'), ('GET', '/z'),\n"
                 "             ('GET', '/a/1')], routes))\n"
                 "print(usage([], routes), usage([('GET', '/a/b')], []))\n")
        sides[side] = subprocess.run([sys.executable, "-c", check], cwd=root, capture_output=True, text=True,
                                     check=True).stdout
    assert sides["before"] == sides["after"]


THREADS = '''
from dataclasses import dataclass
from typing import Optional, Sequence


@dataclass(frozen=True)
class Message:
    message_id: str
    in_reply_to: Optional[str]


def find_message(messages: Sequence[Message], message_id: str) -> Message | None:
    for message in messages:
        if message.message_id == message_id:
            return message
    return None


def thread_root(messages: Sequence[Message], message: Message) -> Message:
    seen = {message.message_id}
    current = message
    while current.in_reply_to is not None:
        parent = find_message(messages, current.in_reply_to)
        if parent is None or parent.message_id in seen:
            break
        seen.add(parent.message_id)
        current = parent
    return current


def roots(messages: Sequence[Message]) -> list[str]:
    return [thread_root(messages, message).message_id for message in messages]
'''


def test_a_search_handing_back_an_item_is_kept_by_its_text_alone_where_the_list_is_the_same(tmp_path: Path) -> None:
    """`find_message(messages, id)` answers with an item of `messages`, the very object a new search would
    find while the list is unchanged; `messages` is the same list on every call, so the text is the key."""
    module = cst.parse_module(THREADS)
    trusted = callees.trusted_in(module)
    assert "thread_root" in trusted.readers  # it calls only a reader: it changes nothing either
    with purity.trusting(trusted):
        assert callees.text_keyed(module, trusted, None)[0]["find_message"] == {1}
    new = rewritten(tmp_path, THREADS, "roots")
    assert new is not None
    assert "find_message_cache.setdefault(current.in_reply_to, find_message(messages, current.in_reply_to))" in new
    rng = random.Random(9)
    for size in (0, 1, 8, 40):
        ids = [f"m{rng.randrange(size + 1)}" for _ in range(size)]  # repeated ids: the first is found
        messages = [(i, rng.choice([None, *ids, "gone"])) for i in ids]
        call = f"roots([Message(a, b) for a, b in {messages!r}])"
        assert run(new, call) == run(THREADS, call)
    assert run(new, "roots([Message('a', 1)])") == run(THREADS, "roots([Message('a', 1)])")  # not a text


@pytest.mark.parametrize("change", [
    ("        parent = find_message(messages, current.in_reply_to)\n",
     "        parent = find_message(list(messages), current.in_reply_to)\n"),  # another list every time
    ("            return message\n", "            return [message]\n"),  # a new list, which could be changed
])
def test_a_search_kept_only_where_its_list_and_answer_are_the_same(tmp_path: Path, change: tuple[str, str]) -> None:
    assert change[0] in THREADS
    assert rewritten(tmp_path, THREADS.replace(*change), "roots") is None


FESTIVALS = '''
from datetime import date, timedelta


def festival_days(year: int) -> set[date]:
    found = set()
    day = date(year, 6, 1)
    while day.weekday() != 4:
        day += timedelta(days=1)
    for offset in range(3):
        found.add(day + timedelta(days=offset))
    return found


def busy(day: date) -> bool:
    return day in festival_days(day.year)


def busy_count(days: list[date]) -> int:
    count = 0
    for day in days:
        if busy(day):
            count += 1
    return count
'''


def test_a_helper_keyed_by_the_year_of_a_date_it_was_handed_keeps_its_answers(tmp_path: Path) -> None:
    new = rewritten(tmp_path, FESTIVALS, "busy_count")
    assert new is not None
    assert "festival_days_cache[day.year] if day.year in festival_days_cache" in new
    assert "if type(day.year) is int else festival_days(day.year)" in new
    rng = random.Random(5)
    for _ in range(30):
        days = [737546 + rng.randrange(2000) for _ in range(rng.randrange(50))]  # from 2020-5-1 on
        call = f"busy_count([date.fromordinal(n) for n in {days!r}])"
        assert run(new, call) == run(textwrap.dedent(FESTIVALS), call)
    by_day = FESTIVALS.replace("festival_days(day.year)", "festival_days(day.day)")
    assert rewritten(tmp_path / "day", by_day, "busy_count") is None  # a day of the month: ask each time


TERMS = '''
import re

WORD = re.compile(r"[^\\W_]+")


def words(text: str) -> list[str]:
    plain = " ".join(part.strip() for part in text.casefold().split(","))
    return WORD.findall(plain)


def matches(item: str, terms: list[str]) -> list[str]:
    item_words = words(item)
    found = []
    for term in terms:
        term_words = words(term)
        size = len(term_words)
        if size and any(all(item_words[start + at] == term_words[at] for at in range(size))
                        for start in range(len(item_words) - size + 1)):
            found.append(term)
    return found


def run(items: list[str], terms: list[str]) -> list[list[str]]:
    return [matches(item, terms) for item in items]
'''


@pytest.mark.parametrize(("change", "kept"), [
    (("", ""), True),
    (("WORD.findall(plain)", "WORD.sub(' ', plain).split()"), False),  # a list of unknown make
    (("WORD = re.compile", "WORD = re.compile(r'x')\nWORD = re.compile"), False),  # not bound once
])
def test_matches_of_a_compiled_pattern_are_a_new_list_a_copy_may_keep(
        tmp_path: Path, change: tuple[str, str], kept: bool) -> None:
    source = TERMS.replace(*change)
    new = rewritten(tmp_path, source, "run")
    assert (new is not None) == kept
    if new is None:
        return
    assert "words_cache" in new
    rng = random.Random(8)
    pool = ["Milk", "milk powder", "ÉGG", "egg_white", "", " ", "wheat-flour", "Oat", "oats"]
    for _ in range(50):
        items = [" ".join(rng.sample(pool, 2)) for _ in range(4)]
        terms = rng.sample(pool, 4)
        expected: dict[str, object] = {}
        exec(textwrap.dedent(source), expected)
        got: dict[str, object] = {}
        exec(new, got)
        assert eval("run(items, terms)", got, {"items": items, "terms": terms}) == eval(
            "run(items, terms)", expected, {"items": items, "terms": terms})
