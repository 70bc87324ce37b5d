"""A reply that changes more than the target: helpers it adds, project functions it rewrites
in other files, all in one unified diff that git applies."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from wattlens.analysis.target import extract_target
from wattlens.models import Target
from wattlens.optimize.companions import Patch, build_patch
from wattlens.optimize.parsing import Rejected

RULES = '''"""Pricing rules."""


def discount_for(code, rules):
    """The discount of a customer code; 0 when none applies."""
    for rule_code, rate in rules:
        if rule_code == code:
            return rate
    return 0
'''

BILLING = '''"""Invoices."""

from shop.rules import discount_for


def invoice_total(lines, rules):
    """Sum of line prices after each customer's discount."""
    total = 0.0
    for code, price in lines:
        total += price * (1 - discount_for(code, rules))
    return total
'''


@pytest.fixture
def project(tmp_path: Path) -> Path:
    package = tmp_path / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "rules.py").write_text(RULES)
    (package / "billing.py").write_text(BILLING)
    return tmp_path


def target_of(project: Path) -> Target:
    target = extract_target(project, Path("shop/billing.py"), "invoice_total")
    assert [item.name for item in target.context] == ["discount_for"]  # jedi found the helper
    return target


def applies(project: Path, patch: Patch, tmp_path: Path) -> Path:
    """The project with the patch applied by git, as the sandbox applies it."""
    copy = tmp_path / "applied"
    shutil.copytree(project, copy)
    done = subprocess.run(["git", "apply", "-"], input=patch.diff(), text=True, cwd=copy,
                          capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    return copy


def reply(*functions: str) -> str:
    return "```python\n" + "\n\n".join(textwrap.dedent(f).strip() for f in functions) + "\n```\n"


def test_a_rewritten_helper_in_another_file_and_the_target_make_one_diff(project: Path, tmp_path: Path) -> None:
    patch = build_patch(target_of(project), reply(
        """
        def invoice_total(lines, rules):
            total = 0.0
            table = dict(reversed(rules))
            for code, price in lines:
                total += price * (1 - table.get(code, 0))
            return total
        """,
        """
        def discount_for(code, rules):
            return next((rate for rule_code, rate in rules if rule_code == code), 0)
        """,
    ))
    assert isinstance(patch, Patch)
    diff = patch.diff()
    assert diff.index("diff --git a/shop/billing.py") < diff.index("diff --git a/shop/rules.py")
    assert patch.notes == ["rewrites discount_for in shop/rules.py"]
    copy = applies(project, patch, tmp_path)
    rules_text = (copy / "shop/rules.py").read_text()
    assert '"""The discount of a customer code; 0 when none applies."""' in rules_text  # docstring kept
    assert "next((rate for" in rules_text


def test_only_a_helper_rewritten_is_still_a_patch(project: Path, tmp_path: Path) -> None:
    patch = build_patch(target_of(project), reply(
        BILLING.split("\n\n\n", 1)[1],  # the target, repeated unchanged
        "def discount_for(code, rules):\n    return dict(reversed(rules)).get(code, 0)\n",
    ))
    assert isinstance(patch, Patch)
    assert patch.diff().startswith("diff --git a/shop/rules.py") and "billing.py" not in patch.diff()
    applies(project, patch, tmp_path)


def test_a_new_helper_the_rewrite_calls_is_placed_above_the_target(project: Path, tmp_path: Path) -> None:
    patch = build_patch(target_of(project), reply(
        """
        def _rates(rules):
            return dict(reversed(rules))
        """,
        """
        def invoice_total(lines, rules):
            rates = _rates(rules)
            return sum(price * (1 - rates.get(code, 0)) for code, price in lines)
        """,
        "def unused(x):\n    return x\n",
    ))
    assert isinstance(patch, Patch)
    text = (applies(project, patch, tmp_path) / "shop/billing.py").read_text()
    assert text.index("def _rates(rules):") < text.index("def invoice_total(lines, rules):")
    assert "def unused" not in text and patch.notes == ["adds the helper _rates"]


@pytest.mark.parametrize(
    "helper",
    [
        RULES.split("\n\n\n", 1)[1],  # the context repeated unchanged
        "def discount_for(code, rules, default=0):\n    return dict(rules).get(code, default)\n",  # re-signed
    ],
)
def test_a_helper_repeated_or_re_signed_is_left_alone(project: Path, helper: str) -> None:
    outcome = build_patch(target_of(project), reply(BILLING.split("\n\n\n", 1)[1], helper))
    assert isinstance(outcome, Rejected) and "identical to the original" in outcome.reason


def test_a_target_calling_a_helper_the_reply_does_not_define_is_rejected(project: Path) -> None:
    outcome = build_patch(target_of(project), reply(
        "def invoice_total(lines, rules):\n    return fast_total(lines, rules)\n"))
    assert isinstance(outcome, Rejected) and "fast_total" in outcome.reason
