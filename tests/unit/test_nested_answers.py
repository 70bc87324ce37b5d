"""A pure helper answering with a new container of containers (`-> dict[str, list[tuple[int, int]]]`) keeps
its answers by text (cache-by-text) only where each answer is handed whole to pure helpers answering with a
value nothing can change (holdout22/store_hours, studied after its blind run)."""

from __future__ import annotations

import random
import subprocess
import tempfile
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize.recipes import recipe_candidates

ROTA = '''
from dataclasses import dataclass


@dataclass
class Shift:
    nurse: str
    rota: str
    hour: int


def parse_rota(text: str) -> dict[str, list[tuple[int, int]]]:
    """'mon 8-16,20-24; tue 0-8' -> the covered hours per day."""
    days: dict[str, list[tuple[int, int]]] = {}
    for part in text.split(";"):
        day, spans = part.split()
        for span in spans.split(","):
            start, end = span.split("-")
            days.setdefault(day, []).append((int(start), int(end)))
    return {day: sorted(spans) for day, spans in days.items()}


def covers(rota: dict[str, list[tuple[int, int]]], day: str, hour: int) -> bool:
    return any(start <= hour < end for start, end in rota.get(day, []))


def uncovered(shifts: list, day: str) -> list:
    missing = []
    for shift in shifts:
        rota = parse_rota(shift.rota)
        if not covers(rota, day, shift.hour):
            missing.append(shift.nurse)
    return missing
'''


def _cache_diff(root: Path, source: str) -> str | None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "rota.py").write_text(textwrap.dedent(source))
    target = extract_target(root, Path("rota.py"), "uncovered")
    return next((c.diff for c in recipe_candidates(target) if c.id.startswith("recipe-cache-by-text-")), None)


def _outcome(source: str, shifts: list[tuple[object, object, object]], day: object) -> object:
    scope: dict[str, object] = {}
    exec(source, scope)
    made = [scope["Shift"](*fields) for fields in shifts]  # type: ignore[operator]
    try:
        return scope["uncovered"](made, day)  # type: ignore[operator]
    except Exception as error:  # (the same exception is what is compared)
        return type(error)


def _cases(seed: int) -> list[tuple[list[tuple[object, object, object]], object]]:
    rng = random.Random(seed)
    rotas = ["mon 8-16,20-24; tue 0-8", "mon 0-24", "tue 8-12", "mon 16-8", "wed 1-2,1-2", "mon 8-16 ;tue 1-2"]
    cases: list[tuple[list[tuple[object, object, object]], object]] = []
    for index in range(60):
        shifts: list[tuple[object, object, object]] = [
            (f"n{n}", rng.choice(rotas), rng.choice([0, 7, 8, 15, 16, 23, 24, 8.5, True]))
            for n in range(rng.randint(0, 25))]
        if index % 7 == 2:
            shifts.append(("bad", "mon 8-x", 9))  # ValueError, raised again at the same shift
        if index % 7 == 4:
            shifts.append(("none", None, 9))  # not a text: handed to the helper as before
        cases.append((shifts, rng.choice(["mon", "tue", "wed", "sun"])))
    return cases


def test_answers_holding_lists_are_kept_where_only_handed_to_a_pure_helper(tmp_path: Path) -> None:
    source = textwrap.dedent(ROTA)
    diff = _cache_diff(tmp_path / "p", ROTA)
    assert diff is not None
    with tempfile.TemporaryDirectory() as work:
        Path(work, "rota.py").write_text(source)
        subprocess.run(["git", "apply", "-"], input=diff, text=True, cwd=work, check=True)
        patched = Path(work, "rota.py").read_text()
    assert "parse_rota_cache" in patched
    for shifts, day in _cases(4):
        assert _outcome(patched, shifts, day) == _outcome(source, shifts, day)


