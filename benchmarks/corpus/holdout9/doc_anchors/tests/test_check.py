from mdlinks.check import broken_links, heading_anchors, slugify


def test_slugify() -> None:
    assert slugify("Hello, World!") == "hello-world"
    assert slugify("  API (v2) limits ") == "api-v2-limits"


def test_heading_anchors_numbers_repeats() -> None:
    assert heading_anchors("# Intro\n## Setup\n## Setup\n### Setup\n") == ["intro", "setup", "setup-1", "setup-2"]


def test_headings_in_code_fences_are_ignored() -> None:
    assert heading_anchors("# A\n```\n# not\n```\n## B\n") == ["a", "b"]


def test_good_links() -> None:
    pages = {"a.md": "# A\nsee [b](b.md#part-two) and [top](#a)\n", "b.md": "# B\n## Part two\n"}
    assert broken_links(pages) == []


def test_missing_page_and_anchor() -> None:
    pages = {"docs/a.md": "# A\n[x](missing.md)\n[y](../b.md#nope)\n", "b.md": "# B\n"}
    assert broken_links(pages) == [("docs/a.md", 2, "missing.md", "missing page"), ("docs/a.md", 3, "../b.md#nope", "missing anchor")]


def test_external_links_and_images_skipped() -> None:
    pages = {"a.md": "[w](https://example.com) ![img](pic.png) [m](mailto:x@y.z)\n"}
    assert broken_links(pages) == []


def test_links_in_code_fences_skipped() -> None:
    pages = {"a.md": "```\n[x](missing.md)\n```\n"}
    assert broken_links(pages) == []
