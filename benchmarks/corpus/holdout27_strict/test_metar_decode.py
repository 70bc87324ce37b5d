"""Strict equivalence tests for decode_reports (never shown to wattlens)."""

from __future__ import annotations

import random
import re

import pytest
from strict_support import assert_same
from metarwx.decode import decode_reports
from metarwx.observation import Observation

TARGET = "metarwx/decode.py:decode_reports"


# --- verbatim copy of the original implementation and its helpers -----------------------------

_REF_PHENOMENA = (
    "TSRA", "TSGR", "TSSN", "TS", "SHRA", "SHSN", "SHGR", "SHGS", "FZRA", "FZDZ", "FZFG",
    "RA", "DZ", "SN", "RASN", "SNRA", "SG", "GR", "GS", "PL", "IC",
    "BR", "FG", "MIFG", "BCFG", "PRFG", "HZ", "FU", "DU", "SA", "VA",
    "BLSN", "DRSN", "SQ", "FC", "SS", "DS", "PO", "UP",
)


def _ref_temperature(group):
    if not group:
        return None
    return -int(group[1:]) if group.startswith("M") else int(group)


def _ref_decode_report(text):
    body = text.split(" RMK", 1)[0]
    header = re.match(r"^(?:METAR |SPECI )?(?:COR )?([A-Z]{4}) (\d{2})(\d{4})Z(?!\S)", body)
    if header is None:
        raise ValueError(f"not a METAR report: {text!r}")
    station, day, time = header.group(1), int(header.group(2)), header.group(3)

    direction = speed = gust = None
    wind = re.search(r"(?<!\S)(\d{3}|VRB)(\d{2,3})(?:G(\d{2,3}))?KT(?!\S)", body)
    if wind is not None:
        direction = None if wind.group(1) == "VRB" else int(wind.group(1))
        speed = int(wind.group(2))
        gust = int(wind.group(3)) if wind.group(3) else None

    visibility = None
    if re.search(r"(?<!\S)CAVOK(?!\S)", body):
        visibility = 10000
    else:
        found = re.search(r"(?<!\S)(\d{4})(?!\S)", body[header.end():])
        if found is not None:
            visibility = 10000 if found.group(1) == "9999" else int(found.group(1))

    weather = []
    for code in _REF_PHENOMENA:
        match = re.search(rf"(?<!\S)(?:[+-]|VC)?{code}(?!\S)", body)
        if match is not None:
            weather.append(match.group(0))

    clouds = tuple(
        (cover + (kind or ""), int(base) * 100)
        for cover, base, kind in re.findall(r"(?<!\S)(FEW|SCT|BKN|OVC|VV)(\d{3})(CB|TCU)?(?!\S)", body)
    )
    ceilings = [base for cover, base in clouds if cover[:3] in ("BKN", "OVC") or cover == "VV"]

    temperature = dewpoint = None
    temps = re.search(r"(?<!\S)(M?\d{2})/(M?\d{2})?(?!\S)", body)
    if temps is not None:
        temperature, dewpoint = _ref_temperature(temps.group(1)), _ref_temperature(temps.group(2))

    qnh = None
    pressure = re.search(r"(?<!\S)([QA])(\d{4})(?!\S)", body)
    if pressure is not None:
        value = int(pressure.group(2))
        qnh = value if pressure.group(1) == "Q" else round(value / 100 * 33.8639)

    return Observation(
        station, day, time, direction, speed, gust, visibility, tuple(weather), clouds,
        min(ceilings) if ceilings else None, temperature, dewpoint, qnh,
    )


def reference(lines):
    return [_ref_decode_report(line.strip()) for line in lines if line.strip()]


# --- cases -------------------------------------------------------------------------------

GOOD = "METAR EGKA 010950Z 24012G25KT 9999 -RA BR FEW012 BKN030 08/M03 Q1018 RMK AO2"