@pytest.mark.parametrize(("use", "why"), [
    ("if not covers(rota, day, shift.hour):\n            missing.append(rota[day])\n        if False:",
     "an inner list handed out"),
    ("rota.setdefault(day, []).append(shift.hour)\n        if not covers(rota, day, shift.hour):", "changed"),
    ("if not covers(dict(rota), day, shift.hour):", "handed to a copy"),
    ("if not covers(rota, day, shift.hour) and print(rota) is None:", "handed to a call that is not pure"),
    ("if not any(covers(rota, d, shift.hour) for d in rota):", "walked"),
])
def test_answers_holding_lists_used_otherwise_are_not_kept(tmp_path: Path, use: str, why: str) -> None:
    source = ROTA.replace("if not covers(rota, day, shift.hour):", use)
    assert source != ROTA
    diff = _cache_diff(tmp_path, source)
    assert diff is None or "parse_rota_cache" not in diff, why


SETTINGS = '''
import json

DEFAULTS = {"rate": 1, "caps": {}, "exempt": False}


def load(document: str) -> dict:
    data = json.loads(document)
    if not isinstance(data, dict):
        raise ValueError("not an object")
    merged = dict(DEFAULTS)
    merged.update({key: data[key] for key in DEFAULTS if key in data})
    return merged


def charges(lines: list, surcharges: dict) -> list:
    out = []
    for account, document, amount in lines:
        settings = load(document)
        cap = settings["caps"].get(account, settings["rate"] * 100)
        fee = 0 if settings["exempt"] else amount * settings["rate"]
        out.append((round(min(fee, cap) + surcharges.get(settings["rate"], 0), 2), f"{settings['caps']}"))
    return out
'''


def _charges_diff(root: Path, source: str) -> str | None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "billing.py").write_text(textwrap.dedent(source))
    target = extract_target(root, Path("billing.py"), "charges")
    return next((c.diff for c in recipe_candidates(target) if c.id.startswith("recipe-cache-by-text-")), None)


def _charged(source: str, lines: object) -> object:
    scope: dict[str, object] = {}
    exec(source, scope)
    try:
        return scope["charges"](lines, {1: 5, 2.5: 1})  # type: ignore[operator]
    except Exception as error:  # (the same exception is what is compared)
        return type(error)


def test_parsed_settings_only_looked_at_are_kept_by_their_text(tmp_path: Path) -> None:
    """`json.loads(text)` makes new values from the text alone; the parsed settings are kept by the text
    where each part of them is only looked at (read by key, compared, used in arithmetic, formatted)."""
    source = textwrap.dedent(SETTINGS)
    diff = _charges_diff(tmp_path / "p", SETTINGS)
    assert diff is not None
    with tempfile.TemporaryDirectory() as work:
        Path(work, "billing.py").write_text(source)
        subprocess.run(["git", "apply", "-"], input=diff, text=True, cwd=work, check=True)
        patched = Path(work, "billing.py").read_text()
    assert "load_cache" in patched
    rng = random.Random(8)
    documents = ['{"rate": 2, "caps": {"a": 150}}', '{"exempt": true}', '{}', '{"rate": 2.5, "caps": {"b": 0}}',
                 '{"caps": {"a": null}}', "[1, 2]", "not json", '{"rate": 1}\n', b'{"rate": 2}', None]
    for _ in range(60):
        lines = [(rng.choice(["a", "b", "c"]), rng.choice(documents), rng.randint(0, 90))
                 for _ in range(rng.randint(0, 12))]
        assert _charged(patched, lines) == _charged(source, lines)


@pytest.mark.parametrize(("change", "why"), [
    (("        fee = 0", "        settings['caps'][account] = 0\n        fee = 0"), "a part written to"),
    (("        fee = 0", "        settings['caps'].setdefault(account, 0)\n        fee = 0"), "a part changed"),
    (("f\"{settings['caps']}\"", "settings['caps']"), "a part handed out"),
    (("f\"{settings['caps']}\"", "[settings['caps']] + []"), "a part joined into a list handed out"),
    (("round(min(fee, cap) + surcharges", "(min(fee, cap) + surcharges"), "a sum that may join lists, handed out"),
    (("settings[\"rate\"] * 100)", "[])\n        cap.append(0)"), "a part (or default) changed by its name"),
    (("json.loads(document)", "json.loads(document, object_hook=dict)"), "a hook could do anything"),
])
def test_parsed_settings_used_otherwise_are_not_kept(tmp_path: Path, change: tuple[str, str], why: str) -> None:
    assert change[0] in SETTINGS
    diff = _charges_diff(tmp_path, SETTINGS.replace(*change))
    assert diff is None or "load_cache" not in diff, why
