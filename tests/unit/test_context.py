"""The project definitions a target uses, as shown to the model (real jedi on a small project)."""

from __future__ import annotations

from pathlib import Path

from wattlens.analysis.target import extract_target
from wattlens.models import ContextItem
from wattlens.optimize.prompt import build_messages

HELPERS = '''\
from dataclasses import dataclass

RATE = 1.2


@dataclass(frozen=True)
class Item:
    name: str
    price: float

    def label(self) -> str:
        return self.name.upper()


def price_of(item: Item) -> float:
    """The price with tax."""
    return item.price * RATE
'''

TARGET = '''\
import json
from collections import Counter

from shop.helpers import Item, price_of


class Till:
    def __init__(self, names: list[str]) -> None:
        self.names = list(names)

    def total(self, items: list[Item], extra: float = 0.0) -> float:
        counts = Counter(i.name for i in items)
        total = extra
        for item in items:
            if item.name in self.names:
                total += price_of(item)
        json.dumps(counts)
        return total + len(self.names) + self.total_again(items)

    def total_again(self, items: list[Item]) -> float:
        return 0.0


def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)
'''


def _project(tmp_path: Path) -> Path:
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "__init__.py").write_text("")
    (tmp_path / "shop" / "helpers.py").write_text(HELPERS)
    (tmp_path / "shop" / "till.py").write_text(TARGET)
    return tmp_path


def test_project_definitions_are_collected_and_the_rest_left_out(tmp_path: Path) -> None:
    target = extract_target(_project(tmp_path), Path("shop/till.py"), "Till.total")
    described = {(c.name, c.kind, c.file) for c in target.context}
    assert ("Item", "class", "shop/helpers.py") in described
    assert ("price_of", "function", "shop/helpers.py") in described
    assert ("total_again", "function", "shop/till.py") in described
    assert any(c.source == "self.names = list(names)" for c in target.context)
    names = {c.name for c in target.context}
    assert not names & {"Counter", "json", "len", "items", "extra", "item", "total"}  # stdlib, builtins, locals
    item = next(c for c in target.context if c.name == "Item")
    assert item.source.startswith("@dataclass(frozen=True)\nclass Item:\n    name: str")
    assert "def label(self) -> str: ..." in item.source and "upper" not in item.source
    price = next(c for c in target.context if c.name == "price_of")
    assert "return item.price * RATE" in price.source


def test_recursion_is_not_context_and_context_can_be_skipped(tmp_path: Path) -> None:
    project = _project(tmp_path)
    assert extract_target(project, Path("shop/till.py"), "fact").context == []
    assert extract_target(project, Path("shop/till.py"), "Till.total", with_context=False).context == []


def test_the_request_shows_context_and_hot_lines_after_the_code() -> None:
    item = ContextItem(name="price_of", kind="function", file="shop/helpers.py", line=15,
                       source="def price_of(item):\n    return item.price * RATE")
    request = build_messages("def f(items):\n    return [price_of(i) for i in items]\n", [],
                             ["return [price_of(i) for i in items]"], [item])[-1]["content"]
    context, code = request.split("Make this function faster", 1)
    assert context.startswith("For reference, the project defines")
    assert "def price_of(item):\n    return item.price * RATE" in context and "def f(items):" not in context
    assert "def f(items):" in code and "price_of(item):" not in code
    assert "Most of its time is spent on: `return [price_of(i) for i in items]`" in code
