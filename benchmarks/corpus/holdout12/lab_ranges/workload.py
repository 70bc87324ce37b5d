"""Flag the afternoon batch of results before they are released to the wards."""

import random
from collections import Counter

from labflags.intervals import Result, flag_results

PANELS = {
    "HGB": (13.5, 17.5, 12.0, 15.5, "g/dL"), "WBC": (4.0, 11.0, 4.0, 11.0, "10^9/L"), "PLT": (150, 400, 150, 400, "10^9/L"),
    "NA": (135, 145, 135, 145, "mmol/L"), "K": (3.5, 5.1, 3.5, 5.1, "mmol/L"), "CL": (98, 107, 98, 107, "mmol/L"),
    "CREAT": (62, 106, 44, 80, "umol/L"), "UREA": (2.5, 7.8, 2.5, 7.8, "mmol/L"), "GLU": (3.9, 5.6, 3.9, 5.6, "mmol/L"),
    "ALT": (None, 41, None, 33, "U/L"), "AST": (None, 40, None, 32, "U/L"), "ALP": (40, 129, 35, 104, "U/L"),
    "BILI": (None, 21, None, 21, "umol/L"), "ALB": (35, 52, 35, 52, "g/L"), "CRP": (None, 5, None, 5, "mg/L"),
    "TSH": (0.27, 4.2, 0.27, 4.2, "mU/L"), "FT4": (12, 22, 12, 22, "pmol/L"), "FERR": (30, 400, 13, 150, "ug/L"),
    "HBA1C": (None, 42, None, 42, "mmol/mol"), "CHOL": (None, 5.0, None, 5.0, "mmol/L"), "TRIG": (None, 1.7, None, 1.7, "mmol/L"),
    "HDL": (1.0, None, 1.2, None, "mmol/L"), "LDL": (None, 3.0, None, 3.0, "mmol/L"), "CA": (2.2, 2.6, 2.2, 2.6, "mmol/L"),
    "MG": (0.7, 1.0, 0.7, 1.0, "mmol/L"), "PHOS": (0.8, 1.5, 0.8, 1.5, "mmol/L"), "URATE": (200, 430, 140, 360, "umol/L"),
    "CK": (None, 190, None, 170, "U/L"), "LDH": (135, 225, 135, 214, "U/L"), "GGT": (None, 60, None, 40, "U/L"),
    "VITD": (50, None, 50, None, "nmol/L"), "B12": (145, 569, 145, 569, "pmol/L"), "FOL": (8.8, None, 8.8, None, "nmol/L"),
    "INR": (0.8, 1.2, 0.8, 1.2, ""), "APTT": (25, 36, 25, 36, "s"), "FIB": (1.5, 4.0, 1.5, 4.0, "g/L"),
    "PSA": (None, 4.0, None, None, "ug/L"), "ESR": (None, 15, None, 20, "mm/h"), "MCV": (80, 100, 80, 100, "fL"),
    "RETIC": (0.5, 2.5, 0.5, 2.5, "%"), "LIPASE": (13, 60, 13, 60, "U/L"), "AMYL": (28, 100, 28, 100, "U/L"),
    "TROP": (None, 14, None, 14, "ng/L"), "BNP": (None, 100, None, 100, "ng/L"), "LACT": (0.5, 2.2, 0.5, 2.2, "mmol/L"),
}
AGE_BANDS = [(0, 0), (1, 5), (6, 11), (12, 17), (18, 64), (65, 120)]


def _fmt(value):
    return "" if value is None else f"{value:g}"


def build_table(rng: random.Random) -> str:
    lines = ["test,sex,age_from,age_to,low,high,unit", "# Reference intervals, clinical chemistry and haematology, rev 14"]
    for test, (m_low, m_high, f_low, f_high, unit) in PANELS.items():
        lines.append(f"# {test}")
        for age_from, age_to in AGE_BANDS:
            scale = 1.0 if age_from >= 18 else rng.uniform(0.7, 1.1)
            for sex, low, high in (("M", m_low, m_high), ("F", f_low, f_high)):
                if age_from < 12 and sex == "F":
                    continue
                row_sex = "*" if age_from < 12 else sex
                scaled_low = None if low is None else round(low * scale, 2)
                scaled_high = None if high is None else round(high * scale, 2)
                lines.append(f"{test}, {row_sex}, {age_from}, {age_to}, {_fmt(scaled_low)}, {_fmt(scaled_high)}, {unit}")
    return "\n".join(lines) + "\n"


def batch(rng: random.Random, size: int) -> list[Result]:
    tests = list(PANELS) + ["XYZ", "COVIDAB"]
    results = []
    for number in range(size):
        age = rng.choice([rng.randint(0, 17), rng.randint(18, 95), rng.randint(18, 95)])
        sex = rng.choice("MF")
        test = rng.choice(tests)
        m_low, m_high, *_ = PANELS.get(test, (1.0, 10.0))
        centre = ((m_low or 0) + (m_high or (m_low or 1) * 2)) / 2
        value = round(abs(rng.gauss(centre, centre * 0.35)), 2)
        results.append(Result(f"S{240000 + number // 4}", test, sex, age, value))
    return results


def main() -> None:
    rng = random.Random(1984)
    table = build_table(rng)
    results = batch(rng, 5000)
    flagged = flag_results(results, table)
    counts = Counter(item.flag for item in flagged)
    abnormal_samples = len({item.sample_id for item in flagged if item.flag in "LH"})
    print(f"results={len(flagged)} N={counts['N']} L={counts['L']} H={counts['H']} unknown={counts['?']} "
          f"samples_with_abnormal={abnormal_samples}")


if __name__ == "__main__":
    main()
