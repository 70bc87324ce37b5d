"""Build the GEDCOM 5.5.1 file for a family tree."""

from __future__ import annotations

from collections.abc import Sequence

from gedcom.people import Family, Person, gedcom_date
from gedcom.writer import GedcomWriter


def export_gedcom(people: Sequence[Person], families: Sequence[Family], submitter: str = "Family Tree App") -> str:
    """The whole GEDCOM file: header, individuals, families (each in the order given) and trailer.

    Each person's FAMS/FAMC links are written from the families that name them, in family
    order. Raises ValueError when a family names a person who is not in ``people`` or two
    records share an xref.
    """
    known = {person.xref for person in people}
    if len(known) != len(people) or len({family.xref for family in families}) != len(families):
        raise ValueError("duplicate xref")
    spouse_in: dict[str, list[str]] = {}
    child_in: dict[str, list[str]] = {}
    for family in families:
        for member in [family.husband, family.wife, *family.children]:
            if member is not None and member not in known:
                raise ValueError(f"family {family.xref} names unknown person {member}")
        for spouse in dict.fromkeys(member for member in (family.husband, family.wife) if member is not None):
            spouse_in.setdefault(spouse, []).append(family.xref)
        for child in dict.fromkeys(family.children):
            child_in.setdefault(child, []).append(family.xref)
    out = GedcomWriter()
    out.line(0, "HEAD")
    out.line(1, "SOUR", "FAMTREE")
    out.line(2, "NAME", submitter)
    out.line(1, "GEDC")
    out.line(2, "VERS", "5.5.1")
    out.line(2, "FORM", "LINEAGE-LINKED")
    out.line(1, "CHAR", "UTF-8")
    out.line(1, "SUBM", "@SUB1@")
    out.line(0, "SUBM", xref="SUB1")
    out.line(1, "NAME", submitter)
    for person in people:
        out.line(0, "INDI", xref=person.xref)
        out.line(1, "NAME", f"{person.given} /{person.surname}/".strip())
        out.line(2, "GIVN", person.given)
        out.line(2, "SURN", person.surname)
        out.line(1, "SEX", person.sex)
        if person.born or person.birthplace:
            out.line(1, "BIRT")
            if person.born:
                out.line(2, "DATE", gedcom_date(person.born))
            if person.birthplace:
                out.line(2, "PLAC", person.birthplace)
        if person.died:
            out.line(1, "DEAT")
            out.line(2, "DATE", gedcom_date(person.died))
        for family_xref in spouse_in.get(person.xref, []):
            out.line(1, "FAMS", f"@{family_xref}@")
        for family_xref in child_in.get(person.xref, []):
            out.line(1, "FAMC", f"@{family_xref}@")
        if person.notes:
            out.line(1, "NOTE", person.notes)
    for family in families:
        out.line(0, "FAM", xref=family.xref)
        if family.husband is not None:
            out.line(1, "HUSB", f"@{family.husband}@")
        if family.wife is not None:
            out.line(1, "WIFE", f"@{family.wife}@")
        for child in family.children:
            out.line(1, "CHIL", f"@{child}@")
        if family.married:
            out.line(1, "MARR")
            out.line(2, "DATE", gedcom_date(family.married))
    out.line(0, "TRLR")
    return out.text
