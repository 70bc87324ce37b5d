"""The example store: before/after pairs in LanceDB, found by similarity to a target.

The store is a LanceDB folder in the user cache with two kinds of tables:

- `examples_<key>`: the built-in examples.  The key is made of the examples'
  content, the model's identity and the vector layout, so a changed example
  or model gets a freshly embedded table and an unchanged one is opened in
  milliseconds.  Rows hold only ids and vectors; the examples come from code.
- `learned_<key>`: rewrites verified on the user's own code (written by
  `optimize.memory.learn`), kept in the learning folder (`learned_location`).
  Rows carry the whole example, so a new model or a new set of built-in
  examples re-embeds them.

Each row's vector mixes the model's embedding of the code's shape with a
hashed structural signature (see `code_features`), weighted so that LanceDB's
cosine distance over the concatenation is exactly the weighted mix of the two
cosine similarities.  The embeddings are centred first: the mean embedding of
the built-in examples is subtracted from every stored and query embedding.  A
mean-pooled small model puts all code in a narrow cone (any two snippets score
0.75–0.95), so what they share drowns what tells them apart; removing the
shared direction is the usual cure for such anisotropic embeddings, and on
the held-back split it lifted recall@3 from 0.69 to 0.88 (see
`benchmarks/retrieval_recall.py --ablation`).  Everything is local: LanceDB reads and writes a folder,
and the embeddings come from the local GGUF model.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wattlens.config import cache_dir, learning_dir
from wattlens.optimize.code_features import SIGNATURE_DIMS, code_shape, signature_vector
from wattlens.optimize.embeddings import EMBEDDING_VERSION, embed_texts, model_identity
from wattlens.optimize.examples import EXAMPLES, Example, examples_fingerprint

Progress = Callable[[str], None]

STORE_FOLDER = "examples.lance"
TABLE_PREFIX = "examples_"
LEARNED_PREFIX = "learned_"
DEFAULT_K = 3

EMBEDDING_WEIGHT = 0.5
"""Share of the model's embedding in the similarity; the structural signature has the rest.

