"""Migration step: sanitise every page of the old wiki before importing it."""

import random

from safehtml.clean import sanitize

WORDS = ("the wiki page describes how to configure backup jobs for every team server and "
         "what to do when a restore fails please ask in the channel if x < y or a & b holds").split()


def fragment(rng: random.Random) -> str:
    roll = rng.random()
    words = " ".join(rng.choices(WORDS, k=rng.randint(3, 25)))
    if roll < 0.35:
        return f"<p>{words}</p>\n"
    if roll < 0.5:
        return f'<p>See <a href="https://wiki.example.org/{rng.randint(1, 999)}" class="int" title="page">{words}</a>.</p>\n'
    if roll < 0.6:
        return f"<div style='color:red'><span>{words}</span> <B>note</B></div>\n"
    if roll < 0.7:
        return "<ul>" + "".join(f"<li>{rng.choice(WORDS)} &amp; {rng.choice(WORDS)}" for _ in range(rng.randint(1, 6))) + "</ul>\n"
    if roll < 0.75:
        return f"<script type='text/javascript'>var n = {rng.randint(0, 99)}; if (n < 3) alert('x');</script>\n"
    if roll < 0.8:
        return f"<!-- edited by user{rng.randint(1, 500)} -->\n"
    if roll < 0.85:
        return f'<a href="javascript:alert({rng.randint(0, 9)})" onclick="steal()">{words}</a><br/>\n'
    if roll < 0.92:
        return f"<pre><code>if a < b && c > d:\n    {words}\n</code></pre>\n"
    return f"<blockquote cite='https://example.com/q{rng.randint(0, 99)}'><em>{words}</em></blockquote>\n"


def main() -> None:
    rng = random.Random(8080)
    pages = ["".join(fragment(rng) for _ in range(rng.randint(700, 2600))) for _ in range(30)]
    size_in = size_out = 0
    links = 0
    for page in pages:
        cleaned = sanitize(page)
        size_in += len(page)
        size_out += len(cleaned)
        links += cleaned.count("<a ")
    print(f"{len(pages)} pages, {size_in} -> {size_out} characters, {links} links kept")


if __name__ == "__main__":
    main()
