"""Parse simple zone files and resolve names against them without a live DNS server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


class ResolutionError(LookupError):
    """A CNAME chain loops or is too long."""


@dataclass(frozen=True)
class Record:
    """One resource record (name as written, type, value and TTL)."""

    name: str
    rtype: str
    value: str
    ttl: int = 3600


def canonical(name: str) -> str:
    """DNS names compare case-insensitively and without the trailing root dot."""
    return name.strip().rstrip(".").lower()


def parse_zone(text: str, origin: str) -> list[Record]:
    """Parse `name [ttl] [IN] type value` lines; '@' is the origin and relative names
    (owners and CNAME targets) get the origin appended."""
    records: list[Record] = []
    for line in text.splitlines():
        line = line.split(";", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        name, rest = fields[0], fields[1:]
        ttl = 3600
        if rest and rest[0].isdigit():
            ttl = int(rest.pop(0))
        if rest and rest[0].upper() == "IN":
            rest.pop(0)
        rtype, value = rest[0].upper(), " ".join(rest[1:])
        if name == "@":
            name = origin
        elif not name.endswith("."):
            name = f"{name}.{origin}"
        if rtype == "CNAME" and not value.endswith("."):
            value = origin if value == "@" else f"{value}.{origin}"
        records.append(Record(name, rtype, value, ttl))
    return records


def _records_for(records: Sequence[Record], name: str) -> list[Record]:
    """Records owned by `name`, or by the wildcard `*.parent` if `name` owns none."""
    exact = [record for record in records if canonical(record.name) == name]
    if exact or "." not in name:
        return exact
    wildcard = "*." + name.split(".", 1)[1]
    return [record for record in records if canonical(record.name) == wildcard]


def resolve_names(records: Sequence[Record], queries: Sequence[str], rtype: str = "A", max_depth: int = 8) -> dict[str, list[str]]:
    """Answer each query from the zone, following CNAMEs.

    A name that owns records of `rtype` (compared case-insensitively) answers with their
    values in zone order, duplicates dropped. Otherwise, if it owns a CNAME, the first
    CNAME's target is looked up in turn; otherwise the answer is empty. A name that owns no
    records at all is answered by the wildcard one level up, if any. Keys of the result are
    the queries as given. Raises ResolutionError if a chain revisits a name or needs more
    than `max_depth` CNAME hops.
    """
    wanted = rtype.upper()
    answers: dict[str, list[str]] = {}
    for query in queries:
        name = canonical(query)
        visited = [name]
        while True:
            owned = _records_for(records, name)
            values: list[str] = []
            for record in owned:
                if record.rtype.upper() == wanted and record.value not in values:
                    values.append(record.value)
            if values:
                break
            aliases = [record for record in owned if record.rtype.upper() == "CNAME"]
            if not aliases:
                break
            name = canonical(aliases[0].value)
            if name in visited:
                raise ResolutionError(f"{query}: CNAME loop at {name}")
            if len(visited) > max_depth:
                raise ResolutionError(f"{query}: more than {max_depth} CNAME hops")
            visited.append(name)
        answers[query] = values
    return answers
