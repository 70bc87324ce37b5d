"""Clean the supporter database's phone numbers before the spring SMS appeal."""

import random

from phone_cleanup.normalise import campaign_list, normalise_supporters

PLAN = """# ISO|calling code|trunk prefix|national lengths
GB|44|0|9,10
IE|353|0|7,8,9
FR|33|0|9
DE|49|0|7,8,9,10,11
ES|34||9
IT|39||9,10
PT|351||9
NL|31|0|9
BE|32|0|8,9
LU|352||6,7,8,9,10,11
CH|41|0|9
AT|43|0|7,8,9,10,11,12,13
DK|45||8
SE|46|0|7,8,9
NO|47||8
FI|358|0|6,7,8,9,10
IS|354||7
PL|48||9
CZ|420||9
SK|421|0|9
HU|36|06|8,9
RO|40|0|9
BG|359|0|8,9
GR|30||10
CY|357||8
MT|356||8
SI|386|0|8
HR|385|0|8,9
RS|381|0|8,9
EE|372||7,8
LV|371||8
LT|370|8|8
UA|380|0|9
TR|90|0|10
RU|7|8|10
KZ|7|8|10
US|1|1|10
CA|1|1|10
JM|1876|1|7
BS|1242|1|7
BB|1246|1|7
TT|1868|1|7
MX|52||10
BR|55|0|10,11
AR|54|0|10
CL|56||9
CO|57||10
PE|51||9
AU|61|0|9
NZ|64|0|8,9,10
JP|81|0|9,10
KR|82|0|9,10
CN|86|0|11
HK|852||8
SG|65||8
MY|60|0|9,10
TH|66|0|8,9
VN|84|0|9,10
PH|63|0|10
ID|62|0|9,10,11,12
IN|91|0|10
PK|92|0|10
BD|880|0|10
LK|94|0|9
AE|971|0|8,9
SA|966|0|9
IL|972|0|8,9
EG|20|0|10
MA|212|0|9
NG|234|0|10
GH|233|0|9
KE|254|0|9
ZA|27|0|9
TZ|255|0|9
UG|256|0|9
ET|251|0|9
"""


def uk_number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        body = f"7{rng.randint(100, 999)}{rng.randint(100000, 999999)}"
    elif kind < 0.8:
        body = f"20{rng.randint(7000, 8999)}{rng.randint(1000, 9999)}"
    else:
        body = f"1{rng.randint(100, 999)}{rng.randint(100000, 999999)}"
    style = rng.random()
    if style < 0.45:
        return f"0{body[:4]} {body[4:]}"
    if style < 0.65:
        return f"+44 {body[:4]} {body[4:]}"
    if style < 0.75:
        return f"+44 (0){body}"
    if style < 0.82:
        return f"0044{body}"
    if style < 0.9:
        return f"({'0' + body[:3]}) {body[3:6]}-{body[6:]}"
    return f"0{body}"[:rng.randint(6, 11)]  # typed short


def supporters(rng: random.Random) -> list[dict]:
    records = []
    for number in range(16000):
        roll = rng.random()
        if roll < 0.78:
            phone, country = uk_number(rng), rng.choice(["GB", "gb", "", None])
        elif roll < 0.84:
            phone, country = f"0{rng.randint(83, 89)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", "IE"
        elif roll < 0.88:
            phone, country = f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}", "US"
        elif roll < 0.91:
            phone, country = f"+1 876 {rng.randint(200, 999)} {rng.randint(1000, 9999)}", None
        elif roll < 0.95:
            phone, country = f"+{rng.choice(['33', '49', '61', '91', '27', '64'])} {rng.randint(10**7, 10**10)}", None
        elif roll < 0.97:
            phone, country = rng.choice(["", "n/a", "ex-directory", None]), "GB"
        else:
            phone, country = f"0{rng.randint(10**8, 10**9)}", rng.choice(["XK", "FO"])
        records.append({"id": f"S{number:06d}", "phone": phone, "country": country})
    return records


def main() -> None:
    rng = random.Random(3119)
    results = normalise_supporters(supporters(rng), PLAN)
    numbers, problems = campaign_list(results)
    print(f"{len(results)} supporters, {len(numbers)} numbers for the appeal, problems {problems}")
    print(results[:3])


if __name__ == "__main__":
    main()
