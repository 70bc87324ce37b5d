from namescreen.normalise import fold, normalise_name
from namescreen.screen import Customer, ListEntry, name_similarity, screen_customers


def test_fold_strips_accents_and_case() -> None:
    assert fold("Šlesers ØSTERGÅRD") == "slesers ostergard"


def test_normalise_drops_titles_and_legal_forms() -> None:
    assert normalise_name("Dr. Ahmed al-Rashid") == ("ahmed", "rashid")
    assert normalise_name("Petrov Trading OOO") == ("petrov", "trading")
    assert normalise_name("Van der Co. Ltd") == ("van", "der", "co", "ltd")
    assert normalise_name("  ") == ()


def test_similarity() -> None:
    assert name_similarity(("john", "smith"), ("smith", "john")) == 1.0
    assert name_similarity(("j", "smith"), ("john", "smith")) == 0.75
    assert name_similarity(("john", "smith"), ("jane", "smith", "doe")) == 1 / 3
    assert name_similarity((), ("x",)) == 0.0


def test_screen_reports_best_alias_and_flags_customer() -> None:
    entries = [ListEntry("EU-1", ["Ivan Petrov", "I. Petrov"], "EU-RUS", 1970),
               ListEntry("UN-7", ["Jane Doe"], "UN-1267")]
    customer = Customer("C1", "Mr Ivan PETROV", 1971)
    hits = screen_customers([customer], entries)
    assert hits == [{"customer": "C1", "entry": "EU-1", "programme": "EU-RUS", "matched_name": "Ivan Petrov", "score": 1.0}]
    assert customer.flags == ["EU-RUS"]


def test_birth_year_rules_out_entry() -> None:
    entries = [ListEntry("EU-1", ["Ivan Petrov"], "EU-RUS", 1950)]
    assert screen_customers([Customer("C1", "Ivan Petrov", 1971)], entries) == []
    assert len(screen_customers([Customer("C2", "Ivan Petrov")], entries)) == 1


def test_hits_sorted_by_score_then_entry() -> None:
    entries = [ListEntry("B", ["J Smith"], "P"), ListEntry("A", ["John Smith"], "P"), ListEntry("C", ["John Smith"], "Q")]
    hits = screen_customers([Customer("C1", "John Smith")], entries)
    assert [(hit["entry"], hit["score"]) for hit in hits] == [("A", 1.0), ("C", 1.0), ("B", 0.75)]


def test_threshold() -> None:
    entries = [ListEntry("X", ["John Smith"], "P")]
    assert screen_customers([Customer("C1", "John Brown")], entries) == []
    assert len(screen_customers([Customer("C1", "John Brown")], entries, threshold=0.5)) == 1
