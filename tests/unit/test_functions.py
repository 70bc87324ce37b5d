"""Function extents and qualified names, the join key between profiles and source."""

from __future__ import annotations

from pathlib import Path

import pytest

from wattlens.analysis.functions import function_extents, innermost_function, read_extents

SOURCE = '''\
import functools


def top(a):
    return a + 1


class Cart:
    @functools.cache
    def total(self):
        def inner(x):
            return x * 2

        return inner(3)


async def fetch():
    return 1
'''


def test_qualnames_and_extents_include_decorators_and_nesting() -> None:
    extents = {e.qualname: (e.line, e.end_line) for e in function_extents(SOURCE)}
    assert extents["top"] == (4, 5)
    assert extents["Cart.total"][1] == 14
    assert extents["Cart.total"][0] in (9, 10)  # decorator line or def line, both inside the class
    assert extents["Cart.total.inner"] == (11, 12)
    assert extents["fetch"] == (17, 18)


def test_innermost_function_wins_and_module_level_is_none() -> None:
    extents = function_extents(SOURCE)
    inner = innermost_function(extents, 12)
    assert inner is not None and inner.qualname == "Cart.total.inner"
    outer = innermost_function(extents, 14)
    assert outer is not None and outer.qualname == "Cart.total"
    assert innermost_function(extents, 1) is None


def test_unparseable_source_raises_but_a_broken_file_has_no_functions(tmp_path: Path) -> None:
    with pytest.raises(SyntaxError):
        function_extents("def broken(:\n")
    broken = tmp_path / "broken.py"
    broken.write_text("def broken(:\n")
    binary = tmp_path / "binary.py"
    binary.write_bytes(b"\xff\xfe\x00def")
    assert read_extents(broken) == read_extents(binary) == read_extents(tmp_path / "gone.py") == []
