"""A module's set, dict or translation table of literals that nothing in the project changes lets a helper
reading it be trusted to answer by its arguments alone (`callees` stable), so its answers may be kept while
the loop calling it writes to what it was handed (holdout22/sanctions_screen, studied after its blind run)."""

from __future__ import annotations

import random
import subprocess
import tempfile
import textwrap
from pathlib import Path

import libcst as cst
import pytest

from wattlens.analysis.target import extract_target
from wattlens.optimize import callees
from wattlens.optimize.recipes import recipe_candidates

PLACES = '''
from dataclasses import dataclass, field

STOP_WORDS = {"the", "of", "and", "de", "la"}
ABBREVIATIONS = {"st": "saint", "mt": "mount", "ft": "fort"}
FOLDED = str.maketrans({"é": "e", "ü": "u", "ø": "o"})
PUNCTUATION = frozenset(".,;-'")


@dataclass
class Listing:
    name: str
    tags: list = field(default_factory=list)


def words(name: str) -> tuple[str, ...]:
    cleaned = "".join(" " if c in PUNCTUATION else c for c in name.lower().translate(FOLDED))
    kept = []
    for word in cleaned.split():
        word = ABBREVIATIONS.get(word, word)
        if word not in STOP_WORDS | {"a"}:
            kept.append(word)
    return tuple(kept)


def tag_duplicates(listings: list, gazetteer: list) -> int:
    found = 0
    for listing in listings:
        for place in gazetteer:
            if words(listing.name) == words(place):
                listing.tags.append(place)
                found += 1
    return found
'''


def _project(root: Path, source: str = PLACES, other: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "places.py").write_text(textwrap.dedent(source))
    if other:
        (root / "other.py").write_text(textwrap.dedent(other))
    return root


def _stable(root: Path) -> frozenset[str]:
    module = cst.parse_module((root / "places.py").read_text())
    return frozenset(callees.trusted_in(module, callees.ProjectModules(root, Path("places.py"))).stable)


def _cache_diff(root: Path) -> str | None:
    target = extract_target(root, Path("places.py"), "tag_duplicates")
    return next((c.diff for c in recipe_candidates(target) if c.id.startswith("recipe-cache-by-text-")), None)


def test_a_helper_reading_only_unchanged_literal_containers_is_stable(tmp_path: Path) -> None:
    root = _project(tmp_path, other="from places import STOP_WORDS, words\n\nprint(len(STOP_WORDS), words('x'))\n")
    assert "words" in _stable(root)
    # without the project's files nothing says who else changes the sets
    assert "words" not in callees.trusted_in(cst.parse_module(textwrap.dedent(PLACES))).stable


@pytest.mark.parametrize(("source", "other", "why"), [
    (PLACES, "from places import STOP_WORDS\n\nSTOP_WORDS.add('x')\n", "another module adds to it"),
    (PLACES, "import places\n\nplaces.ABBREVIATIONS['rd'] = 'road'\n", "another module sets an item"),
    (PLACES, "import places\n\nplaces.STOP_WORDS.discard('the')\n", "changed through the module"),
    (PLACES, "from places import STOP_WORDS as SW\n\nprint(len(SW))\n", "imported under another name"),
    (PLACES, "from places import PUNCTUATION\n\nkept = [PUNCTUATION]\n", "held elsewhere"),
    (PLACES + "\n\ndef forget():\n    global STOP_WORDS\n    STOP_WORDS = set()\n", "", "declared global"),
    (PLACES.replace('"st": "saint"', '"st": ["saint"]'), "", "an item that can change"),
    (PLACES.replace('STOP_WORDS = {"the"', 'STOP_WORDS = {"la"}\nSTOP_WORDS = {"the"'), "", "bound twice"),
    (PLACES.replace("    found = 0\n", "    found = 0\n    STOP_WORDS.update(gazetteer)\n"), "",
     "the function itself changes it"),
])
def test_a_container_anyone_may_change_is_not_trusted(tmp_path: Path, source: str, other: str, why: str) -> None:
    root = _project(tmp_path, source, other)
    assert "words" not in _stable(root), why
    assert _cache_diff(root) is None, why


def _outcome(source: str, listings: list[tuple[object, list[str]]], gazetteer: object) -> object:
    scope: dict[str, object] = {}
    exec(source, scope)
    made = [scope["Listing"](name, list(tags)) for name, tags in listings]  # type: ignore[operator]
    try:
        result: object = scope["tag_duplicates"](made, gazetteer)  # type: ignore[operator]
    except Exception as error:  # (the same exception is what is compared)
        result = type(error)
    return result, [(listing.name, listing.tags) for listing in made]


def _cases(seed: int) -> list[tuple[list[tuple[object, list[str]]], object]]:
    rng = random.Random(seed)
    parts = ["St", "st.", "Mt", "the", "The", "Lake", "lake", "Étang", "etang", "de", "la", "a", "Fort", "ft",
             "Zürich", "zurich", "Ø", "o", "Saint", "Mount", "-", ",", "'", "", " "]
    cases: list[tuple[list[tuple[object, list[str]]], object]] = []
    for index in range(80):
        def name() -> str:
            return " ".join(rng.choice(parts) for _ in range(rng.randint(0, 4)))
        listings: list[tuple[object, list[str]]] = [(name(), []) for _ in range(rng.randint(0, 12))]
        gazetteer: object = [name() for _ in range(rng.randint(0, 15))]
        if index % 10 == 3:
            listings.append((None, []))  # AttributeError from the helper, as before
        if index % 10 == 5:
            gazetteer = (*gazetteer, b"st")  # type: ignore[misc]  # bytes: no such methods
        cases.append((listings, gazetteer))
    return cases


def test_the_helpers_answers_are_kept_while_the_loop_tags_what_it_was_handed(tmp_path: Path) -> None:
    source = textwrap.dedent(PLACES)
    diff = _cache_diff(_project(tmp_path / "p"))
    assert diff is not None
    with tempfile.TemporaryDirectory() as work:
        Path(work, "places.py").write_text(source)
        subprocess.run(["git", "apply", "-"], input=diff, text=True, cwd=work, check=True)
        patched = Path(work, "places.py").read_text()
    assert "words_cache" in patched
    for listings, gazetteer in _cases(3):
        assert _outcome(patched, listings, gazetteer) == _outcome(source, listings, gazetteer)
