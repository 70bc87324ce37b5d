"""CI job: check the links of the engineering handbook before publishing it."""

import random

from mdlinks.check import broken_links, heading_anchors

TOPICS = ["deploy", "oncall", "testing", "review", "security", "incidents", "onboarding", "storage", "billing", "search"]
WORDS = ["service", "rollback", "cluster", "token", "alert", "runbook", "queue", "cache", "schema", "owner", "budget"]


def main() -> None:
    rng = random.Random(2718)
    paths = [f"{rng.choice(TOPICS)}/{rng.choice(WORDS)}-{n}.md" for n in range(240)]
    headings = {}
    for path in paths:
        headings[path] = [f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {rng.choice(['setup', 'FAQ', 'v2', 'limits', '(beta)'])}"
                          for _ in range(rng.randint(6, 30))]
    anchors = {path: heading_anchors("\n".join("## " + h for h in headings[path])) for path in paths}
    pages = {}
    for path in paths:
        lines = [f"# {path}"]
        for heading in headings[path]:
            lines.append("")
            lines.append(f"## {heading}")
            for _ in range(rng.randint(4, 14)):
                words = " ".join(rng.choices(WORDS, k=rng.randint(6, 14)))
                if rng.random() < 0.3:
                    other = rng.choice(paths)
                    anchor = rng.choice(anchors[other])
                    if rng.random() < 0.05:
                        anchor += "-old"
                    rel = "../" + other if posixpath_dir(other) != posixpath_dir(path) else other.split("/")[1]
                    words += f" see [{other}]({rel}#{anchor})"
                if rng.random() < 0.05:
                    words += " and [the wiki](https://wiki.example.com/x)"
                lines.append(words)
            if rng.random() < 0.1:
                lines += ["```", "## not a heading", "[x](nowhere.md)", "```"]
        pages[path] = "\n".join(lines) + "\n"
    problems = broken_links(pages)
    missing = sum(1 for p in problems if p[3] == "missing page")
    print(f"{len(pages)} pages, {len(problems)} broken links ({missing} missing pages); first: {problems[:1]}")


def posixpath_dir(path: str) -> str:
    return path.split("/")[0]


if __name__ == "__main__":
    main()
