"""Before/after rewrites that prime the model, grouped in families of energy-wasting patterns.

Every pair is behaviour-preserving on all inputs of its declared types (same
results, same order and duplicates, same mutation of arguments, same exception
types); `calls` lists argument tuples on which the unit tests run both versions
and compare.  Small models copy what they are shown, so the examples are
deliberately short, typed and idiomatic.  Integers stand in for floats where a
rewrite would reorder float additions (Python 3.12+ `sum` compensates rounding,
a `+=` loop does not), and NaN would break sort/min equivalence.

`speedup` is measured, not estimated: `.venv/bin/python
benchmarks/example_speedups.py --rounds 11 --min-time 0.05 --record` timed
each pair on its `bench_call` (interleaved rounds, median ratio, on the shared
2-core development machine under load, so small gains carry ±20% noise) and
wrote the figures into this file.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict

Origin = Literal["builtin", "learned"]


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
    bench_call: str = ""
    """An expression building one realistic, large argument tuple for the speedup benchmark.

    Evaluated with `rng` (a `random.Random(0)`) in scope, so inputs are the same on every run.
    """
    speedup: float | None = None
    """Median time of `before` over time of `after` on `bench_call`, as measured (None: not measured)."""
    origin: Origin = "builtin"
    """`learned` for rewrites verified on the user's own code and remembered (see `optimize.memory`)."""


MEMBERSHIP = "membership test against a list in a loop"
STRINGS = "string building with += in a loop"
REGEX = "repeated re.compile or regex construction in a loop"
QUEUE = "quadratic list.pop(0) or insert(0) used as a queue"
MIN_MAX = "sorting to find a min or max"
INVARIANT = "loop-invariant computation not hoisted"
RECURSION = "recursion without memoization"
COPIES = "needless copies of data"
MATERIALISE = "materialising a list only to consume it once"
DICT_KEYS = "dict key membership and lookup"
COUNTING = "counting with a loop instead of collections.Counter"
GROUPING = "grouping into a dict with setdefault or defaultdict"
BISECT = "linear scans instead of bisect on sorted data"
NUMERIC = "Python loops over numbers instead of builtins"
SHORT_CIRCUIT = "flag loops instead of any() or all() short-circuit"
APPEND_LOOP = "building a list with append in a loop"

