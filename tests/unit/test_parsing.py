"""Turning model replies into rewrites: the shapes small models really produce."""

from __future__ import annotations

import textwrap

from wattlens.analysis.target import replace_function
from wattlens.optimize.parsing import (
    Rejected,
    Rewrite,
    extract_function,
    needed_imports,
    parse_rewrite,
    same_function,
    undefined_names,
)

MODULE = '''\
"""Orders."""

from __future__ import annotations


def unknown(order_skus: list[str], catalog: list[str]) -> list[str]:
    """Unknown SKUs, in order, with duplicates."""
    out = []
    for sku in order_skus:
        if sku not in catalog:
            out.append(sku)
    return out


class Report:
    @staticmethod
    def total(values: list[int], scale: int = 1) -> int:
        result = 0
        for value in values:
            result = result + value * scale
        return result
'''
FUNCTION = MODULE[MODULE.index("def unknown") : MODULE.index("\n\nclass")] + "\n"
METHOD = MODULE[MODULE.index("    @staticmethod") :]
FAST_BODY = """\
def unknown(order_skus, catalog):
    known = set(catalog)
    return [sku for sku in order_skus if sku not in known]
"""


def parse(reply: str) -> Rewrite:
    result = parse_rewrite(reply, FUNCTION, "unknown", MODULE)
    assert isinstance(result, Rewrite), result
    return result


def rejection(reply: str, original: str = FUNCTION, qualname: str = "unknown") -> str:
    result = parse_rewrite(reply, original, qualname, MODULE)
    assert isinstance(result, Rejected), result
    return result.reason


def test_fenced_block_with_prose_around_it() -> None:
    reply = f"Sure! Here is a faster version:\n\n```python\n{FAST_BODY}```\n\nIt uses a set."
    rewrite = parse(reply)
    assert "known = set(catalog)" in rewrite.source
    assert rewrite.imports == ()


def test_signature_annotations_and_docstring_are_restored() -> None:
    rewrite = parse(f"```python\n{FAST_BODY}```")
    assert rewrite.source.startswith(
        "def unknown(order_skus: list[str], catalog: list[str]) -> list[str]:\n"
        '    """Unknown SKUs, in order, with duplicates."""\n'
    )
    # The result splices into the module and still parses.
    compile(replace_function(MODULE, "unknown", rewrite.source), "m.py", "exec")


def test_a_method_docstring_the_model_reindented_or_reworded_stays_as_it_was() -> None:
    module = (
        "class Shop:\n"
        "    def unknown(self, skus: list[str]) -> list[str]:\n"
        '        """Unknown SKUs.\n\n'
        "        In order, with duplicates.\n"
        '        """\n'
        "        return [s for s in skus if s not in self.catalog]\n"
    )
    original = module.split("\n", 1)[1]
    reply = (
        "```python\ndef unknown(self, skus):\n"
        '    """Unknown SKUs.\n\nIn order, with duplicates (faster).\n"""\n'
        "    known = set(self.catalog)\n"
        "    return [s for s in skus if s not in known]\n```"
    )
    rewrite = parse_rewrite(reply, original, "Shop.unknown", module)
    assert isinstance(rewrite, Rewrite)
    assert '        """Unknown SKUs.\n\n        In order, with duplicates.\n        """\n' in rewrite.source
    assert rewrite.source.count('"""') == 2 and "known = set(self.catalog)" in rewrite.source


def test_bare_code_without_fence() -> None:
    assert "known" in parse(FAST_BODY).source


def test_unterminated_fence_and_trailing_prose() -> None:
    assert "known" in parse(f"```python\n{FAST_BODY}\nThis is O(n) now.").source


def test_other_language_blocks_are_ignored() -> None:
    reply = f"```bash\npip install x\n```\n```py\n{FAST_BODY}```"
    assert "known" in parse(reply).source


def test_the_def_with_the_target_name_is_picked_among_helpers() -> None:
    reply = "```python\ndef helper():\n    return 1\n\n" + FAST_BODY + "```"
    source = parse(reply).source
    assert "helper" not in source and "known" in source


def test_wrong_name_is_rejected() -> None:
    reason = rejection("```python\ndef find_unknown(order_skus, catalog):\n    return []\n```")
    assert "find_unknown" in reason and "unknown" in reason


def test_syntax_error_is_rejected() -> None:
    reason = rejection("```python\ndef unknown(order_skus, catalog:\n    return []\n```")
    assert "not valid Python" in reason