Equal shares, not a tuned figure: `benchmarks/retrieval_recall.py --ablation`
prints the held-back recall of the embedding alone, the signature alone and the mix.
"""
VECTOR_LAYOUT = f"hybrid-v2-centred:{EMBEDDING_WEIGHT}:{SIGNATURE_DIMS}"
"""Part of every table key: stored vectors are stale when the mix or the signature changes."""

_STORE_LOCK = threading.Lock()
# Table names carry a hash of their content, so a centre never goes stale.
_CENTRES: dict[str, list[float]] = {}


class RetrievalError(RuntimeError):
    """The example store cannot be built or searched; generation can go on without it."""


@dataclass(frozen=True)
class Retrieved:
    """An example and how far its `before` is from the query (cosine distance, 0 = same)."""

    example: Example
    distance: float


def _noop(_: str) -> None:
    pass


def hybrid_vector(
    embedding: Sequence[float],
    source: str,
    weight: float = EMBEDDING_WEIGHT,
    centre: Sequence[float] | None = None,
) -> list[float]:
    """The unit vector whose cosine with another is `weight`·embedding cosine + the rest·signature cosine.

    `centre` (the store's mean embedding) is subtracted from the embedding
    first.  Both parts are unit vectors, or zero where there is nothing to
    compare (unparsable code has no signature).
    """
    if centre is not None:
        embedding = _unit([x - c for x, c in zip(embedding, centre, strict=True)])
    scale_embedding, scale_signature = math.sqrt(weight), math.sqrt(1.0 - weight)
    signature = signature_vector(source)
    return [x * scale_embedding for x in embedding] + [x * scale_signature for x in signature]


def mean_embedding(embeddings: Sequence[Sequence[float]]) -> list[float]:
    """The centre that stored and query embeddings are measured from."""
    return [math.fsum(column) / len(embeddings) for column in zip(*embeddings, strict=True)]


def code_vectors(model_path: Path, sources: Sequence[str], centre: Sequence[float]) -> list[list[float]]:
    """The stored (and query) vector of each function source, embeddings measured from `centre`."""
    embeddings = embed_texts(model_path, [code_shape(source) for source in sources])
    return [hybrid_vector(e, source, centre=centre) for e, source in zip(embeddings, sources, strict=True)]


def _unit(vector: list[float]) -> list[float]:
    norm = math.sqrt(math.fsum(x * x for x in vector))
    return [x / norm for x in vector] if norm > 0 else vector


def store_key(model_path: Path, examples: tuple[Example, ...] = EXAMPLES) -> str:
    """The key of the table for these examples embedded by this model."""
    raw = "|".join((examples_fingerprint(examples), model_identity(model_path), EMBEDDING_VERSION, VECTOR_LAYOUT))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def learned_table_name(model_path: Path, examples: tuple[Example, ...] = EXAMPLES) -> str:
    """The table of learned examples whose vectors this model made, centred on these built-in examples."""
    raw = "|".join(("learned", store_key(model_path, examples)))
    return LEARNED_PREFIX + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:20]


def store_path() -> Path:
    """The LanceDB folder holding the embedded examples."""
    return cache_dir() / STORE_FOLDER


def learned_location(folder: Path | None = None) -> Path:
    """Where learned examples live: beside the built-ins in `folder` when one is given, else in
    the per-user learning folder (`config.learning_dir`), which `WATTLENS_LEARNING_DIR` moves
    and `--no-learning` leaves alone, apart from the rebuildable cache."""
    return folder if folder is not None else learning_dir() / STORE_FOLDER


def connect(folder: Path | None = None) -> Any:
    """The LanceDB connection to the store folder (the user cache unless `folder` is given)."""
    try:
        import lancedb
    except ImportError as err:
        raise RetrievalError(f"lancedb is not installed ({err}); `pip install lancedb`.") from err
    return lancedb.connect(str(folder or store_path()))


def store_lock() -> threading.Lock:
    """Held while a table of the store is created, migrated or written in this process."""
    return _STORE_LOCK


def open_store(
    model_path: Path,
    examples: tuple[Example, ...] = EXAMPLES,
    progress: Progress = _noop,
    folder: Path | None = None,
) -> Any:
    """The LanceDB table of `examples` embedded by `model_path`, built on first use.

    Building embeds every example (about a second each on a small CPU); later
    calls only open the table.  Rows
    keep the raw embedding next to the searched vector: the table carries its
    own centre (see `store_centre`).
    """
    import pyarrow as pa  # type: ignore[import-untyped]

    name = TABLE_PREFIX + store_key(model_path, examples)
    location = folder or store_path()
    with _STORE_LOCK:
        db = connect(location)
        existing = set(db.list_tables().tables)
        if name in existing:
            return db.open_table(name)
        progress(f"Embedding {len(examples)} rewrite examples for retrieval (once per model) …")
        started = time.perf_counter()
        embeddings = embed_texts(model_path, [code_shape(e.before) for e in examples])
        centre = mean_embedding(embeddings)
        vectors = [hybrid_vector(v, e.before, centre=centre) for v, e in zip(embeddings, examples, strict=True)]
        table = pa.table(
            {
                "id": [e.id for e in examples],
                "family": [e.family for e in examples],
                "embedding": pa.array(embeddings, type=pa.list_(pa.float32(), len(embeddings[0]))),
                "vector": pa.array(vectors, type=pa.list_(pa.float32(), len(vectors[0]))),
            }
        )
        # Tables of other keys stay: another process (an older server still running, a
        # benchmark with another model) may be reading one, and dropping it under that
        # process fails its search.  Each is a few hundred KB.
        created = db.create_table(name, data=table, mode="overwrite")
        progress(f"Example store built in {time.perf_counter() - started:.1f} s ({location}).")
        return created


def store_centre(table: Any) -> list[float]:
    """The mean raw embedding of a built-in examples table, read once per table and process."""
    name = str(table.name)
    with _STORE_LOCK:
        centre = _CENTRES.get(name)
        if centre is None:
            embeddings = table.to_arrow().column("embedding").to_pylist()
            centre = _CENTRES[name] = mean_embedding(embeddings)
    return centre


def learned_schema(dimension: int) -> Any:
    """The columns of a learned-examples table: the whole example and its vector."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field("id", pa.string()),
            pa.field("family", pa.string()),
            pa.field("explanation", pa.string()),
            pa.field("before", pa.string()),
            pa.field("after", pa.string()),
            pa.field("speedup", pa.float64()),
            pa.field("vector", pa.list_(pa.float32(), dimension)),
        ]
    )


