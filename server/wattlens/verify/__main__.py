"""`python -m wattlens.verify`: build the sandbox image now (for set-up scripts and CI).

Exit 0 when the image is available, 2 (with the fix) when it cannot be had.
"""

from __future__ import annotations

from wattlens.verify.engine import connect_engine
from wattlens.verify.errors import SandboxUnavailable
from wattlens.verify.image import ensure_image


def main() -> int:
    """Build the sandbox image unless it exists; print progress and the image's name."""

    def say(message: str) -> None:
        print(f"wattlens: {message}", flush=True)

    try:
        tag = ensure_image(connect_engine(), progress=say)
    except SandboxUnavailable as exc:
        say(str(exc))
        return 2
    say(f"sandbox image {tag} is available")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
