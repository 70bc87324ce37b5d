from aetable.records import AdverseEvent, Subject, subject_arm
from aetable.tables import incidence_table

SUBJECTS = [Subject("001", "Placebo"), Subject("002", "Drug 10 mg"), Subject("003", "Drug 10 mg"),
            Subject("004", "Placebo", safety_population=False)]


def ae(subject: str, soc: str, term: str, grade: int = 1) -> AdverseEvent:
    return AdverseEvent(subject, soc, term, grade)


def test_subject_arm() -> None:
    assert subject_arm("002", SUBJECTS) == "Drug 10 mg"
    assert subject_arm("004", SUBJECTS) is None
    assert subject_arm("999", SUBJECTS) is None


def test_counts_subjects_once_and_events_each_time() -> None:
    rows = incidence_table(SUBJECTS, [ae("002", "Nervous system", "Headache"), ae("002", "Nervous system", "Headache", 2)])
    headache = rows[1]
    assert headache["term"] == "Headache"
    assert headache["Drug 10 mg"] == {"n": 1, "pct": 50.0, "events": 2, "worst": 2}
    assert headache["Placebo"] == {"n": 0, "pct": 0.0, "events": 0, "worst": 0}
    assert headache["total"] == {"n": 1, "pct": 33.3, "events": 2, "worst": 2}


def test_any_row_and_ordering() -> None:
    events = [ae("001", "Gastrointestinal", "Nausea"), ae("002", "Gastrointestinal", "Diarrhoea"),
              ae("003", "Gastrointestinal", "Diarrhoea"), ae("001", "Nervous system", "Dizziness")]
    rows = incidence_table(SUBJECTS, events)
    assert [(row["soc"], row["term"]) for row in rows] == [
        ("Gastrointestinal", "ANY"), ("Gastrointestinal", "Diarrhoea"), ("Gastrointestinal", "Nausea"),
        ("Nervous system", "ANY"), ("Nervous system", "Dizziness")]
    assert rows[0]["total"]["n"] == 3


def test_excluded_subjects_and_grade_filter() -> None:
    events = [ae("004", "Cardiac", "Palpitations", 3), ae("001", "Cardiac", "Palpitations", 1), ae("999", "Cardiac", "Angina", 4)]
    assert incidence_table(SUBJECTS, events, min_grade=3) == []
    rows = incidence_table(SUBJECTS, events)
    assert [row["term"] for row in rows] == ["ANY", "Palpitations"]


def test_empty() -> None:
    assert incidence_table([], []) == []
    assert incidence_table(SUBJECTS, []) == []
