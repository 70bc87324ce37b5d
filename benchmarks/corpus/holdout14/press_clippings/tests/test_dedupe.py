import pytest

from clippings.dedupe import collapse_syndicated
from clippings.text import normalise_headline


def story(story_id: str, headline: str, outlet: str = "Wire") -> dict:
    return {"id": story_id, "headline": headline, "outlet": outlet}


def test_normalise_headline() -> None:
    assert normalise_headline("  UPDATE 2: Café owners  protest—again! ") == "cafe owners protest again"


def test_slug_only_at_start() -> None:
    assert normalise_headline("Markets: breaking - news") == "markets breaking news"


def test_copies_fold_into_first() -> None:
    result = collapse_syndicated([
        story("1", "Rates held at 4%", "Reuters"),
        story("2", "Storm warning for coast", "AP"),
        story("3", "RATES HELD AT 4%", "Daily Post"),
        story("4", "Update 1: Rates held at 4 %", "Herald"),
    ])
    assert result["kept"] == ["1", "2"]
    assert result["copies"] == {"1": ["3", "4"]}
    assert result["outlets"]["1"] == ["Daily Post", "Herald", "Reuters"]


def test_distinct_stories_kept() -> None:
    result = collapse_syndicated([story("1", "A"), story("2", "B")])
    assert result["kept"] == ["1", "2"]
    assert result["copies"] == {}


def test_same_outlet_twice() -> None:
    result = collapse_syndicated([story("1", "A", "X"), story("2", "a", "X")])
    assert result["outlets"] == {"1": ["X"]}


def test_empty() -> None:
    assert collapse_syndicated([]) == {"kept": [], "copies": {}, "outlets": {}}


def test_missing_headline() -> None:
    with pytest.raises(KeyError):
        collapse_syndicated([{"id": "1", "outlet": "X"}])
