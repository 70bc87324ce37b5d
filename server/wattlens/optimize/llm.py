"""The local llama.cpp model: loaded once per file, asked deterministically.

Loading a GGUF file costs seconds and hundreds of MB, so each (file, mode)
is loaded once per process and kept.  A llama.cpp context is not thread-safe
and this machine has few cores, so every use of any instance goes through one
process-wide lock: concurrent requests queue instead of thrashing.

Determinism: the chat prompt is rendered here (Qwen's ChatML template) and
sampling always gets an explicit seed; `reset_context` drops the KV cache so
that the first request after it evaluates its prompt from scratch, exactly as
in any earlier run, and later requests reuse that prompt prefix the same way.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypedDict

from wattlens.optimize.model import FIX_HINT, ModelError

INSTALL_HINT = (
    "install it with `pip install 'llama-cpp-python>=0.3.16,<0.4'` (it compiles llama.cpp, "
    "≈7 min on 2 cores; set CMAKE_ARGS=-DGGML_NATIVE=OFF for a portable build)"
)
GENERATION_CONTEXT = 4096
EMBEDDING_CONTEXT = 1024
"""Tokens per embedded text; longer texts are truncated (a function's head is what matters)."""

_LOCK = threading.RLock()
_INSTANCES: dict[tuple[str, bool], Any] = {}


class Message(TypedDict):
    """One chat turn."""

    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class Completion:
    """What the model wrote for one request, with the figures worth logging."""

    text: str
    finish_reason: str
    """`stop` (ended by itself or at a stop string) or `length` (cut at max_tokens)."""
    completion_tokens: int
    seconds: float


@contextmanager
def model_lock() -> Iterator[None]:
    """Hold the one lock under which any model instance may be used."""
    with _LOCK:
        yield


def load_model(path: Path, *, embedding: bool = False) -> Any:
    """The llama.cpp instance for `path` (generation, or mean-pooled embeddings), loaded once.

    Raises ModelError when llama-cpp-python is missing or the file cannot be loaded.
    """
    key = (str(path.resolve()), embedding)
    with _LOCK:
        instance = _INSTANCES.get(key)
        if instance is not None:
            return instance
        try:
            import llama_cpp
        except ImportError as err:
            raise ModelError(f"llama-cpp-python is not installed ({err}); {INSTALL_HINT}.") from err
        threads = os.cpu_count() or 1
        extra: dict[str, Any] = {}
        if embedding:
            extra = {
                "embedding": True,
                "pooling_type": llama_cpp.LLAMA_POOLING_TYPE_MEAN,
                "n_ctx": EMBEDDING_CONTEXT,
                "n_batch": EMBEDDING_CONTEXT,
                "n_ubatch": EMBEDDING_CONTEXT,
            }
        else:
            extra = {"n_ctx": GENERATION_CONTEXT}
        try:
            instance = llama_cpp.Llama(
                model_path=str(path),
                n_threads=threads,
                n_threads_batch=threads,
                seed=0,
                verbose=False,
                **extra,
            )
        except (ValueError, RuntimeError, OSError) as err:
            raise ModelError(
                f"llama.cpp could not load {path} ({err}); the file may be corrupt or not a "
                f"model llama.cpp supports: {FIX_HINT}."
            ) from err
        _INSTANCES[key] = instance
        return instance


@atexit.register
def close_models() -> None:
    """Free every loaded instance; at exit, before llama_cpp's globals are torn down.

    Left to the garbage collector at interpreter shutdown, llama-cpp-python's
    destructors find its C bindings already gone and print tracebacks.
    """
    with _LOCK:
        while _INSTANCES:
            _, instance = _INSTANCES.popitem()
            instance.close()


def render_chat(messages: Sequence[Message], prefill: str = "") -> str:
    """`messages` in Qwen2.5's ChatML template, opening the assistant turn with `prefill`."""
    parts = [f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages]
    parts.append(f"<|im_start|>assistant\n{prefill}")
    return "".join(parts)


def reset_context(path: Path) -> None:
    """Forget the generation instance's KV cache, so the next prompt is evaluated afresh."""
    with _LOCK:
        instance = _INSTANCES.get((str(path.resolve()), False))
        if instance is not None:
            instance.reset()


def chat(
    path: Path,
    messages: Sequence[Message],
    *,
    temperature: float,
    seed: int,
    max_tokens: int,
    prefill: str = "",
    stop: Sequence[str] = (),
) -> Completion:
    """One chat completion from the model at `path`; `text` excludes `prefill`.

    Temperature 0 is greedy decoding; above 0, the explicit `seed` makes the
    sample repeatable.  The repeat penalty is off: code legitimately repeats
    tokens, and penalising them makes small models misspell names.
    """
    model = load_model(path)
    prompt = render_chat(messages, prefill)
    with _LOCK:
        started = time.perf_counter()
        try:
            response = model.create_completion(
                prompt,
                max_tokens=max_tokens,
                temperature=temperature,
                top_k=40,
                top_p=0.95,
                min_p=0.05,
                repeat_penalty=1.0,
                seed=seed,
                stop=["<|im_end|>", "<|endoftext|>", *stop],
            )
        except (ValueError, RuntimeError) as err:
            raise ModelError(f"llama.cpp failed while generating ({err}); {FIX_HINT}.") from err
        seconds = time.perf_counter() - started
    choice = response["choices"][0]
    return Completion(
        text=str(choice["text"]),
        finish_reason=str(choice.get("finish_reason") or "stop"),
        completion_tokens=int(response.get("usage", {}).get("completion_tokens", 0)),
        seconds=seconds,
    )
