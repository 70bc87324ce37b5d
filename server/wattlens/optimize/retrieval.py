"""The example store: before/after pairs in LanceDB, found by similarity to a target.

The store is a LanceDB folder in the user cache.  Its table name carries a key
made of the examples' content, the model's identity and the embedding
version, so a changed example or model gets a freshly embedded table and an
unchanged one is opened in milliseconds.  Everything is local: LanceDB reads
and writes a folder, and the embeddings come from the local GGUF model.
"""

from __future__ import annotations

import ast
import hashlib
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wattlens.config import cache_dir
from wattlens.optimize.embeddings import EMBEDDING_VERSION, embed_texts, model_identity
from wattlens.optimize.examples import EXAMPLES, Example, examples_fingerprint

Progress = Callable[[str], None]

STORE_FOLDER = "examples.lance"
TABLE_PREFIX = "examples_"
DEFAULT_K = 3

_BUILD_LOCK = threading.Lock()


class RetrievalError(RuntimeError):
    """The example store cannot be built or searched; generation can go on without it."""


@dataclass(frozen=True)
class Retrieved:
    """An example and how far its `before` is from the query (cosine distance, 0 = same)."""

    example: Example
    distance: float


def _noop(_: str) -> None:
    pass


def example_text(example: Example) -> str:
    """What is embedded for an example: the shape of its slow code."""
    return code_shape(example.before)


def query_text(function_source: str) -> str:
    """What is embedded for a target: the shape of its function."""
    return code_shape(function_source)


def code_shape(source: str) -> str:
    """`source` without docstrings and with its own local names replaced by `v0`, `v1`, …

    Names a function binds itself (its name, parameters, variables) are the
    author's choice and say little about the pattern, yet they dominate a
    small model's mean-pooled embedding: `skus` in two functions weighs more
    than `in a_list` inside a loop in both.  Calls, attributes, imports,
    builtins and the syntax are kept; they are the pattern.
    """
    text = textwrap.dedent(source).strip() + "\n"
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return text
    local: dict[str, str] = {}
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            name = node.name
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                node.body = body[1:] or [ast.Pass()]
        elif isinstance(node, ast.arg):
            name = node.arg
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            name = node.id
        if name is not None and name not in local:
            local[name] = f"v{len(local)}"
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            node.name = local.get(node.name, node.name)
        elif isinstance(node, ast.arg):
            node.arg = local.get(node.arg, node.arg)
        elif isinstance(node, ast.Name):
            node.id = local.get(node.id, node.id)
    return ast.unparse(tree) + "\n"


def store_key(model_path: Path, examples: tuple[Example, ...] = EXAMPLES) -> str:
    """The key of the table for these examples embedded by this model."""
    raw = "|".join((examples_fingerprint(examples), model_identity(model_path), EMBEDDING_VERSION))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def store_path() -> Path:
    """The LanceDB folder holding the embedded examples."""
    return cache_dir() / STORE_FOLDER


def open_store(
    model_path: Path,
    examples: tuple[Example, ...] = EXAMPLES,
    progress: Progress = _noop,
    folder: Path | None = None,
) -> Any:
    """The LanceDB table of `examples` embedded by `model_path`, built on first use.

    Building embeds every example (seconds each on a small CPU) and removes the
    tables of older keys; later calls only open the table.
    """
    try:
        import lancedb
        import pyarrow as pa  # type: ignore[import-untyped]
    except ImportError as err:
        raise RetrievalError(f"lancedb is not installed ({err}); `pip install lancedb`.") from err
    name = TABLE_PREFIX + store_key(model_path, examples)
    location = folder or store_path()
    with _BUILD_LOCK:
        db = lancedb.connect(str(location))
        existing = set(db.list_tables().tables)
        if name in existing:
            return db.open_table(name)
        progress(f"Embedding {len(examples)} rewrite examples for retrieval (once per model) …")
        started = time.perf_counter()
        vectors = embed_texts(model_path, [example_text(e) for e in examples])
        dimension = len(vectors[0])
        table = pa.table(
            {
                "id": [e.id for e in examples],
                "family": [e.family for e in examples],
                "vector": pa.array(vectors, type=pa.list_(pa.float32(), dimension)),
            }
        )
        created = db.create_table(name, data=table, mode="overwrite")
        for stale in existing:
            if stale.startswith(TABLE_PREFIX):
                db.drop_table(stale)
        progress(f"Example store built in {time.perf_counter() - started:.1f} s ({location}).")
        return created


def retrieve(
    function_source: str,
    model_path: Path,
    k: int = DEFAULT_K,
    progress: Progress = _noop,
    examples: tuple[Example, ...] = EXAMPLES,
    folder: Path | None = None,
) -> list[Retrieved]:
    """The `k` examples whose slow code is most similar to `function_source`, nearest first."""
    table = open_store(model_path, examples, progress, folder)
    [vector] = embed_texts(model_path, [query_text(function_source)])
    try:
        rows = table.search(vector, vector_column_name="vector").distance_type("cosine").limit(k).to_list()
    except Exception as err:  # LanceDB raises assorted types from its Rust core
        raise RetrievalError(f"Searching the example store failed: {err}.") from err
    by_id = {e.id: e for e in examples}
    found = [
        Retrieved(example=by_id[str(row["id"])], distance=float(row["_distance"]))
        for row in rows
        if str(row["id"]) in by_id
    ]
    # Ties broken by id: the same query always yields the same order.
    return sorted(found, key=lambda r: (round(r.distance, 6), r.example.id))
