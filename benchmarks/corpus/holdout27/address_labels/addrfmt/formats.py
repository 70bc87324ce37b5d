"""The dispatch team's table of country address formats, one country per line."""

from __future__ import annotations

import re

from addrfmt.records import CountryFormat

TOKEN = re.compile(r"%.|[^%]+", re.DOTALL)
FIELDS = frozenset("NOACSZ")

#: The table as kept in the dispatch team's settings: code|country name|template|upper-case fields|postcode required.
DEFAULT_FORMATS = """\
# code|country name|template|upper-case fields|postcode required
ZZ|Unknown|%N%n%O%n%A%n%C %Z|C|0
GB|UNITED KINGDOM|%N%n%O%n%A%n%C%n%Z|CZ|1
IE|IRELAND|%N%n%O%n%A%n%C%n%S%n%Z|Z|0
US|UNITED STATES|%N%n%O%n%A%n%C, %S %Z|CS|1
CA|CANADA|%N%n%O%n%A%n%C %S %Z|CS|1
AU|AUSTRALIA|%O%n%N%n%A%n%C %S %Z|CS|1
NZ|NEW ZEALAND|%N%n%O%n%A%n%C %Z|C|1
DE|GERMANY|%N%n%O%n%A%n%Z %C||1
AT|AUSTRIA|%O%n%N%n%A%n%Z %C||1
CH|SWITZERLAND|%O%n%N%n%A%n%Z %C||1
FR|FRANCE|%O%n%N%n%A%n%Z %C|C|1
BE|BELGIUM|%O%n%N%n%A%n%Z %C||1
NL|NETHERLANDS|%O%n%N%n%A%n%Z %C||1
LU|LUXEMBOURG|%O%n%N%n%A%nL-%Z %C||1
ES|SPAIN|%N%n%O%n%A%n%Z %C %S|CS|1
PT|PORTUGAL|%N%n%O%n%A%n%Z %C||1
IT|ITALY|%N%n%O%n%A%n%Z %C %S|CS|1
GR|GREECE|%N%n%O%n%A%n%Z %C||1
DK|DENMARK|%N%n%O%n%A%n%Z %C||1
SE|SWEDEN|%O%n%N%n%A%nSE-%Z %C||1
NO|NORWAY|%N%n%O%n%A%n%Z %C||1
FI|FINLAND|%O%n%N%n%A%nFI-%Z %C||1
IS|ICELAND|%N%n%O%n%A%n%Z %C||0
PL|POLAND|%N%n%O%n%A%n%Z %C||1
CZ|CZECHIA|%N%n%O%n%A%n%Z %C||1
SK|SLOVAKIA|%N%n%O%n%A%n%Z %C||1
HU|HUNGARY|%N%n%O%n%C%n%A%n%Z|C|1
SI|SLOVENIA|%N%n%O%n%A%nSI-%Z %C||1
HR|CROATIA|%N%n%O%n%A%nHR-%Z %C||1
RO|ROMANIA|%N%n%O%n%A%n%Z %S %C|AC|1
BG|BULGARIA|%N%n%O%n%A%n%Z %C||1
EE|ESTONIA|%N%n%O%n%A%n%Z %C %S||1
LV|LATVIA|%N%n%O%n%A%n%S%n%C, %Z||1
LT|LITHUANIA|%O%n%N%n%A%nLT-%Z %C %S||1
MT|MALTA|%N%n%O%n%A%n%C %Z|CZ|1
CY|CYPRUS|%N%n%O%n%A%n%Z %C||1
UA|UKRAINE|%N%n%O%n%A%n%C%n%S%n%Z||1
TR|TURKEY|%N%n%O%n%A%n%Z %C/%S||1
IL|ISRAEL|%N%n%O%n%A%n%C %Z||1
AE|UNITED ARAB EMIRATES|%N%n%O%n%A%n%S|S|0
SA|SAUDI ARABIA|%N%n%O%n%A%n%C %Z||1
IN|INDIA|%N%n%O%n%A%n%C %Z%n%S|S|1
SG|SINGAPORE|%N%n%O%n%A%nSINGAPORE %Z||1
MY|MALAYSIA|%N%n%O%n%A%n%Z %C%n%S|CS|1
TH|THAILAND|%N%n%O%n%A%n%C%n%S %Z|S|1
VN|VIET NAM|%N%n%O%n%A%n%C%n%S %Z||0
PH|PHILIPPINES|%N%n%O%n%A%n%C%n%Z %S||1
ID|INDONESIA|%N%n%O%n%A%n%C%n%S %Z|S|0
HK|HONG KONG|%S%n%C%n%A%n%O%n%N|S|0
TW|TAIWAN|%Z%n%S%C%n%A%n%O%n%N||1
JP|JAPAN|〒%Z%n%S%C%n%A%n%O%n%N||1
KR|SOUTH KOREA|%S %C%n%A%n%O%n%N%n%Z||1
CN|CHINA|%Z%n%S%C%n%A%n%O%n%N||1
BR|BRAZIL|%O%n%N%n%A%n%C-%S%n%Z|CS|1
AR|ARGENTINA|%N%n%O%n%A%n%Z %C%n%S|CS|1
CL|CHILE|%N%n%O%n%A%n%Z %C%n%S||1
MX|MEXICO|%N%n%O%n%A%n%Z %C, %S|CS|1
CO|COLOMBIA|%N%n%O%n%A%n%C, %S, %Z|CS|0
PE|PERU|%N%n%O%n%A%n%C %Z%n%S||0
ZA|SOUTH AFRICA|%N%n%O%n%A%n%C%n%Z||1
NG|NIGERIA|%N%n%O%n%A%n%Z %C%n%S|CS|0
KE|KENYA|%N%n%O%n%A%n%C%n%Z||0
EG|EGYPT|%N%n%O%n%A%n%C%n%S%n%Z||0
MA|MOROCCO|%N%n%O%n%A%n%Z %C||1
"""


def parse_formats(text: str) -> dict[str, CountryFormat]:
    """Parse the format table, in table order.

    Blank lines and lines starting with ``#`` are skipped; fields are separated by ``|`` and
    stripped. Raises ``ValueError`` for a line without five fields, a code that is not two
    upper-case letters, a repeated code, a postcode flag other than ``0``/``1``, or a template
    with an unknown or unfinished ``%`` directive.
    """
    formats: dict[str, CountryFormat] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != 5:
            raise ValueError(f"formats line {number}: expected 5 fields, found {len(fields)}")
        code, country_name, template, uppercase, required = fields
        if len(code) != 2 or not code.isalpha() or not code.isupper():
            raise ValueError(f"formats line {number}: {code!r} is not a country code")
        if code in formats:
            raise ValueError(f"formats line {number}: {code} appears twice")
        if required not in ("0", "1"):
            raise ValueError(f"formats line {number}: postcode flag must be 0 or 1")
        for token in TOKEN.findall(template):
            if token.startswith("%") and (len(token) < 2 or token[1] not in FIELDS | {"n", "%"}):
                raise ValueError(f"formats line {number}: unknown directive {token!r}")
        if template.endswith("%") and not template.endswith("%%"):
            raise ValueError(f"formats line {number}: template ends in a lone '%'")
        formats[code] = CountryFormat(code, country_name, template, frozenset(uppercase), required == "1")
    return formats
