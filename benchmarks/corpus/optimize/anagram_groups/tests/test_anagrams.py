from wordplay.anagrams import group_anagrams


def test_groups() -> None:
    assert group_anagrams(["listen", "google", "Silent", "enlist"]) == [["listen", "Silent", "enlist"], ["google"]]


def test_empty() -> None:
    assert group_anagrams([]) == []
