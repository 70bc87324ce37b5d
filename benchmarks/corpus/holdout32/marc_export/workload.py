"""Build this week's MARC 21 file of new and corrected titles for the union catalogue."""

import random

from marc_export.reader import read_marc
from marc_export.records import Book
from marc_export.writer import write_marc

WORDS = ("river secret garden night history island war science ocean stars dragon school journey "
         "winter mountain kingdom machine forest city animals ancient code lost friend light shadow "
         "world music planet storm heart journey maths atlas").split()
SURNAMES = ["Okafor", "Smith", "Nguyen", "García", "Kowalski", "Brontë", "Müller", "Dubois", "Tanaka",
            "O'Neill", "Haddad", "Jensen", "Rossi", "Åberg", "Patel"]
FORENAMES = ["Amara", "John", "Linh", "Lucía", "Piotr", "Anne", "Jonas", "Élodie", "Haruki", "Siobhán", "Omar"]
PUBLISHERS = [("London", "Puffin"), ("London", "Walker Books"), ("New York", "Scholastic"),
              ("Oxford", "Oxford University Press"), ("Edinburgh", "Canongate"), ("London", "Usborne")]
SUBJECTS = ["Friendship -- Juvenile fiction", "Dinosaurs -- Juvenile literature", "Space flight -- Juvenile literature",
            "World War, 1939-1945 -- Fiction", "Mathematics -- Study and teaching (Secondary)", "Oceans",
            "Climate change -- Juvenile literature", "Dragons -- Fiction", "Poetry -- Collections", "Schools -- Fiction"]


def isbn13(rng: random.Random) -> str:
    digits = [9, 7, 8] + [rng.randint(0, 9) for _ in range(9)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, digits + [check]))


def catalogue(rng: random.Random) -> list[Book]:
    books = []
    for number in range(5200):
        place, publisher = rng.choice(PUBLISHERS)
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))).capitalize()
        author = None if rng.random() < 0.08 else f"{rng.choice(SURNAMES)}, {rng.choice(FORENAMES)}"
        copies = rng.randint(1, 4)
        books.append(Book(
            control_number=f"SL{number:07d}", title=title, author=author,
            isbn=isbn13(rng) if rng.random() < 0.93 else None,
            subtitle=" ".join(rng.choice(WORDS) for _ in range(3)) if rng.random() < 0.3 else None,
            edition=rng.choice([None, None, None, "2nd edition", "Revised edition"]),
            publisher=publisher, place=place, year=rng.randint(1962, 2024),
            pages=rng.randint(24, 640), language=rng.choice(["eng"] * 9 + ["fre", "spa", "wel"]),
            subjects=rng.sample(SUBJECTS, rng.randint(0, 3)),
            barcodes=[f"3{rng.randint(10**9, 10**10 - 1)}" for _ in range(copies)],
            shelfmark=f"{rng.randint(0, 999):03d} {author[:3].upper() if author else title[:3].upper()}",
        ))
    return books


def main() -> None:
    rng = random.Random(3203)
    books = catalogue(rng)
    payload = write_marc(books)
    check = read_marc(payload[:payload.index(b"\x1d") + 1])
    print(f"{len(books)} records, {len(payload)} bytes; first record fields {len(check[0]['fields'])}")


if __name__ == "__main__":
    main()
