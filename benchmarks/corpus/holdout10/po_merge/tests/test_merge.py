from pocat.merge import Entry, merge_catalog, normalise_msgid, statistics


def test_exact_match_keeps_translation() -> None:
    merged = merge_catalog([Entry("Save", "Speichern")], [Entry("Save", references=["a.py:1"])])
    assert merged == [Entry("Save", "Speichern", references=["a.py:1"])]


def test_context_must_match() -> None:
    old = [Entry("Open", "Öffnen", context="menu")]
    merged = merge_catalog(old, [Entry("Open", context="menu"), Entry("Open", context="button")])
    assert merged[0].msgstr == "Öffnen" and not merged[0].fuzzy
    assert merged[1].msgstr == "Öffnen" and merged[1].fuzzy


def test_near_match_is_fuzzy() -> None:
    merged = merge_catalog([Entry("Delete file.", "Datei löschen.")], [Entry("delete  file")])
    assert merged == [Entry("delete  file", "Datei löschen.", fuzzy=True)]


def test_unused_translations_become_obsolete() -> None:
    merged = merge_catalog([Entry("Gone", "Weg"), Entry("Empty")], [])
    assert merged == [Entry("Gone", "Weg", obsolete=True)]


def test_obsolete_entries_are_not_reused() -> None:
    merged = merge_catalog([Entry("Back", "Zurück", obsolete=True)], [Entry("Back")])
    assert merged[0] == Entry("Back")
    assert merged[1] == Entry("Back", "Zurück", obsolete=True)


def test_new_message_is_untranslated() -> None:
    assert merge_catalog([], [Entry("Hello")]) == [Entry("Hello")]


def test_normalise() -> None:
    assert normalise_msgid("  Please   TRY again!") == "please try again"


def test_statistics() -> None:
    catalog = [Entry("a", "A"), Entry("b"), Entry("c", "C", fuzzy=True), Entry("d", "D", obsolete=True)]
    assert statistics(catalog) == {"translated": 1, "fuzzy": 1, "untranslated": 1, "obsolete": 1}
