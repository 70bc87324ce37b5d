"""Text embeddings from the same GGUF model that writes the rewrites.

No embedding model can be downloaded at run time, so the chat model itself,
loaded with `embedding=True` and mean pooling, embeds code.  It is slow on a
small CPU (seconds per snippet), which is why the retrieval store embeds the
examples once and keeps the vectors on disk.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from pathlib import Path

from wattlens.optimize import llm
from wattlens.optimize.model import DEFAULT_MODEL_SHA256, ModelError, default_model_path

EMBEDDING_VERSION = "mean-pool-v2-shape"
"""Bump when the way texts are embedded changes: stored vectors become stale."""


def embed_texts(model_path: Path, texts: Sequence[str]) -> list[list[float]]:
    """One unit-length vector per text (mean-pooled token embeddings, L2-normalised)."""
    model = llm.load_model(model_path, embedding=True)
    vectors: list[list[float]] = []
    with llm.model_lock():
        for text in texts:
            try:
                raw = model.embed(text, normalize=False, truncate=True)
            except (ValueError, RuntimeError) as err:
                raise ModelError(f"llama.cpp failed while embedding a text ({err}).") from err
            vectors.append(_unit(_flat(raw)))
    return vectors


def model_identity(model_path: Path) -> str:
    """A cheap, stable identity of a model file: its verified hash, or path+size+mtime.

    Hashing a 500 MB file takes seconds; the default model was verified when
    it was fetched, and any other file is identified by its metadata.
    """
    if model_path.resolve() == default_model_path().resolve():
        return f"sha256:{DEFAULT_MODEL_SHA256}"
    stat = model_path.stat()
    raw = f"{model_path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    return "file:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _flat(raw: object) -> list[float]:
    # With pooling llama.cpp returns one vector; without, one per token.  Mean
    # over tokens covers the second case too.
    if isinstance(raw, list) and raw and isinstance(raw[0], list):
        rows = [[float(x) for x in row] for row in raw]
        return [sum(column) / len(rows) for column in zip(*rows, strict=True)]
    if isinstance(raw, list):
        return [float(x) for x in raw]
    raise ModelError(f"llama.cpp returned an embedding of unexpected type {type(raw).__name__}.")


def _unit(vector: list[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in vector))
    if norm == 0.0 or not math.isfinite(norm):
        raise ModelError("llama.cpp returned an empty or non-finite embedding.")
    return [x / norm for x in vector]