SINGLE_LINES = [
    GOOD,
    "EGKA 010950Z 24012KT 9999 FEW030 08/03 Q1018",
    "SPECI EGKA 010955Z 24012KT 4000 +TSRA BKN008CB 08/07 Q1010",
    "SPECI COR EGKA 010955Z 24012KT 4000 TSRA 08/07 Q1010",
    "COR EGKA 010955Z 24012KT 4000 08/07 Q1010",
    "METAR COR EGKA 010955Z 00000KT CAVOK 12/04 Q1030",
    "KJFK 151651Z VRB03KT 1200 FG VV002 M01/ A2992",
    "KJFK 151651Z VRB03KT 1200 FG VV002CB M01/ A2992",
    "KJFK 151651Z 36005KT 10SM FEW250 22/10 A3001",
    "KJFK 151651Z 36005KT 0800 A2992 Q1013",
    "KJFK 151651Z 36005KT 0800 Q1013 A2992",
    "EGKA 010950Z",
    "EGKA 010950Z ",
    "EGKA 010950Z NIL",
    "EGKA 010950Z AUTO 24012KT ////",
    "EGKA 010950Z 240100KT 9999",
    "EGKA 010950Z 24012G105KT 9999",
    "EGKA 010950Z 2401KT 9999",
    "EGKA 010950Z 24012MPS 9999",
    "EGKA 010950Z 24012KT 18008KT",
    "EGKA 010950Z 24012KT 0950",
    "EGKA 010950Z 0000 FG",
    "EGKA 010950Z 1234 5678",
    "EGKA 010950Z CAVOK 9999 4000",
    "EGKA 010950Z 4000 CAVOK",
    "EGKA 010950Z 3000 RA RA -RA +RA",
    "EGKA 010950Z 3000 +-RA RA- RAIN",
    "EGKA 010950Z 3000 VCTS VCFG VCSH -SHRA",
    "EGKA 010950Z 3000 TS TSRA TSGR TSSN",
    "EGKA 010950Z 3000 MIFG BCFG PRFG FZFG FG",
    "EGKA 010950Z 3000 BLSN DRSN SN -SN +SN SG",
    "EGKA 010950Z 3000 SQ FC +FC SS DS PO UP VA",
    "EGKA 010950Z 3000 HZ FU DU SA BR",
    "EGKA 010950Z 3000 RASN SNRA -RASN",
    "EGKA 010950Z 3000 -VCRA VC RA/SN",
    "EGKA 010950Z 9999 FEW000 SCT001 BKN999 OVC100TCU",
    "EGKA 010950Z 9999 SCT030 BKN020 OVC010 BKN005CB",
    "EGKA 010950Z 9999 FEW030 SCT040 NSC SKC",
    "EGKA 010950Z 9999 BKN03 OVC0100 VV///",
    "EGKA 010950Z 9999 BKN030XX FEW020CBX",
    "EGKA 010950Z 9999 M05/M07 Q0999",
    "EGKA 010950Z 9999 M00/M01 Q1000",
    "EGKA 010950Z 9999 05/ Q1000",
    "EGKA 010950Z 9999 5/3 123/45 Q100 Q10000",
    "EGKA 010950Z 9999 10/05 12/08",
    "EGKA 010950Z 9999 M10/M10 A3100",
    "EGKA 010950Z 9999 A2992",
    "EGKA 010950Z 9999 A0000 Q0000",
    "EGKA 010950Z 9999 08/03 Q1018 RMK TSRA 0100 BKN001",
    "EGKA 010950Z 9999 08/03 Q1018 RMKFG",
    "EGKA 010950Z RMK 9999",
    "EGKA 010950ZRMK",
    "EGKA 010950Z9999",
    "EGKA 321299Z 9999",
    "EGKA 000000Z 9999",
    "EGKA ٠١٠٩٥٠Z ٢٤٠١٢KT ٩٩٩٩ ٠٨/٠٣ Q١٠١٨",
    "EGKA 010950Z 24012KT 3000\u00a0RA\u00a0BR 08/03",
    "EGKA 010950Z 24012KT 3000\tRA\tBR\t08/03",
    "EGKA 010950Z  24012KT  3000  RA",
    "egka 010950Z 9999",
    "EGK 010950Z 9999",
    "EGKAA 010950Z 9999",
    "EGKA 10950Z 9999",
    "EGKA 0109500Z 9999",
    "EGKA 010950 9999",
    "EGKA\u00a0010950Z 9999",
    "METAR  EGKA 010950Z 9999",
    "METAR METAR EGKA 010950Z 9999",
    "ÉGKA 010950Z 9999",
    "HELLO WORLD",
    "X",
]

