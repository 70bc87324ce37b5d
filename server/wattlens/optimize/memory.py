"""Learned examples: verified rewrites of the user's own code, remembered to prime later requests.

When a patch is accepted, the pipeline hands the original function and its
verified rewrite to `learn`; the pair goes into the user's learned-examples
table next to the built-in examples (see `retrieval`), and from then on
`retrieve` offers it like any other example, first when a target looks just
like it.  Nothing leaves the machine: the table is a folder in the user's
learning folder (`~/.cache/wattlens/learning/` unless `WATTLENS_LEARNING_DIR` says otherwise).
"""

from __future__ import annotations

import hashlib
import textwrap
from pathlib import Path

from wattlens.optimize.examples import EXAMPLES, Example
from wattlens.optimize.retrieval import (
    RetrievalError,
    code_vectors,
    connect,
    learned_example,
    learned_location,
    learned_rows,
    learned_schema,
    learned_table_name,
    open_learned,
    open_store,
    retrieve,
    store_centre,
    store_lock,
)

LEARNED_FAMILY = "learned"
"""The family of a learned example when no built-in example resembles it."""


def learned_id(before: str, after: str) -> str:
    """The id of a learned pair: a hash of both sources, so the same pair is stored once.

    Indentation and surrounding blank lines do not count: a method and the
    same code at module level are one example.
    """
    raw = _normal(before) + "\0" + _normal(after)
    return "learned-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def nearest_family(
    function_source: str, model_path: Path, folder: Path | None = None, examples: tuple[Example, ...] = EXAMPLES
) -> str:
    """The family of the built-in example most similar to `function_source`.

    Among the nearest few, a built-in example's family wins over a learned
    one's (it was named by a person); `learned` when the store is empty.
    """
    found = retrieve(function_source, model_path, examples=examples, folder=folder)
    builtin = [r.example.family for r in found if r.example.origin == "builtin"]
    return (builtin or [r.example.family for r in found] or [LEARNED_FAMILY])[0]


def learn(
    example: Example, model_path: Path, folder: Path | None = None, examples: tuple[Example, ...] = EXAMPLES
) -> Example:
    """Remember an accepted rewrite so that retrieval can offer it for similar code later.

    `example` describes the accepted patch:

    - `before`: the original function's source (as the target had it),
    - `after`: the verified rewrite's source,
    - `explanation`: why it is faster, e.g. the verdict's summary,
    - `speedup`: the measured speedup of the verdict (median ratio),
    - `family`: a pattern family if the caller knows one; leave it empty ("")
      to take the family of the nearest built-in example.

    `id`, `calls`, `bench_call` and `origin` are ignored: the id is made from
    `before` and `after` (see `learned_id`), so learning the same pair twice
    stores it once, and the example is stored with `origin="learned"`.
    `model_path` must be the model that `retrieve` uses (vectors of different
    models cannot be compared); `folder` is the store folder (default: the
    built-ins in the user cache, the learned examples in the learning
    folder); `examples` are the built-in examples a family is guessed from.
    Returns the example as stored (or as already stored).

    Raises `RetrievalError` when LanceDB is missing or the store cannot be
    written, and `ModelError` when the model cannot embed; an accepted patch
    stays accepted either way, so callers should report and go on.
    """
    pair_id = learned_id(example.before, example.after)
    centre = store_centre(open_store(model_path, examples, folder=folder))
    existing = open_learned(model_path, centre, examples, folder)
    if existing is not None:
        stored = existing.search().where(f"id = '{pair_id}'").limit(1).to_list()
        if stored:
            return learned_example(stored[0])
    family = example.family.strip() or nearest_family(example.before, model_path, folder, examples)
    remembered = example.model_copy(
        update={
            "id": pair_id,
            "family": family,
            "calls": (),
            "bench_call": "",
            "origin": "learned",
        }
    )
    [vector] = code_vectors(model_path, [remembered.before], centre)
    rows = learned_rows([remembered], [vector])
    name = learned_table_name(model_path, examples)
    try:
        with store_lock():
            table = connect(learned_location(folder)).create_table(
                name, schema=learned_schema(len(vector)), exist_ok=True
            )
            # merge_insert on the id keeps learning idempotent even when two
            # processes learn the same pair at once.
            table.merge_insert("id").when_not_matched_insert_all().execute(rows)
    except RetrievalError:
        raise
    except Exception as err:  # LanceDB raises assorted types from its Rust core
        raise RetrievalError(f"Writing the learned example failed: {err}.") from err
    return remembered


def _normal(source: str) -> str:
    return textwrap.dedent(source).strip("\n")

