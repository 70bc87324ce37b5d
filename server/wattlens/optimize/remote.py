"""Completions from an OpenAI-compatible server, e.g. llama.cpp's `llama-server` on a shared GPU box.

The prompt is rendered here exactly as for the local model (ChatML with the
answer's opening fence), and sent to `/v1/completions` rather than
`/v1/chat/completions`: only the raw endpoint lets the answer start inside a
code block, which is what keeps small models from writing prose.  Nothing but
the target function and the retrieved examples is sent, and only to the URL
the user configured.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Sequence

from wattlens.optimize.llm import Completion
from wattlens.optimize.model import ModelError

TIMEOUT_S = 300.0
"""A CPU-only server writing 512 tokens can take minutes; longer than that, something is wrong."""


def completions_endpoint(url: str) -> str:
    """`url` (a server root, its `/v1`, or the endpoint itself) as the completions endpoint."""
    base = url.strip().rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise ModelError(
            f"The model server URL {url!r} must start with http:// or https://, "
            "e.g. http://gpu-box:8080 for llama.cpp's llama-server."
        )
    if base.endswith("/v1/completions"):
        return base
    if base.endswith("/v1"):
        return base + "/completions"
    return base + "/v1/completions"


def complete(
    url: str,
    prompt: str,
    *,
    temperature: float,
    seed: int,
    max_tokens: int,
    stop: Sequence[str],
    timeout_s: float = TIMEOUT_S,
) -> Completion:
    """One completion of `prompt` with the same sampling settings as the local model."""
    endpoint = completions_endpoint(url)
    body = {
        "prompt": prompt,
        "max_tokens": max_tokens,
        "temperature": temperature,
        "seed": seed,
        "top_k": 40,
        "top_p": 0.95,
        "min_p": 0.05,
        "repeat_penalty": 1.0,
        "stop": list(stop),
        "stream": False,
    }
    request = urllib.request.Request(
        endpoint, data=json.dumps(body).encode("utf-8"), headers={"Content-Type": "application/json"}
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            payload = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        detail = err.read().decode("utf-8", "replace")[:300]
        raise ModelError(
            f"The model server at {endpoint} answered HTTP {err.code} ({detail.strip() or err.reason}); "
            "check that it serves an OpenAI-compatible /v1/completions endpoint."
        ) from err
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise ModelError(
            f"Cannot reach the model server at {endpoint} ({reason}); start it, fix `wattlens.modelUrl` "
            "(CLI: --model-url), or clear it to use the local model."
        ) from err
    except json.JSONDecodeError as err:
        raise ModelError(f"The model server at {endpoint} did not answer JSON ({err}).") from err
    try:
        choice = payload["choices"][0]
        text = str(choice["text"])
    except (KeyError, IndexError, TypeError) as err:
        raise ModelError(
            f"The model server at {endpoint} answered without choices[0].text; "
            "is it an OpenAI-compatible completions server?"
        ) from err
    usage = payload.get("usage") or {}
    return Completion(
        text=text,
        finish_reason=str(choice.get("finish_reason") or "stop"),
        completion_tokens=int(usage.get("completion_tokens", 0) or 0),
        seconds=time.perf_counter() - started,
    )
