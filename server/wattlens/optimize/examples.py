"""Before/after rewrites that prime the model, one per known energy-wasting pattern.

Every pair is behaviour-preserving (same results, same order and duplicates,
same mutation of arguments); `calls` lists argument tuples on which the unit
tests run both versions and compare.  Small models copy what they are shown,
so the examples are deliberately short, typed and idiomatic.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel, ConfigDict


class Example(BaseModel):
    """One known rewrite: a pattern family, why the rewrite is faster, and the code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    family: str
    explanation: str
    before: str
    after: str
    calls: tuple[str, ...] = ()
    """Python expressions of argument tuples, e.g. `(["a"], ["b"])`, used by the tests."""


EXAMPLES: tuple[Example, ...] = (
    Example(
        id="membership-filter-emails",
        family="membership test against a list in a loop",
        explanation=(
            "`x in some_list` scans the whole list on every iteration; build a set once "
            "before the loop so each test is O(1). Keep the loop so order and duplicates stay."
        ),
        before="""\
def blocked_emails(emails: list[str], blocklist: list[str]) -> list[str]:
    result = []
    for email in emails:
        if email in blocklist:
            result.append(email)
    return result
""",
        after="""\
def blocked_emails(emails: list[str], blocklist: list[str]) -> list[str]:
    blocked = set(blocklist)
    return [email for email in emails if email in blocked]
""",
        calls=(
            '(["a@x", "b@x", "a@x", "c@x"], ["a@x", "c@x"])',
            '([], ["a"])',
            '(["q", "q"], [])',
        ),
    ),
    Example(
        id="membership-missing-ids",
        family="membership test against a list in a loop",
        explanation=(
            "`not in` on a list is a linear scan per item; a set built once makes it constant "
            "time. A list comprehension keeps every missing item in its original order."
        ),
        before="""\
def missing_ids(wanted: list[int], present: list[int]) -> list[int]:
    missing = []
    for item in wanted:
        if item not in present:
            missing.append(item)
    return missing
""",
        after="""\
def missing_ids(wanted: list[int], present: list[int]) -> list[int]:
    present_set = set(present)
    return [item for item in wanted if item not in present_set]
""",
        calls=("([3, 1, 4, 1, 5, 9], [1, 5])", "([], [])", "([2, 2], [7])"),
    ),
    Example(
        id="membership-count-common",
        family="membership test against a list in a loop",
        explanation=(
            "Counting matches with `in` on a list is quadratic; test against a set built "
            "once. Counting stays per element, so duplicates still count."
        ),
        before="""\
def count_known(words: list[str], vocabulary: list[str]) -> int:
    count = 0
    for word in words:
        if word in vocabulary:
            count += 1
    return count
""",
        after="""\
def count_known(words: list[str], vocabulary: list[str]) -> int:
    known = set(vocabulary)
    return sum(1 for word in words if word in known)
""",
        calls=('(["a", "b", "a", "z"], ["a", "b"])', '([], ["a"])'),
    ),
    Example(
        id="string-concat-lines",
        family="string building with += in a loop",
        explanation=(
            "Repeated `s += piece` may copy the growing string each time; collect the pieces "
            "and `str.join` them once. The separator and trailing newline stay exactly as before."
        ),
        before="""\
def render_lines(rows: list[str]) -> str:
    text = ""
    for row in rows:
        text += row + "\\n"
    return text
""",
        after="""\
def render_lines(rows: list[str]) -> str:
    return "".join(row + "\\n" for row in rows)
""",
        calls=('(["a", "b"],)', "([],)", '(["", "x"],)'),
    ),
    Example(
        id="string-concat-csv",
        family="string building with += in a loop",
        explanation=(
            "Building a delimited string with `+=` and a first-item flag is slow and fiddly; "
            "`sep.join` produces the same text in one pass."
        ),
        before="""\
def to_csv_row(values: list[int]) -> str:
    out = ""
    for i, value in enumerate(values):
        if i > 0:
            out += ","
        out += str(value)
    return out
""",
        after="""\
def to_csv_row(values: list[int]) -> str:
    return ",".join(str(value) for value in values)
""",
        calls=("([1, 22, 3],)", "([],)", "([5],)"),
    ),
    Example(
        id="regex-compile-in-loop",
        family="repeated re.compile or regex construction in a loop",
        explanation=(
            "Compiling the same pattern on every iteration repeats work; compile it once "
            "outside the loop and reuse the compiled pattern."
        ),
        before="""\
import re


def extract_numbers(lines: list[str]) -> list[str]:
    found = []
    for line in lines:
        pattern = re.compile(r"\\d+")
        found.extend(pattern.findall(line))
    return found
""",
        after="""\
import re


def extract_numbers(lines: list[str]) -> list[str]:
    pattern = re.compile(r"\\d+")
    found = []
    for line in lines:
        found.extend(pattern.findall(line))
    return found
""",
        calls=('(["a1b22", "x", "333"],)', "([],)"),
    ),
    Example(
        id="queue-pop-front",
        family="quadratic list.pop(0) or insert(0) used as a queue",
        explanation=(
            "`list.pop(0)` shifts every remaining element; `collections.deque.popleft` is "
            "O(1). Copy the input into the deque so the caller's list is not mutated."
        ),
        before="""\
def process_in_order(tasks: list[int]) -> list[int]:
    queue = list(tasks)
    done = []
    while queue:
        task = queue.pop(0)
        done.append(task * 2)
    return done
""",
        after="""\
from collections import deque


def process_in_order(tasks: list[int]) -> list[int]:
    queue = deque(tasks)
    done = []
    while queue:
        task = queue.popleft()
        done.append(task * 2)
    return done
""",
        calls=("([3, 1, 2],)", "([],)"),
    ),
    Example(
        id="prepend-insert-zero",
        family="quadratic list.pop(0) or insert(0) used as a queue",
        explanation=(
            "`insert(0, x)` moves every element on each call; append and reverse once at "
            "the end gives the same list in linear time."
        ),
        before="""\
def reversed_copy(items: list[int]) -> list[int]:
    result = []
    for item in items:
        result.insert(0, item)
    return result
""",
        after="""\
def reversed_copy(items: list[int]) -> list[int]:
    result = list(items)
    result.reverse()
    return result
""",
        calls=("([1, 2, 3, 2],)", "([],)"),
    ),
    Example(
        id="sort-for-min",
        family="sorting to find a min or max",
        explanation=(
            "Sorting is O(n log n) and builds a new list just to read one end; `min`/`max` "
            "scan once. `max(..., default=None)` keeps the empty-input result."
        ),
        before="""\
def largest(values: list[float]) -> float | None:
    if not values:
        return None
    return sorted(values)[-1]
""",
        after="""\
def largest(values: list[float]) -> float | None:
    return max(values, default=None)
""",
        calls=("([3.0, 9.5, -1.0],)", "([],)", "([2.0],)"),
    ),
    Example(
        id="hoist-invariant",
        family="loop-invariant computation not hoisted",
        explanation=(
            "An expression that does not change inside the loop is recomputed on every "
            "iteration; compute it once before the loop."
        ),
        before="""\
def normalise(values: list[float], weights: list[float]) -> list[float]:
    out = []
    for value in values:
        out.append(value / sum(weights))
    return out
""",
        after="""\
def normalise(values: list[float], weights: list[float]) -> list[float]:
    total = sum(weights)
    return [value / total for value in values]
""",
        calls=("([1.0, 2.0, 4.0], [1.0, 3.0])", "([], [2.0])"),
    ),
    Example(
        id="memoize-recursion",
        family="recursion without memoization",
        explanation=(
            "Naive recursion recomputes the same subproblems exponentially often; an "
            "iterative loop that keeps the last two results computes each once."
        ),
        before="""\
def fibonacci(n: int) -> int:
    if n < 2:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)
""",
        after="""\
def fibonacci(n: int) -> int:
    if n < 2:
        return n
    previous, current = 0, 1
    for _ in range(n - 1):
        previous, current = current, previous + current
    return current
""",
        calls=("(0,)", "(1,)", "(2,)", "(10,)", "(-3,)"),
    ),
    Example(
        id="needless-copy",
        family="needless copies of data",
        explanation=(
            "Copying a list (`list(x)`, `x[:]`) only to read it costs memory and time; read "
            "the original when nothing mutates it."
        ),
        before="""\
def total_length(words: list[str]) -> int:
    copy = list(words)
    lengths = [len(word) for word in copy[:]]
    return sum(lengths)
""",
        after="""\
def total_length(words: list[str]) -> int:
    return sum(len(word) for word in words)
""",
        calls=('(["ab", "c", ""],)', "([],)"),
    ),
    Example(
        id="generator-not-list",
        family="materialising a list only to consume it once",
        explanation=(
            "`any`, `all`, `sum` and friends consume an iterable once; a generator avoids "
            "building the whole list and lets `any` stop at the first hit."
        ),
        before="""\
def has_negative(values: list[int]) -> bool:
    return any([value < 0 for value in values])
""",
        after="""\
def has_negative(values: list[int]) -> bool:
    return any(value < 0 for value in values)
""",
        calls=("([1, -2, 3],)", "([],)", "([0, 5],)"),
    ),
    Example(
        id="dict-keys-membership",
        family="membership test on dict.keys() or a list of keys",
        explanation=(
            "`key in d.keys()` is fine, but `key in list(d.keys())` scans a fresh list every "
            "time; `key in d` is a hash lookup."
        ),
        before="""\
def known_prices(skus: list[str], prices: dict[str, float]) -> list[float]:
    out = []
    for sku in skus:
        if sku in list(prices.keys()):
            out.append(prices[sku])
    return out
""",
        after="""\
def known_prices(skus: list[str], prices: dict[str, float]) -> list[float]:
    return [prices[sku] for sku in skus if sku in prices]
""",
        calls=('(["a", "z", "a"], {"a": 1.5, "b": 2.0})', '([], {"a": 1.0})'),
    ),
    Example(
        id="counter-loop",
        family="counting with a loop instead of collections.Counter",
        explanation=(
            "Counting with `if k in d: d[k] += 1 else: d[k] = 1` runs Python-level work per "
            "item; `collections.Counter` counts in C. Convert back to a dict to keep the type."
        ),
        before="""\
def word_counts(words: list[str]) -> dict[str, int]:
    counts = {}
    for word in words:
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
    return counts
""",
        after="""\
from collections import Counter


def word_counts(words: list[str]) -> dict[str, int]:
    return dict(Counter(words))
""",
        calls=('(["b", "a", "b", "c"],)', "([],)"),
    ),
    Example(
        id="count-method-in-loop",
        family="counting with a loop instead of collections.Counter",
        explanation=(
            "Calling `list.count` for every item is quadratic; one Counter pass gives all "
            "counts. The result keeps first-seen order like the original dict."
        ),
        before="""\
def duplicates(items: list[str]) -> dict[str, int]:
    result = {}
    for item in items:
        if items.count(item) > 1:
            result[item] = items.count(item)
    return result
""",
        after="""\
from collections import Counter


def duplicates(items: list[str]) -> dict[str, int]:
    counts = Counter(items)
    return {item: n for item, n in counts.items() if n > 1}
""",
        calls=('(["x", "y", "x", "z", "y", "x"],)', "([],)", '(["a"],)'),
    ),
)


def examples_fingerprint(examples: tuple[Example, ...] = EXAMPLES) -> str:
    """A hash of the examples' content: the retrieval store is rebuilt when it changes."""
    payload = json.dumps([e.model_dump() for e in examples], sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