CASES = [
    [],
    (),
    [""],
    ["", "   ", "\n", "\t\r\n", "\u00a0"],
    [GOOD],
    (GOOD,),
    [GOOD + "\n", "  " + GOOD + "  ", GOOD + "\r\n"],
    [GOOD, "", GOOD],
    SINGLE_LINES[:10],
    [line for line in SINGLE_LINES if not line.startswith(("egka", "EGK ", "EGKAA", "HELLO", "X", "É", "METAR ", "EGKA 1", "EGKA 01095"))][:40],
    [GOOD, "HELLO WORLD", GOOD],
    ["HELLO WORLD", None],
    [GOOD, None],
    [None],
    [GOOD, 42],
    [b"EGKA 010950Z 9999"],
    [GOOD, b""],
    GOOD,
    "   ",
    "",
    None,
    {GOOD: 1, "": 2},
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case) -> None:
    assert_same(decode_reports, reference, case)


@pytest.mark.parametrize("line", SINGLE_LINES)
def test_single_lines(line) -> None:
    assert_same(decode_reports, reference, [line])
    assert_same(decode_reports, reference, [" " + line + " \n"])


def test_keyword_argument() -> None:
    assert_same(decode_reports, reference, lines=[GOOD, ""])


TOKENS = ["24012KT", "VRB02KT", "18025G40KT", "00000KT", "9999", "4000", "0800", "CAVOK", "-RA", "+TSRA", "BR", "FG",
          "VCSH", "SHRA", "-SN", "FZFG", "MIFG", "FEW012", "SCT025", "BKN008", "OVC003", "BKN015CB", "VV001", "08/03",
          "M02/M05", "15/", "Q1018", "A2992", "NOSIG", "RMK", "AO2", "////", "TEMPO", "BECMG", "3000", "RA"]


def _random_cases():
    rng = random.Random(8817)
    for _ in range(200):
        lines = []
        for _ in range(rng.randint(0, 6)):
            roll = rng.random()
            if roll < 0.1:
                lines.append(rng.choice(["", "  ", "\n"]))
                continue
            prefix = rng.choice(["", "", "METAR ", "SPECI ", "SPECI COR "])
            station = rng.choice(["EGKA", "EGLL", "KJFK", "LFPG"])
            tokens = [rng.choice(TOKENS) for _ in range(rng.randint(0, 9))]
            if roll > 0.99:
                station = "bad"
            lines.append(f"{prefix}{station} {rng.randint(0, 31):02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}Z "
                         + " ".join(tokens) + rng.choice(["", "", " ", "\n"]))
        yield lines


@pytest.mark.parametrize("case", list(_random_cases()))
def test_random(case) -> None:
    assert_same(decode_reports, reference, case)


def test_archive_month() -> None:
    """A realistic archive: 1500 reports from six stations, with blank separator lines."""
    rng = random.Random(31)
    lines = []
    for n in range(1500):
        speed = rng.randint(0, 35)
        groups = [rng.choice(["METAR", "SPECI"]), rng.choice(["EGKA", "EGHH", "EGLL", "EGKK", "EGMC", "EGSS"]),
                  f"{n % 28 + 1:02d}{n % 24:02d}{rng.choice([20, 50])}Z", f"{rng.randrange(0, 360, 10):03d}{speed:02d}KT"]
        groups.append(rng.choice(["9999", "CAVOK", "6000", "2000", "0300"]))
        groups.extend(rng.sample(["-RA", "BR", "FG", "SHRA", "+TSRA", "VCSH", "-DZ", "HZ"], rng.randint(0, 2)))
        groups.extend(f"{rng.choice(['FEW', 'SCT', 'BKN', 'OVC'])}{base:03d}" for base in sorted(rng.sample(range(1, 50), rng.randint(0, 3))))
        groups.append(f"{rng.randint(0, 25):02d}/{rng.randint(0, 9):02d}")
        groups.append(f"Q{rng.randint(990, 1035)}")
        lines.append(" ".join(groups))
        if n % 50 == 0:
            lines.append("")
    assert_same(decode_reports, reference, lines)
