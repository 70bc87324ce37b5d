"""Release step: update the German catalog of the web app from the new message template."""

import random

from pocat.merge import Entry, merge_catalog, statistics

WORDS = ("account settings profile password email invoice order delivery address payment card "
         "cancel save delete confirm search filter results page next previous help support "
         "your the a new old is was could not be found please try again later welcome back "
         "download upload file report export import shared with team members").split()


def sentence(rng: random.Random) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 9)))
    text = text[0].upper() + text[1:]
    return text + rng.choice(["", "", ".", ":", "!", "?"])


def main() -> None:
    rng = random.Random(77)
    contexts = [None, None, None, "button", "menu", "email"]
    old = []
    seen = set()
    while len(old) < 5200:
        msgid, context = sentence(rng), rng.choice(contexts)
        if (msgid, context) in seen:
            continue
        seen.add((msgid, context))
        old.append(Entry(msgid, "DE:" + msgid.upper(), context, rng.random() < 0.03, rng.random() < 0.02,
                         [f"app/views/{rng.randint(1, 300)}.py:{rng.randint(1, 900)}"]))
    template = []
    for entry in old:
        roll = rng.random()
        if roll < 0.06:
            continue
        if roll < 0.11:
            msgid = entry.msgid.rstrip(".:!?") + rng.choice([".", "", "!"])
            if rng.random() < 0.5:
                msgid = msgid.lower()
        else:
            msgid = entry.msgid
        template.append(Entry(msgid, context=entry.context, references=list(entry.references)))
    for _ in range(250):
        template.append(Entry(sentence(rng) + " (new)", references=["app/new.py:1"]))
    rng.shuffle(template)
    merged = merge_catalog(old, template)
    print(len(old), "old entries,", len(template), "template entries ->", len(merged), "merged")
    print(statistics(merged))


if __name__ == "__main__":
    main()
