"""`wattlens doctor`: which parts work here, and how to fix the rest."""

from __future__ import annotations

import importlib.util
import shutil
from dataclasses import dataclass

from wattlens.profiling.meters import available_meters


@dataclass(frozen=True)
class Check:
    """The state of one part of wattlens on this machine."""

    part: str
    ok: bool
    detail: str
    required: bool = True


def run_checks() -> list[Check]:
    """Check every part; never raises."""
    checks = [_module("profiler", "scalene", "pip install 'scalene>=2.4'")]
    meters, reasons = available_meters()
    for meter in meters:
        checks.append(Check(f"meter:{meter.name}", True, "measures energy", required=False))
    for reason in reasons:
        checks.append(Check(f"meter:{reason.split(':')[0].lower()}", False, reason, required=False))
    if not meters:
        checks.append(Check("energy", True, "no meter: figures are estimated from CPU time (≈)"))
    checks.append(_module("llama.cpp", "llama_cpp", "pip install llama-cpp-python (compiles ~7 min)"))
    checks.append(_model())
    checks.append(_module("lancedb", "lancedb", "pip install lancedb"))
    checks.append(_docker())
    return checks


def _module(part: str, module: str, fix: str) -> Check:
    if importlib.util.find_spec(module) is None:
        return Check(part, False, f"`{module}` is not importable; fix: {fix}")
    return Check(part, True, f"`{module}` is importable")


def _model() -> Check:
    try:
        from wattlens.optimize.model import default_model_path

        path = default_model_path()
    except Exception as err:
        return Check("model", False, f"cannot locate the default model: {err}")
    if path.is_file():
        return Check("model", True, f"default GGUF at {path}")
    return Check("model", False, f"{path} is missing; fix: run `wattlens fetch-model`, or set a GGUF path")


def _docker() -> Check:
    try:
        from wattlens.verify.engine import connect_engine

        client = connect_engine(timeout_s=5)
        version = client.version().get("Version", "?")
        return Check("docker", True, f"engine {version} answers")
    except Exception as err:
        hint = "" if shutil.which("docker") else " (no docker CLI either)"
        return Check("docker", False, f"{err}{hint}")
