"""Nightly sitemap rebuild from the CMS export of every article, section and tag page."""

import random

from sitemapgen.build import build_sitemap

SECTIONS = ["world", "uk", "business", "technology", "science", "sport", "culture", "opinion", "lifestyle", "travel"]
WORDS = ("budget election storm record climate startup match final review festival market energy housing rail strike "
         "école café münchen zürich résumé").split()


def main() -> None:
    rng = random.Random(4040)
    pages = []
    for number in range(19000):
        slug = "-".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12)))
        section = rng.choice(SECTIONS)
        path = f"/{section}/{2015 + number % 10}/{slug}-{number}"
        if rng.random() < 0.05:
            path = path.upper() + "/"
        if rng.random() < 0.1:
            path += f"?page={rng.randint(2, 5)}&ref=rss"
        pages.append({"path": path, "modified": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      "changefreq": rng.choice(["daily", "weekly", "monthly", None]),
                      "priority": rng.choice([None, 0.3, 0.5, 0.8, "1.0"]), "published": rng.random() > 0.04,
                      "title": slug.replace("-", " ").title()})
    for number in range(0, 19000, 9):  # syndicated copies of earlier articles
        pages.append(dict(pages[number], title="(syndicated)"))
    xml, duplicates = build_sitemap(pages, "https://news.example.com/")
    print(len(pages), "pages;", xml.count("<url>"), "URLs,", duplicates, "duplicates,", len(xml), "bytes")


if __name__ == "__main__":
    main()
