from namerank.ranking import yearly_rankings
from namerank.records import Birth, RankedName, normalise
from namerank.release import new_entries, top


def test_normalise() -> None:
    assert normalise("  mary   ann ") == "Mary Ann"
    assert normalise("JEAN-LUC") == "Jean-Luc"
    assert normalise("   ") == ""


def test_competition_ranking() -> None:
    births = [Birth(2023, "F", name) for name in ["olivia", "Amelia", "OLIVIA", "isla", "amelia", "Ava", " "]]
    assert yearly_rankings(births) == {
        (2023, "F"): [
            RankedName(1, "Amelia", 2, 33.33),
            RankedName(1, "Olivia", 2, 33.33),
            RankedName(3, "Ava", 1, 16.67),
            RankedName(3, "Isla", 1, 16.67),
        ]
    }


def test_groups_are_sorted() -> None:
    births = [Birth(2024, "M", "Noah"), Birth(2023, "M", "Oliver"), Birth(2023, "F", "Lily")]
    assert list(yearly_rankings(births)) == [(2023, "F"), (2023, "M"), (2024, "M")]


def test_new_entries_and_top() -> None:
    births = [Birth(2022, "M", "Noah")] * 3 + [Birth(2022, "M", "Leo")] * 2 + [Birth(2023, "M", "Leo")] * 2 + [
        Birth(2023, "M", "Arlo")]
    rankings = yearly_rankings(births)
    assert [entry.name for entry in top(rankings[(2022, "M")], 1)] == ["Noah"]
    assert new_entries(rankings, 2023, "M", places=1) == ["Leo"]
    assert new_entries(rankings, 2023, "M") == ["Arlo"]
