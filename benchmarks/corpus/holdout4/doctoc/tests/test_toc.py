import pytest

from mdtoc.toc import build_toc, slugify


def test_slugify() -> None:
    assert slugify("Hello, World!") == "hello-world"
    assert slugify("The `build_toc()` function") == "the-build_toc-function"


def test_nested_entries() -> None:
    doc = "# Guide\n\nintro\n\n## Install\n### From PyPI\n## Usage\n"
    assert build_toc(doc) == "- [Guide](#guide)\n  - [Install](#install)\n    - [From PyPI](#from-pypi)\n  - [Usage](#usage)\n"


def test_duplicate_headings_get_numbered() -> None:
    doc = "## Example\n## Example\n## Example\n"
    assert build_toc(doc) == "  - [Example](#example)\n  - [Example](#example-1)\n  - [Example](#example-2)\n"


def test_code_blocks_and_depth() -> None:
    doc = "# A\n```python\n# not a heading\n```\n#### Too deep\n"
    assert build_toc(doc) == "- [A](#a)\n"
    assert build_toc(doc, max_level=4).endswith("      - [Too deep](#too-deep)\n")


def test_empty_and_bad_level() -> None:
    assert build_toc("no headings here\n") == ""
    with pytest.raises(ValueError):
        build_toc("# A", max_level=0)
