from playlist.spread import Track, back_to_back, spread_artists, total_seconds


def t(title: str, artist: str) -> Track:
    return Track(title, artist, 200)


def test_interleaves_two_artists() -> None:
    tracks = [t("a1", "A"), t("a2", "A"), t("b1", "B"), t("b2", "B")]
    assert [x.title for x in spread_artists(tracks)] == ["a1", "b1", "a2", "b2"]


def test_busiest_artist_first() -> None:
    tracks = [t("b1", "B"), t("a1", "A"), t("a2", "A"), t("a3", "A")]
    assert [x.title for x in spread_artists(tracks)] == ["a1", "b1", "a2", "a3"]


def test_no_back_to_back_when_possible() -> None:
    tracks = [t(f"{artist}{n}", artist) for artist in "ABC" for n in range(4)]
    result = spread_artists(tracks)
    assert back_to_back(result) == 0
    assert sorted(result, key=tracks.index) == tracks
    assert total_seconds(result) == 2400


def test_empty() -> None:
    assert spread_artists([]) == []
