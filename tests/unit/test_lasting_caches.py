"""Recipe lasting-cache: a helper depending on its texts and numbers alone, called by another function of
its module → a bounded cache beside it, asked there instead."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates
from wattlens.verify.patching import apply_patches, parse_diff

CALENDAR = '''
from datetime import date, timedelta

CALLS = []


def called(year: int) -> None:
    CALLS.append(year)  # (so CALLS may change between two calls)


def easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    h = (19 * a + b - b // 4 - (b - (b + 8) // 25 + 1) // 3 + 15) % 30
    k = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    m = (a + 11 * h + 22 * k) // 451
    month, day = divmod(h + k - 7 * m + 114, 31)
    return date(year, month, day + 1)


def next_free(day: date, taken: set[date]) -> date:
    while day.weekday() >= 5 or day in taken:
        day += timedelta(days=1)
    return day


def holidays(year: int, region: str) -> set[date]:
    if year < 1583:
        raise ValueError(f"no Gregorian Easter in {year}")
    found = {date(year, 1, 1), easter(year) - timedelta(days=2), easter(year) + timedelta(days=1)}
    if region == "north":
        found.add(date(year, 1, 2))
    found.add(next_free(date(year, 12, 25), found))
    return found


def is_off_day(day: date, region: str) -> bool:
    return day.weekday() >= 5 or day in holidays(day.year, region)


def holiday_count(year: int, region: str) -> int:
    days = holidays(year, region)
    return len(days)
'''

MAIN = '''
from pkg.calendar import holiday_count, is_off_day


def off_days(days, region):
    return [is_off_day(day, region) for day in days] + [holiday_count(day.year, region) for day in days[:3]]
'''


def project(tmp_path: Path, calendar: str = CALENDAR) -> Path:
    (tmp_path / "pkg").mkdir(parents=True)
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "calendar.py").write_text(textwrap.dedent(calendar))
    (tmp_path / "pkg" / "main.py").write_text(textwrap.dedent(MAIN))
    return tmp_path


def rewritten(root: Path) -> str | None:
    target = extract_target(root, Path("pkg/main.py"), "off_days")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-lasting-cache-")]
    if not found:
        return None
    assert len(found) == 1 and found[0].diff.startswith("diff --git a/pkg/calendar.py b/pkg/calendar.py")
    apply_patches(parse_diff(found[0].diff), root)
    return (root / "pkg" / "calendar.py").read_text()


PROBES = '''
import datetime
from pkg.main import off_days


class Region(str):
    pass


class Day(datetime.date):
    @property
    def year(self):
        return True if super().year == 2001 else super().year


for days, region in {cases}:
    try:
        print(off_days(days, region))
    except Exception as error:
        print(type(error).__name__, error)
'''


def outcomes(root: Path, seed: int) -> str:
    rng = random.Random(seed)
    start = __import__("datetime").date(1583 if rng.random() < 0.7 else 1582, 1, 1).toordinal()
    days = ([f"datetime.date.fromordinal({start + rng.randrange(9000)})" for _ in range(rng.randrange(60))]
            for _ in range(20))
    cases = ", ".join(f"([{', '.join(some)}], {rng.choice(['north', 'south', 'Region(north)', 1])!r})"
                      for some in days)
    cases += ", ([Day(1, 1, 3), Day(2001, 1, 1), Day(2001, 1, 2)], 'north'), ([], 'south')"
    script = PROBES.format(cases=f"[{cases}]".replace("'Region(north)'", "Region('north')"))
    return subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True,
                          check=True).stdout


def test_answers_of_a_helper_of_texts_and_ints_are_kept_where_they_are_only_read(tmp_path: Path) -> None:
    root = project(tmp_path / "b")
    new = rewritten(root)
    assert new is not None
    assert "_holidays_kept = functools.lru_cache(maxsize=4096)(holidays)" in new
    assert ("day in (_holidays_kept(day.year, region) if type(day.year) is int and type(region) is str "
            "else holidays(day.year, region))") in new
    assert "easter(year) - timedelta" in new  # called once a call of its caller: left as it is
    for seed in range(12):
        assert outcomes(root, seed) == outcomes(project(tmp_path / f"a{seed}"), seed)


@pytest.mark.parametrize(("change", "why"), [
    (("    days = holidays(year, region)\n    return len(days)", "    days = holidays(year, region)\n"
      "    days.clear()\n    return len(days)"), "a caller changes the answer"),
    (("    return day.weekday() >= 5 or day in holidays(day.year, region)",
      "    return day.weekday() >= 5 or day in holidays(day.year, region=region)"), "a keyword argument"),
    (("def holidays(year: int, region: str)", "def holidays(year: float, region: str)"), "not a text or an int"),
    (("    if region == \"north\":", "    CALLS.append(year)\n    if region == \"north\":"), "not pure"),
    (("    if year < 1583:", "    if year < len(CALLS):"), "reads a module list that may change"),
])
def test_left_alone(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in CALENDAR
    new = rewritten(project(tmp_path, CALENDAR.replace(*change)))
    if why == "a caller changes the answer":  # the other caller's answer is still kept
        assert new is not None and "days = holidays(year, region)\n" in new, why
    else:
        assert new is None, why


REPORT = '''
from pkg.calendar import holidays


def busy_days(days, region):
    return [day for day in days if day in holidays(day.year, region)]
'''


def test_a_helper_imported_from_another_module_is_wrapped_after_its_import(tmp_path: Path) -> None:
    root = project(tmp_path)
    (root / "pkg" / "report.py").write_text(textwrap.dedent(REPORT))
    (root / "pkg" / "main.py").write_text("from pkg.report import busy_days\n\n\ndef off_days(days, region):\n"
                                          "    return busy_days(days, region)\n")
    target = extract_target(root, Path("pkg/main.py"), "off_days")
    found = [c for c in recipe_candidates(target) if c.id.startswith("recipe-lasting-cache-")
             and c.diff.startswith("diff --git a/pkg/report.py")]
    assert len(found) == 1
    apply_patches(parse_diff(found[0].diff), root)
    new = (root / "pkg" / "report.py").read_text()
    assert "import functools\n\n\n_holidays_kept = functools.lru_cache(maxsize=4096)(holidays)" in new
    script = ("import datetime\nfrom pkg.report import busy_days\n"
              "days = [datetime.date.fromordinal(730000 + n * 37) for n in range(300)]\n"
              "print(busy_days(days, 'north'), busy_days(days[:3], 1))\n")
    ran = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True).stdout
    original = project(tmp_path / "original")
    (original / "pkg" / "report.py").write_text(textwrap.dedent(REPORT))
    assert ran == subprocess.run([sys.executable, "-c", script], cwd=original, capture_output=True, text=True,
                                 check=True).stdout