EXAMPLES: tuple[Example, ...] = (
    Example(
        id="membership-filter-emails",
        family=MEMBERSHIP,
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
        bench_call='([f"user{i % 3000}@x" for i in range(2000)], [f"user{i}@x" for i in range(0, 3000, 6)])',
        speedup=189.10,
    ),
    Example(
        id="membership-missing-ids",
        family=MEMBERSHIP,
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
        bench_call="(list(range(0, 4000, 2)), list(range(0, 4000, 7)))",
        speedup=167.24,
    ),
    Example(
        id="membership-count-common",
        family=MEMBERSHIP,
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
        calls=('(["a", "b", "a", "z"], ["a", "b"])', '([], ["a"])', '(["a"], ["a", "a"])'),
        bench_call='([f"w{i % 900}" for i in range(3000)], [f"w{i}" for i in range(0, 900, 2)])',
        speedup=110.84,
    ),
    Example(
        id="string-concat-lines",
        family=STRINGS,
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
        bench_call='([f"row {i}" for i in range(20000)],)',
        speedup=1.36,
    ),
    Example(
        id="string-concat-csv",
        family=STRINGS,
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
        bench_call="(list(range(20000)),)",
        speedup=2.19,
    ),
    Example(
        id="bytes-concat-records",
        family=STRINGS,
        explanation=(
            "`bytes` objects are never extended in place, so `out += chunk` copies everything "
            "written so far on every record; `b\"\".join` copies each byte once. The "
            "records keep their order, and a too-long record raises the same OverflowError."
        ),
        before="""\
def pack(records: list[bytes]) -> bytes:
    out = b""
    for record in records:
        out += len(record).to_bytes(2, "big") + record
    return out
""",
        after="""\
def pack(records: list[bytes]) -> bytes:
    return b"".join(len(record).to_bytes(2, "big") + record for record in records)
""",
        calls=('([b"ab", b"", b"c"],)', "([],)", '([b"x" * 70000],)'),
        bench_call='([b"record %d" % i for i in range(20000)],)',
        speedup=25.67,
    ),
    Example(
        id="regex-compile-in-loop",
        family=REGEX,
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
        bench_call='([f"item {i} costs {i * 3} eur" for i in range(5000)],)',
        speedup=1.46,
    ),
    Example(
        id="regex-fullmatch-in-loop",
        family=REGEX,
        explanation=(
            "`re.fullmatch(pattern, s)` looks the pattern up in re's cache on every call; "
            "compile it once before the loop and call the compiled pattern's method. "
            "The filter, and so the order of the kept items, is unchanged."
        ),
        before="""\
import re


def valid_codes(codes: list[str]) -> list[str]:
    return [code for code in codes if re.fullmatch(r"[A-Z]{3}-\\d{4}", code)]
""",
        after="""\
import re


def valid_codes(codes: list[str]) -> list[str]:
    pattern = re.compile(r"[A-Z]{3}-\\d{4}")
    return [code for code in codes if pattern.fullmatch(code)]
""",
        calls=('(["ABC-1234", "abc-1234", "ABC-12345", "XYZ-0000"],)', "([],)", '(["ABC-1234"] * 2,)'),
        bench_call='([f"ABC-{i % 10000:04d}" if i % 3 else f"bad{i}" for i in range(20000)],)',
        speedup=2.80,
    ),
    Example(
        id="regex-split-in-loop",
        family=REGEX,
        explanation=(
            "`re.split` with a pattern string re-resolves the pattern per line; compile the "
            "separator once and use its `split`. Each line still gives its own list of fields."
        ),
        before="""\
import re


def split_fields(lines: list[str]) -> list[list[str]]:
    rows = []
    for line in lines:
        rows.append(re.split(r"[,;]\\s*", line))
    return rows
""",
        after="""\
import re


def split_fields(lines: list[str]) -> list[list[str]]:
    separator = re.compile(r"[,;]\\s*")
    return [separator.split(line) for line in lines]
""",
        calls=('(["a, b;c", "", "x;;y"],)', "([],)"),
        bench_call='([f"a, b;c,{i}; d" for i in range(10000)],)',
        speedup=1.28,
    ),
    Example(
        id="queue-pop-front",
        family=QUEUE,
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
        bench_call="(list(range(30000)),)",
        speedup=69.20,
    ),
    Example(
        id="prepend-insert-zero",
        family=QUEUE,
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
        bench_call="(list(range(20000)),)",
        speedup=1168.05,
    ),
    Example(
        id="queue-breadth-first",
        family=QUEUE,
        explanation=(
            "A breadth-first search that takes nodes with `pop(0)` is quadratic in the queue "
            "length; `deque.popleft` keeps it linear. Visiting order is the same FIFO order."
        ),
        before="""\
def breadth_first(graph: dict[int, list[int]], start: int) -> list[int]:
    order = []
    visited = {start}
    queue = [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for neighbour in graph.get(node, []):
            if neighbour not in visited:
                visited.add(neighbour)
                queue.append(neighbour)
    return order
""",
        after="""\
from collections import deque


def breadth_first(graph: dict[int, list[int]], start: int) -> list[int]:
    order = []
    visited = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for neighbour in graph.get(node, []):
            if neighbour not in visited:
                visited.add(neighbour)
                queue.append(neighbour)
    return order
""",
        calls=("({1: [2, 3], 2: [4], 3: [4, 1]}, 1)", "({}, 7)", "({0: [0]}, 0)"),
        bench_call="({0: list(range(1, 20001))}, 0)",
        speedup=11.17,
    ),
    Example(
        id="sort-for-min",
        family=MIN_MAX,
        explanation=(
            "Sorting is O(n log n) and builds a new list just to read one end; `min`/`max` "
            "scan once. `max(..., default=None)` keeps the empty-input result."
        ),
        before="""\
def largest(values: list[int]) -> int | None:
    if not values:
        return None
    return sorted(values)[-1]
""",
        after="""\
def largest(values: list[int]) -> int | None:
    return max(values, default=None)
""",
        calls=("([3, 9, -1],)", "([],)", "([2],)", "([4, 4],)"),
        bench_call="([rng.randrange(10**6) for _ in range(50000)],)",
        speedup=10.69,
    ),
    Example(
        id="sort-for-top-three",
        family=MIN_MAX,
        explanation=(
            "Sorting everything to keep the three largest does far more work than needed; "
            "`heapq.nlargest(3, ...)` is documented to equal `sorted(..., reverse=True)[:3]`, "
            "ties and short inputs included."
        ),
        before="""\
def top_three(scores: list[int]) -> list[int]:
    return sorted(scores, reverse=True)[:3]
""",
        after="""\
import heapq


def top_three(scores: list[int]) -> list[int]:
    return heapq.nlargest(3, scores)
""",
        calls=("([5, 1, 9, 9, 3],)", "([],)", "([7],)", "([2, 8],)"),
        bench_call="([rng.randrange(10**6) for _ in range(50000)],)",
        speedup=11.89,
    ),
    Example(
        id="sort-for-cheapest",
        family=MIN_MAX,
        explanation=(
            "`sorted(items, key=...)[0]` sorts only to read the first item; `min` with the same "
            "key scans once and, like the stable sort, returns the first of equal minima."
        ),
        before="""\
def cheapest(products: list[tuple[str, int]]) -> tuple[str, int] | None:
    if not products:
        return None
    return sorted(products, key=lambda product: product[1])[0]
""",
        after="""\
def cheapest(products: list[tuple[str, int]]) -> tuple[str, int] | None:
    return min(products, key=lambda product: product[1], default=None)
""",
        calls=('([("a", 5), ("b", 2), ("c", 2)],)', "([],)", '([("x", 1)],)'),
        bench_call='([(f"p{i}", rng.randrange(10**5)) for i in range(20000)],)',
        speedup=3.98,
    ),
    Example(
        id="hoist-invariant",
        family=INVARIANT,
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
        calls=("([1.0, 2.0, 4.0], [1.0, 3.0])", "([], [2.0])", "([1.0], [])"),
        bench_call="([float(i) for i in range(3000)], [float(i) for i in range(300)])",
        speedup=44.20,
    ),
    Example(
        id="hoist-join-prefix",
        family=INVARIANT,
        explanation=(
            "The joined prefix is the same for every line; build it once before the loop. "
            "Joining strings cannot fail, so computing it early changes no outcome."
        ),
        before="""\
def tag_lines(lines: list[str], tags: list[str]) -> list[str]:
    return [", ".join(tags) + ": " + line for line in lines]
""",
        after="""\
def tag_lines(lines: list[str], tags: list[str]) -> list[str]:
    prefix = ", ".join(tags) + ": "
    return [prefix + line for line in lines]
""",
        calls=('(["a", "b"], ["x", "y"])', '([], ["x"])', '(["a"], [])'),
        bench_call='([f"line {i}" for i in range(10000)], [f"tag{i}" for i in range(20)])',
        speedup=5.68,
    ),
    Example(
        id="hoist-lower-query",
        family=INVARIANT,
        explanation=(
            "`query.lower()` gives the same string on every iteration; lower it once before "
            "the comprehension. Each word is still compared in order, duplicates kept."
        ),
        before="""\
def matching(words: list[str], query: str) -> list[str]:
    return [word for word in words if word.lower() == query.lower()]
""",
        after="""\
def matching(words: list[str], query: str) -> list[str]:
    wanted = query.lower()
    return [word for word in words if word.lower() == wanted]
""",
        calls=('(["Ab", "ab", "c", "AB"], "aB")', '([], "x")', '(["x"], "")'),
        bench_call='([f"Word{i % 50}" for i in range(20000)], "WORD7")',
        speedup=1.74,
    ),
    Example(
        id="memoize-recursion",
        family=RECURSION,
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
        bench_call="(22,)",
        speedup=7311.02,
    ),
    Example(
        id="memoize-grid-paths",
        family=RECURSION,
        explanation=(
            "The two recursive calls share most of their subproblems; a cache local to the "
            "call (`functools.cache` on an inner function) computes each once and is dropped "
            "when the call returns, so nothing is remembered between calls."
        ),
        before="""\
def grid_paths(rows: int, cols: int) -> int:
    if rows == 0 or cols == 0:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)
""",
        after="""\
from functools import cache


def grid_paths(rows: int, cols: int) -> int:
    @cache
    def paths(r: int, c: int) -> int:
        if r == 0 or c == 0:
            return 1
        return paths(r - 1, c) + paths(r, c - 1)

    return paths(rows, cols)
""",
        calls=("(0, 5)", "(1, 1)", "(3, 4)", "(6, 6)"),
        bench_call="(9, 9)",
        speedup=136.42,
    ),
    Example(
        id="memoize-common-subsequence",
        family=RECURSION,
        explanation=(
            "Recursing on slices copies strings and revisits the same suffix pairs "
            "exponentially often; recurse on indexes with a per-call cache instead. The "
            "recursion depth, and so the limit on input length, stays the same."
        ),
        before="""\
def common_length(a: str, b: str) -> int:
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + common_length(a[1:], b[1:])
    return max(common_length(a[1:], b), common_length(a, b[1:]))
""",
        after="""\
from functools import cache


def common_length(a: str, b: str) -> int:
    @cache
    def length(i: int, j: int) -> int:
        if i == len(a) or j == len(b):
            return 0
        if a[i] == b[j]:
            return 1 + length(i + 1, j + 1)
        return max(length(i + 1, j), length(i, j + 1))

    return length(0, 0)
""",
        calls=('("abcde", "ace")', '("", "abc")', '("abc", "abc")', '("xyz", "abc")'),
        bench_call='("abcdefghi", "jklmnopqr")',
        speedup=318.54,
    ),
    Example(
        id="needless-copy",
        family=COPIES,
        explanation=(
            "Copying a list (`list(x)`, `x[:]`) only to read it costs memory and time; read "
            "the original when nothing mutates it, and let `map(len, ...)` do the loop in C."
        ),
        before="""\
def total_length(words: list[str]) -> int:
    copy = list(words)
    lengths = [len(word) for word in copy[:]]
    return sum(lengths)
""",
        after="""\
def total_length(words: list[str]) -> int:
    return sum(map(len, words))
""",
        calls=('(["ab", "c", ""],)', "([],)"),
        bench_call='([f"word{i}" for i in range(50000)],)',
        speedup=1.81,
    ),
    Example(
        id="needless-deepcopy",
        family=COPIES,
        explanation=(
            "`copy.deepcopy` walks and copies every element only for the copy to be read; "
            "`set` and `sorted` already build new objects and never mutate their input."
        ),
        before="""\
import copy


def sorted_unique(values: list[int]) -> list[int]:
    data = copy.deepcopy(values)
    return sorted(set(data))
""",
        after="""\
def sorted_unique(values: list[int]) -> list[int]:
    return sorted(set(values))
""",
        calls=("([3, 1, 3, 2],)", "([],)", "([5],)"),
        bench_call="([rng.randrange(1000) for _ in range(20000)],)",
        speedup=9.50,
    ),
    Example(
        id="needless-copy-in-loop",
        family=COPIES,
        explanation=(
            "`list(row)` copies every row only to read its first item; index the row itself. "
            "An empty row still raises IndexError, at the same row."
        ),
        before="""\
def first_fields(rows: list[list[str]]) -> list[str]:
    return [list(row)[0] for row in rows]
""",
        after="""\
def first_fields(rows: list[list[str]]) -> list[str]:
    return [row[0] for row in rows]
""",
        calls=('([["a", "b"], ["c"]],)', "([],)", '([["a"], []],)'),
        bench_call='([[f"f{i}-{j}" for j in range(20)] for i in range(20000)],)',
        speedup=4.19,
    ),
    Example(
        id="generator-not-list",
        family=MATERIALISE,
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
        bench_call="(list(range(50000)) + [-1] + list(range(50000)),)",
        speedup=1.45,
    ),
    Example(
        id="generator-first-match",
        family=MATERIALISE,
        explanation=(
            "Building the list of all matches to return the first one filters the whole "
            "input; `next` over a generator stops at the first match and its default "
            "replaces the empty-list check."
        ),
        before="""\
def first_long(words: list[str], size: int) -> str | None:
    matches = [word for word in words if len(word) > size]
    return matches[0] if matches else None
""",
        after="""\
def first_long(words: list[str], size: int) -> str | None:
    return next((word for word in words if len(word) > size), None)
""",
        calls=('(["ab", "abcd", "abcde"], 3)', "([], 0)", '(["a"], 5)'),
        bench_call='([f"w{i % 1000}" for i in range(50000)] + ["a-very-long-word"] + ["w"] * 50000, 10)',
        speedup=1.76,
    ),
    Example(
        id="generator-set-comprehension",
        family=MATERIALISE,
        explanation=(
            "`set([...])` first builds a list that is thrown away; a set comprehension "
            "adds each item straight to the set."
        ),
        before="""\
def distinct_lower(words: list[str]) -> set[str]:
    return set([word.lower() for word in words])
""",
        after="""\
def distinct_lower(words: list[str]) -> set[str]:
    return {word.lower() for word in words}
""",
        calls=('(["A", "a", "B"],)', "([],)"),
        bench_call='([f"Word{i % 1000}" for i in range(50000)],)',
        speedup=1.07,
    ),
    Example(
        id="dict-keys-membership",
        family=DICT_KEYS,
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
        bench_call='([f"s{i % 1500}" for i in range(3000)], {f"s{i}": float(i) for i in range(1000)})',
        speedup=299.15,
    ),
    Example(
        id="dict-keys-shared",
        family=DICT_KEYS,
        explanation=(
            "`list(other)` copies the keys into a list that is scanned for every key; test "
            "`key in other` on the dict itself. The result keeps the first dict's key order."
        ),
        before="""\
def shared_keys(first: dict[str, int], other: dict[str, int]) -> list[str]:
    return [key for key in first if key in list(other)]
""",
        after="""\
def shared_keys(first: dict[str, int], other: dict[str, int]) -> list[str]:
    return [key for key in first if key in other]
""",
        calls=('({"a": 1, "b": 2, "c": 3}, {"c": 0, "a": 0})', "({}, {})", '({"a": 1}, {})'),
        bench_call='({f"k{i}": i for i in range(2000)}, {f"k{i}": i for i in range(0, 4000, 3)})',
        speedup=451.89,
    ),
    Example(
        id="dict-get-default",
        family=DICT_KEYS,
        explanation=(
            "Testing `key in d` and then indexing hashes the key twice; `d.get(key, default)` "
            "does one lookup and gives the same value, or the default when the key is absent."
        ),
        before="""\
def stock_levels(skus: list[str], stock: dict[str, int]) -> list[int]:
    levels = []
    for sku in skus:
        if sku in stock:
            levels.append(stock[sku])
        else:
            levels.append(0)
    return levels
""",
        after="""\
def stock_levels(skus: list[str], stock: dict[str, int]) -> list[int]:
    return [stock.get(sku, 0) for sku in skus]
""",
        calls=('(["a", "z", "a"], {"a": 4})', '([], {"a": 1})', '(["q"], {})'),
        bench_call='([f"k{i % 3000}" for i in range(50000)], {f"k{i}": i for i in range(2000)})',
        speedup=1.26,
    ),
    Example(
        id="counter-loop",
        family=COUNTING,
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
        bench_call='([f"w{rng.randrange(500)}" for _ in range(50000)],)',
        speedup=1.93,
    ),
    Example(
        id="count-method-in-loop",
        family=COUNTING,
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
        bench_call='([f"w{rng.randrange(300)}" for _ in range(2000)],)',
        speedup=1314.99,
    ),
    Example(
        id="counter-most-common",
        family=COUNTING,
        explanation=(
            "`words.count(word)` per word is quadratic; `Counter.most_common(1)` counts once "
            "and, on ties, returns the word seen first, as the strict `>` loop does."
        ),
        before="""\
def most_frequent(words: list[str]) -> str | None:
    best, best_count = None, 0
    for word in words:
        count = words.count(word)
        if count > best_count:
            best, best_count = word, count
    return best
""",
        after="""\
from collections import Counter


def most_frequent(words: list[str]) -> str | None:
    top = Counter(words).most_common(1)
    return top[0][0] if top else None
""",
        calls=('(["b", "a", "a", "b", "c"],)', "([],)", '(["z"],)', '(["x", "y", "y"],)'),
        bench_call='([f"w{rng.randrange(200)}" for _ in range(2000)],)',
        speedup=767.53,
    ),
    Example(
        id="group-defaultdict-lists",
        family=GROUPING,
        explanation=(
            "Checking for the key, creating the list, then indexing again costs three "
            "lookups per item; a `defaultdict(list)` needs one. `dict()` at the end keeps the "
            "result type; keys keep first-seen order and each group keeps input order."
        ),
        before="""\
def group_by_length(words: list[str]) -> dict[int, list[str]]:
    groups = {}
    for word in words:
        if len(word) not in groups:
            groups[len(word)] = []
        groups[len(word)].append(word)
    return groups
""",
        after="""\
from collections import defaultdict


def group_by_length(words: list[str]) -> dict[int, list[str]]:
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for word in words:
        groups[len(word)].append(word)
    return dict(groups)
""",
        calls=('(["ab", "c", "de", "ab"],)', "([],)", '([""],)'),
        bench_call="([\"w\" + \"x\" * (i % 12) for i in range(50000)],)",
        speedup=1.74,
    ),
    Example(
        id="group-refilter-per-item",
        family=GROUPING,
        explanation=(
            "Re-filtering the whole list for every item is quadratic; one pass appending "
            "each word to its group gives the same groups, keys in first-seen order and "
            "words in input order."
        ),
        before="""\
def group_by_initial(words: list[str]) -> dict[str, list[str]]:
    groups = {}
    for word in words:
        key = word[:1]
        groups[key] = [w for w in words if w[:1] == key]
    return groups
""",
        after="""\
def group_by_initial(words: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word)
    return groups
""",
        calls=('(["apple", "bob", "avocado", ""],)', "([],)", '(["x", "x"],)'),
        bench_call="([chr(97 + i % 26) + str(i) for i in range(3000)],)",
        speedup=1749.29,
    ),
    Example(
        id="group-defaultdict-totals",
        family=GROUPING,
        explanation=(
            "A `defaultdict(int)` removes the membership branch from the loop; converting "
            "it back with `dict()` keeps the result type and the first-seen key order."
        ),
        before="""\
def totals_by_customer(orders: list[tuple[str, int]]) -> dict[str, int]:
    totals = {}
    for customer, amount in orders:
        if customer in totals:
            totals[customer] = totals[customer] + amount
        else:
            totals[customer] = amount
    return totals
""",
        after="""\
from collections import defaultdict


def totals_by_customer(orders: list[tuple[str, int]]) -> dict[str, int]:
    totals: defaultdict[str, int] = defaultdict(int)
    for customer, amount in orders:
        totals[customer] += amount
    return dict(totals)
""",
        calls=('([("a", 5), ("b", 1), ("a", -2)],)', "([],)", '([("z", 0)],)'),
        bench_call='([(f"c{i % 500}", i % 97) for i in range(50000)],)',
        speedup=1.18,
    ),
    Example(
        id="bisect-count-between",
        family=BISECT,
        explanation=(
            "Scanning every value for every range is O(n·m); sort a copy once and count each "
            "range with two binary searches. The caller's list is not sorted in place, and "
            "an empty range (low > high) still counts zero."
        ),
        before="""\
def count_between(values: list[int], ranges: list[tuple[int, int]]) -> list[int]:
    return [sum(1 for v in values if low <= v <= high) for low, high in ranges]
""",
        after="""\
from bisect import bisect_left, bisect_right


def count_between(values: list[int], ranges: list[tuple[int, int]]) -> list[int]:
    ordered = sorted(values)
    return [max(0, bisect_right(ordered, high) - bisect_left(ordered, low)) for low, high in ranges]
""",
        calls=("([5, 1, 9, 5], [(1, 5), (6, 8), (9, 2)])", "([], [(0, 1)])", "([3], [])"),
        bench_call="([rng.randrange(10000) for _ in range(5000)], [(i, i + 500) for i in range(0, 10000, 100)])",
        speedup=21.69,
    ),
    Example(
        id="bisect-rank",
        family=BISECT,
        explanation=(
            "Counting how many thresholds lie at or below each score scans all thresholds "
            "per score; after one sort, `bisect_right` gives the same count in O(log n)."
        ),
        before="""\
def ranks(scores: list[int], thresholds: list[int]) -> list[int]:
    return [sum(1 for t in thresholds if t <= score) for score in scores]
""",
        after="""\
from bisect import bisect_right


def ranks(scores: list[int], thresholds: list[int]) -> list[int]:
    ordered = sorted(thresholds)
    return [bisect_right(ordered, score) for score in scores]
""",
        calls=("([5, 0, 10], [3, 5, 5, 8])", "([], [1])", "([4], [])"),
        bench_call="([rng.randrange(1000) for _ in range(2000)], [rng.randrange(1000) for _ in range(500)])",
        speedup=50.59,
    ),
    Example(
        id="bisect-insort",
        family=BISECT,
        explanation=(
            "Appending and re-sorting after every item re-examines the whole list each time; "
            "`bisect.insort` puts the item in its place in the already sorted list."
        ),
        before="""\
def running_low_medians(values: list[int]) -> list[int]:
    seen = []
    medians = []
    for value in values:
        seen.append(value)
        seen.sort()
        medians.append(seen[(len(seen) - 1) // 2])
    return medians
""",
        after="""\
from bisect import insort


def running_low_medians(values: list[int]) -> list[int]:
    seen: list[int] = []
    medians = []
    for value in values:
        insort(seen, value)
        medians.append(seen[(len(seen) - 1) // 2])
    return medians
""",
        calls=("([5, 1, 4, 4, 2],)", "([],)", "([7],)"),
        bench_call="([rng.randrange(10**6) for _ in range(5000)],)",
        speedup=18.04,
    ),
    Example(
        id="numeric-sum-of-squares",
        family=NUMERIC,
        explanation=(
            "A Python loop pays interpreter overhead per number; `sum(map(operator.mul, xs, "
            "xs))` multiplies and adds in C. Integers keep the result exact (with floats, "
            "`sum` would round differently from a `+=` loop)."
        ),
        before="""\
def sum_of_squares(values: list[int]) -> int:
    total = 0
    for value in values:
        total += value * value
    return total
""",
        after="""\
from operator import mul


def sum_of_squares(values: list[int]) -> int:
    return sum(map(mul, values, values))
""",
        calls=("([1, 2, 3],)", "([],)", "([-4],)"),
        bench_call="([rng.randrange(1000) for _ in range(200000)],)",
        speedup=1.19,
    ),
    Example(
        id="numeric-running-totals",
        family=NUMERIC,
        explanation=(
            "A prefix-sum loop appends one Python-level addition at a time; "
            "`itertools.accumulate` yields the same running totals from C."
        ),
        before="""\
def running_totals(values: list[int]) -> list[int]:
    totals = []
    total = 0
    for value in values:
        total += value
        totals.append(total)
    return totals
""",
        after="""\
from itertools import accumulate


def running_totals(values: list[int]) -> list[int]:
    return list(accumulate(values))
""",
        calls=("([3, -1, 4],)", "([],)", "([0],)"),
        bench_call="([rng.randrange(-1000, 1000) for _ in range(200000)],)",
        speedup=1.37,
    ),
    Example(
        id="numeric-byte-checksum",
        family=NUMERIC,
        explanation=(
            "Reducing modulo 256 after every byte gives the same result as one reduction "
            "of the total; `sum` over a bytes object adds the bytes in C."
        ),
        before="""\
def checksum(data: bytes) -> int:
    total = 0
    for byte in data:
        total = (total + byte) % 256
    return total
""",
        after="""\
def checksum(data: bytes) -> int:
    return sum(data) % 256
""",
        calls=('(b"hello",)', '(b"",)', "(bytes([255, 1]),)"),
        bench_call="(bytes(range(256)) * 2000,)",
        speedup=6.87,
    ),
    Example(
        id="any-flag-loop",
        family=SHORT_CIRCUIT,
        explanation=(
            "A loop that sets a flag keeps scanning after the answer is known; `any` stops "
            "at the first match and returns the same bool."
        ),
        before="""\
def contains_error(lines: list[str]) -> bool:
    found = False
    for line in lines:
        if "ERROR" in line:
            found = True
    return found
""",
        after="""\
def contains_error(lines: list[str]) -> bool:
    return any("ERROR" in line for line in lines)
""",
        calls=('(["ok", "ERROR x", "ERROR y"],)', "([],)", '(["fine"],)'),
        bench_call='([f"INFO step {i}" for i in range(25000)] + ["ERROR disk"] + ["INFO"] * 75000,)',
        speedup=1.92,
    ),
    Example(
        id="all-flag-loop",
        family=SHORT_CIRCUIT,
        explanation=(
            "Clearing a flag and scanning on wastes the rest of the input; `all` stops at "
            "the first failing item. An empty input is still True."
        ),
        before="""\
def all_even(values: list[int]) -> bool:
    result = True
    for value in values:
        if value % 2 != 0:
            result = False
    return result
""",
        after="""\
def all_even(values: list[int]) -> bool:
    return all(value % 2 == 0 for value in values)
""",
        calls=("([2, 4, 5],)", "([],)", "([0, -2],)"),
        bench_call="(list(range(0, 50000, 2)) + [3] + list(range(0, 150000, 2)),)",
        speedup=2.83,
    ),
    Example(
        id="any-instead-of-len-filter",
        family=SHORT_CIRCUIT,
        explanation=(
            "`len([... if cond]) > 0` builds the full list of matches only to test for one; "
            "`any` with a generator stops at the first."
        ),
        before="""\
def has_expired(days_left: list[int]) -> bool:
    return len([days for days in days_left if days < 0]) > 0
""",
        after="""\
def has_expired(days_left: list[int]) -> bool:
    return any(days < 0 for days in days_left)
""",
        calls=("([3, -1, -5],)", "([],)", "([0],)"),
        bench_call="([rng.randrange(365) for _ in range(25000)] + [-3] + [rng.randrange(365) for _ in range(75000)],)",
        speedup=1.60,
    ),
    Example(
        id="append-squares",
        family=APPEND_LOOP,
        explanation=(
            "A loop calling `out.append` looks the method up and calls it per item; a list "
            "comprehension builds the same list with a specialised instruction."
        ),
        before="""\
def squares(n: int) -> list[int]:
    out = []
    for i in range(n):
        out.append(i * i)
    return out
""",
        after="""\
def squares(n: int) -> list[int]:
    return [i * i for i in range(n)]
""",
        calls=("(4,)", "(0,)", "(-2,)"),
        bench_call="(200000,)",
        speedup=1.13,
    ),
    Example(
        id="append-flatten",
        family=APPEND_LOOP,
        explanation=(
            "Two nested loops appending one value at a time; `itertools.chain.from_iterable` "
            "concatenates the rows in C, in the same order."
        ),
        before="""\
def flatten(rows: list[list[int]]) -> list[int]:
    flat = []
    for row in rows:
        for value in row:
            flat.append(value)
    return flat
""",
        after="""\
from itertools import chain


def flatten(rows: list[list[int]]) -> list[int]:
    return list(chain.from_iterable(rows))
""",
        calls=("([[1, 2], [], [3]],)", "([],)", "([[4]],)"),
        bench_call="([list(range(10)) for _ in range(20000)],)",
        speedup=2.09,
    ),
    Example(
        id="append-filter-map",
        family=APPEND_LOOP,
        explanation=(
            "Filtering and transforming with an `if` and `append` in a loop; a comprehension "
            "with the same condition keeps the same items in the same order."
        ),
        before="""\
def shout(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if word:
            out.append(word.upper())
    return out
""",
        after="""\
def shout(words: list[str]) -> list[str]:
    return [word.upper() for word in words if word]
""",
        calls=('(["a", "", "b"],)', "([],)", '([""],)'),
        bench_call='([f"w{i}" if i % 5 else "" for i in range(50000)],)',
        speedup=1.07,
    ),
)


def examples_fingerprint(examples: tuple[Example, ...] = EXAMPLES) -> str:
    """A hash of the examples' content: the retrieval store is rebuilt when it changes."""
    payload = json.dumps([e.model_dump() for e in examples], sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
