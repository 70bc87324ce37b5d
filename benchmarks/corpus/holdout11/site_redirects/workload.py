"""Pre-migration job: flatten the legacy CMS's redirect table for the new CDN edge rules."""

import random

from redirmap.flatten import flatten_redirects, parse_rules


def main() -> None:
    rng = random.Random(301)
    sections = ["news", "products", "support", "blog", "about", "careers", "docs"]
    lines = ["# legacy redirect table"]
    pages = [f"/{rng.choice(sections)}/page-{n}" for n in range(1000)]
    for generation in range(1, 111):
        renamed = rng.sample(range(len(pages)), 700)
        for index in renamed:
            new = f"/{rng.choice(sections)}/v{generation}/page-{index}"
            lines.append(f"{pages[index]}{'/' if rng.random() < 0.2 else ''} {new}")
            pages[index] = new
    for _ in range(40):
        a, b = rng.sample(pages, 2)
        lines.append(f"{a} {b}")
        lines.append(f"{b} {a}")
    rules = parse_rules("\n".join(lines))
    flat, looping = flatten_redirects(rules)
    targets = len(set(flat.values()))
    print(len(rules), len(flat), targets, len(looping))


if __name__ == "__main__":
    main()