def learned_rows(examples: Sequence[Example], vectors: Sequence[list[float]]) -> Any:
    """Learned examples and their vectors as an Arrow table of `learned_schema`."""
    import pyarrow as pa

    return pa.table(
        {
            "id": [e.id for e in examples],
            "family": [e.family for e in examples],
            "explanation": [e.explanation for e in examples],
            "before": [e.before for e in examples],
            "after": [e.after for e in examples],
            "speedup": [e.speedup for e in examples],
            "vector": list(vectors),
        },
        schema=learned_schema(len(vectors[0])),
    )


def open_learned(
    model_path: Path,
    centre: Sequence[float],
    examples: tuple[Example, ...] = EXAMPLES,
    folder: Path | None = None,
    progress: Progress = _noop,
) -> Any | None:
    """The learned-examples table for this model and these built-in examples, or None while empty.

    Learned examples stored under another key (another model, vector layout
    or set of built-in examples, whose centre differs) are re-embedded into
    this table once (the old tables are kept): what the user taught wattlens
    outlives a model change or an upgrade.
    """
    name = learned_table_name(model_path, examples)
    with _STORE_LOCK:
        db = connect(learned_location(folder))
        existing = set(db.list_tables().tables)
        if name in existing:
            return db.open_table(name)
        stale = sorted(t for t in existing if t.startswith(LEARNED_PREFIX))
        if not stale:
            return None
        remembered: dict[str, Example] = {}
        for old in stale:
            for row in db.open_table(old).to_arrow().to_pylist():
                remembered.setdefault(str(row["id"]), learned_example(row))
        progress(f"Re-embedding {len(remembered)} learned example(s) for this model …")
        learned = list(remembered.values())
        table = None
        if learned:
            vectors = code_vectors(model_path, [e.before for e in learned], centre)
            table = db.create_table(name, data=learned_rows(learned, vectors), mode="overwrite")
        return table  # the old tables stay, for any process still using another model


def retrieve(
    function_source: str,
    model_path: Path,
    k: int = DEFAULT_K,
    progress: Progress = _noop,
    examples: tuple[Example, ...] = EXAMPLES,
    folder: Path | None = None,
) -> list[Retrieved]:
    """The `k` examples whose slow code is most similar to `function_source`, nearest first.

    Built-in and learned examples compete on the same distance; on a tie the
    learned one (verified on this user's code) comes first.
    """
    table = open_store(model_path, examples, progress, folder)
    centre = store_centre(table)
    learned = open_learned(model_path, centre, examples, folder, progress)
    [vector] = code_vectors(model_path, [function_source], centre)
    by_id = {e.id: e for e in examples}
    found = [
        Retrieved(example=by_id[str(row["id"])], distance=float(row["_distance"]))
        for row in _nearest(table, vector, k)
        if str(row["id"]) in by_id
    ]
    if learned is not None:
        found += [
            Retrieved(example=learned_example(row), distance=float(row["_distance"]))
            for row in _nearest(learned, vector, k)
        ]
    # Ties broken by origin, then id: the same query always yields the same order.
    found.sort(key=lambda r: (round(r.distance, 6), r.example.origin != "learned", r.example.id))
    return found[:k]


def _nearest(table: Any, vector: list[float], k: int) -> list[dict[str, Any]]:
    try:
        rows: list[dict[str, Any]] = (
            table.search(vector, vector_column_name="vector").distance_type("cosine").limit(k).to_list()
        )
    except Exception as err:  # LanceDB raises assorted types from its Rust core
        raise RetrievalError(f"Searching the example store failed: {err}.") from err
    return rows


def learned_example(row: dict[str, Any]) -> Example:
    """A row of a learned-examples table as an Example (origin `learned`)."""
    speedup = row.get("speedup")
    return Example(
        id=str(row["id"]),
        family=str(row["family"]),
        explanation=str(row["explanation"]),
        before=str(row["before"]),
        after=str(row["after"]),
        speedup=float(speedup) if speedup is not None else None,
        origin="learned",
    )
