"""Split a day's worth of trending hashtags into words for the topic dashboard."""

import random

from hashtags.segment import split_hashtag

WORDS = """
a i in on to at as an and or is it its the he she her here there their they them this that
these those we us our you your me my be been being are was were not no so do does did go
going gone get got let lets love loved lover like likes liked new now own out over under up
down all any one once two three four five best last first next time times day days night
week year years today tonight morning summer winter spring fall game games team teams play
player players win wins won fan fans club city home away live life art man men women girl
girls boy boys food good great big little old young free sale save show shows star stars
music song songs dance run runner running fit fitness health care book books read reading
write news world north south east west sun moon sea seas land travel trip road car cars
coffee tea shop shopping hand made handmade work works working from with without for
""".split()
# Sub-word pieces, so that names and slang still split into something readable.
PIECES = """
s es ed er ers ing ly re un de ex co pre pro ho me ma pa ta la lo ra ri ro ca ge ti te st th ch sh
al en ar ic ion ive ous ful ness ment ne ni nu tu ve vi
""".split()


def make_tags(rng: random.Random, count: int) -> list[str]:
    tags = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(9, 18))]
        tag = "".join(w.capitalize() if rng.random() < 0.5 else w for w in words)
        if rng.random() < 0.3:
            tag += rng.choice(["2024", "xo", "qz", "lol", "zz"])
        tags.append("#" + tag)
    return tags


def main() -> None:
    rng = random.Random(20240611)
    vocabulary = frozenset(WORDS + PIECES)
    tags = make_tags(rng, 1600)
    split = [split_hashtag(tag, vocabulary) for tag in tags]
    solved = [words for words in split if words is not None]
    print(len(tags), len(solved), sum(len(words) for words in solved), max(map(len, solved)))


if __name__ == "__main__":
    main()
