"""Static checks of a candidate before it runs, and how audit records become reasons."""

from __future__ import annotations

import pytest

from wattlens.verify.audit import audit_reasons, new_records
from wattlens.verify.tampering import CandidateSyntaxError, tampering

ORIGINAL = "import time\n\ndef f(xs):\n    return sorted(xs)[0]\n"


@pytest.mark.parametrize(
    ("added", "finding"),
    [
        ("time.perf_counter = lambda: 0.0", "replaces time.perf_counter"),
        ("import time as t\nt.monotonic = lambda: 0", "replaces time.monotonic"),
        ("setattr(time, 'perf_counter', lambda: 0)", "replaces an attribute of time with setattr()"),
        ("import sys\nsys.modules['json'] = None", "replaces a module in sys.modules"),
        ("import sys\nsys.settrace(None)", "calls sys.settrace()"),
        ("import gc\ngc.disable()", "calls gc.disable()"),
        ("from time import sleep as nap\nnap(0.1)", "calls time.sleep()"),
        ("import os\nos.kill(1, 9)", "calls os.kill()"),
        ("P = '/work/.wattlens/harness.py'", "refers to the verification harness"),
        ("import functools\n@functools.lru_cache(maxsize=None)\ndef g(x):\n    return x", "@lru_cache on g"),
        ("from functools import cache\nclass K:\n    @cache\n    def m(self):\n        return 1", "@cache on m"),
        ("SEEN = {}\ndef h(x):\n    global SEEN\n    SEEN = {x: 1}", "global SEEN"),
        ("ANSWER = [" + ", ".join(str(i) for i in range(100)) + "]", "embeds precomputed data"),
    ],
)
def test_tampering_the_patch_adds_is_found(added: str, finding: str) -> None:
    found = tampering(ORIGINAL, ORIGINAL + "\n" + added + "\n", "m.py")
    assert any(finding in f for f in found), found


def test_what_the_original_already_does_is_not_held_against_the_patch() -> None:
    original = ORIGINAL + "import gc\ngc.disable()\n"
    assert tampering(original, original.replace("sorted(xs)[0]", "min(xs)"), "m.py") == []
    assert tampering(ORIGINAL, ORIGINAL.replace("sorted(xs)[0]", "min(xs)"), "m.py") == []


def test_a_syntax_error_is_named_with_its_line() -> None:
    with pytest.raises(CandidateSyntaxError, match=r"syntax error in m\.py at line 4"):
        tampering(ORIGINAL, ORIGINAL.replace("[0]", "[0"), "m.py")


def test_audit_records_become_one_reason_per_kind() -> None:
    original = ["process subprocess.Popen ['git']", "network pypi.org:443"]
    candidate = [*original, "network example.org:80", "leftover sleep 9", "leftover sleep 9", "read /etc/passwd"]
    acts = new_records(candidate, original)
    assert acts == ["network example.org:80", "leftover sleep 9", "read /etc/passwd"]
    reasons = audit_reasons(acts, "during the tests")
    assert reasons[0] == ("The candidate attempted network access during the tests: example.org:80 "
                          "(blocked by the sandbox).")
    assert len(reasons) == 3 and "/etc/passwd" in reasons[1] and "sleep 9" in reasons[2]
    assert audit_reasons(["unknown thing"], "x") == []


def test_a_cache_inside_one_call_is_fine() -> None:
    patched = ORIGINAL + (
        "\nimport functools\ndef ways(n):\n    @functools.cache\n    def go(k):\n"
        "        return 1 if k < 2 else go(k - 1) + go(k - 2)\n    return go(n)\n"
    )
    assert tampering(ORIGINAL, patched, "m.py") == []


def test_a_table_built_once_by_a_function_of_no_arguments_is_fine() -> None:
    # One value, the same whatever the inputs: real use is as fast as the benchmark.
    patched = ORIGINAL + "\nimport functools\n@functools.cache\ndef _weights_kept():\n    return {'H': 1.008}\n"
    assert tampering(ORIGINAL, patched, "m.py") == []
    keyed = patched.replace("def _weights_kept():", "def _weights_kept(*args):")
    assert tampering(ORIGINAL, keyed, "m.py") == ["remembers results between calls (@cache on _weights_kept)"]
