"""Client settings, validated once with safe defaults."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

log = logging.getLogger(__name__)


class ClientSettings(BaseModel):
    """Settings a client sends in initializationOptions.settings (all optional)."""

    model_config = ConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    model_path: str | None = Field(default=None, alias="modelPath")
    model_url: str | None = Field(default=None, alias="modelUrl")
    """An OpenAI-compatible completions server that writes the rewrites instead of the local model."""
    workload: str | None = None
    tests: str | None = None
    grid_intensity: float | None = Field(default=None, alias="gridIntensity", gt=0)
    """The user's own figure (gCO2e/kWh); None: from grid_region, else the world average."""
    grid_region: str | None = Field(default=None, alias="gridRegion")
    n_candidates: int = Field(default=3, alias="nCandidates", ge=1, le=10)
    repair_rounds: int = Field(default=1, alias="repairRounds", ge=0, le=3)
    verify_all: bool = Field(default=False, alias="verifyAllCandidates")
    """Verify every candidate, to choose among several verified patches, instead of the first that passes."""
    lens_top: int = Field(default=5, alias="lensTop", ge=1)
    lens_min_percent: float = Field(default=5.0, alias="lensMinPercent", ge=0)
    line_min_percent: float = Field(default=5.0, alias="lineMinPercent", ge=0)
    line_top: int = Field(default=3, alias="lineTop", ge=0)
    profile_on_save: bool = Field(default=True, alias="profileOnSave")
    sandbox_image: str | None = Field(default=None, alias="sandboxImage")
    """A local Docker image to verify in instead of the built one."""
    trusted: bool = True
    """False in an untrusted workspace (VS Code's workspace trust): nothing of the project runs."""


def parse_settings(raw: Any) -> tuple[ClientSettings, str | None]:
    """Settings from whatever the client sent, and a warning when some of it was unusable."""
    if isinstance(raw, dict) and isinstance(raw.get("settings"), dict):
        raw = raw["settings"]
    if isinstance(raw, dict) and isinstance(raw.get("wattlens"), dict):
        raw = raw["wattlens"]
    if not isinstance(raw, dict):
        return ClientSettings(), None
    cleaned = {k: v for k, v in raw.items() if v is not None and v != ""}
    try:
        return ClientSettings.model_validate(cleaned), None
    except ValidationError as err:
        bad = ", ".join(".".join(map(str, e["loc"])) for e in err.errors())
        good = {k: v for k, v in cleaned.items() if k not in {str(e["loc"][0]) for e in err.errors()}}
        warning = f"wattlens: ignored invalid setting(s) {bad}; using defaults for them."
        return ClientSettings.model_validate(good), warning