def test_empty_or_prose_only_reply_is_rejected() -> None:
    assert rejection("") == "the reply contains no code"
    assert rejection("I cannot make this faster.")


def test_changed_parameters_are_rejected() -> None:
    reason = rejection("```python\ndef unknown(order_skus, catalog, cache=None):\n    return []\n```")
    assert "signature" in reason


def test_async_change_is_rejected() -> None:
    reason = rejection("```python\nasync def unknown(order_skus, catalog):\n    return []\n```")
    assert "async" in reason


def test_identical_rewrite_is_rejected_even_reformatted() -> None:
    same = FUNCTION.replace("out = []", "out = [ ]  # same")
    assert "identical" in rejection(f"```python\n{same}```")


def test_method_inside_class_shell_is_reindented_and_keeps_decorator() -> None:
    reply = textwrap.dedent(
        """\
        ```python
        class Report:
            @staticmethod
            def total(values, scale=1):
                return sum(values) * scale
        ```"""
    )
    result = parse_rewrite(reply, METHOD, "Report.total", MODULE)
    assert isinstance(result, Rewrite), result
    assert result.source == (
        "    @staticmethod\n"
        "    def total(values: list[int], scale: int = 1) -> int:\n"
        "        return sum(values) * scale\n"
    )


def test_method_written_at_top_level_gets_original_decorators() -> None:
    reply = "```python\ndef total(values, scale=1):\n    return sum(values) * scale\n```"
    result = parse_rewrite(reply, METHOD, "Report.total", MODULE)
    assert isinstance(result, Rewrite), result
    assert result.source.startswith("    @staticmethod\n    def total(")
    patched = replace_function(MODULE, "Report.total", result.source)
    namespace: dict[str, object] = {}
    exec(compile(patched, "m.py", "exec"), namespace)
    assert namespace["Report"].total([1, 2], 3) == 9  # type: ignore[attr-defined]


def test_imports_the_function_uses_are_kept_unused_ones_dropped() -> None:
    reply = textwrap.dedent(
        """\
        ```python
        from typing import List
        from collections import Counter
        import re

        def unknown(order_skus, catalog):
            counts = Counter(catalog)
            return [sku for sku in order_skus if sku not in counts]
        ```"""
    )
    assert parse(reply).imports == ("from collections import Counter",)


def test_well_known_name_used_without_import_gets_one() -> None:
    reply = (
        "def unknown(order_skus, catalog):\n    return list(deque(s for s in order_skus if s not in set(catalog)))\n"
    )
    assert parse(reply).imports == ("from collections import deque",)


def test_imports_the_module_already_has_are_not_repeated() -> None:
    module = "import re\n\n" + MODULE
    imports = needed_imports(("import re",), "def f(x):\n    return re.sub('a', '', x)\n", module)
    assert imports == ()


def test_extract_function_reports_the_definitions_it_saw() -> None:
    result = extract_function("def a():\n    pass\n\ndef b():\n    pass\n", "c")
    assert isinstance(result, Rejected) and "a, b" in result.reason


def test_same_function_ignores_layout_and_comments() -> None:
    assert same_function("def f(x):\n    return x  # c\n", "def f( x ):\n    return (x)\n")
    assert not same_function("def f(x):\n    return x\n", "def f(x):\n    return -x\n")


def test_a_rewrite_using_a_name_nothing_defines_is_rejected_before_the_sandbox() -> None:
    original = "def convert(prices, rates):\n    return [p * rates[c] for p, c in prices]\n"
    reply = "```python\ndef convert(prices, rates):\n    return [p * rates[item] for p, c in prices]\n```"
    rejected = parse_rewrite(reply, original, "convert", "import math\n\n" + original)
    assert isinstance(rejected, Rejected) and rejected.reason == "it uses item, which nothing defines"


def test_names_from_the_module_imports_builtins_or_the_original_are_not_undefined() -> None:
    module = (
        "import json\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from x import Rate\n"
        "LIMIT = 3\n\ndef helper(): ...\n\ndef f(a):\n    return mystery(a)\n"
    )
    original = "def f(a):\n    return mystery(a)\n"
    new = "def f(a):\n    b: Rate = len(a)\n    return mystery(helper() or json.dumps(a)) + LIMIT + b + sqrt(2)\n"
    assert undefined_names(new, original, module, ("from math import sqrt",)) == set()
    assert undefined_names(new, original, module) == {"sqrt"}
    assert undefined_names("def f():\n    return zz\n", "def f(): ...\n", "from m import *\n") == set()
