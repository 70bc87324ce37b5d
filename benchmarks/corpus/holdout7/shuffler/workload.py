"""Build the weekend rotation for the station from the request queue."""

import random

from playlist.spread import Track, back_to_back, spread_artists


def main() -> None:
    rng = random.Random(1977)
    artists = [f"Artist {n}" for n in range(50)]
    weights = [1 / (n + 1) for n in range(50)]
    tracks = [Track(f"Song {n}", rng.choices(artists, weights)[0], rng.randint(150, 320)) for n in range(1200)]
    ordered = spread_artists(tracks)
    print(len(ordered), back_to_back(tracks), back_to_back(ordered), ordered[0].artist)


if __name__ == "__main__":
    main()
