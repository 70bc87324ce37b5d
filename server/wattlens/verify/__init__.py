"""wattlens.verify: the Docker sandbox that judges candidate rewrites.

`verify_patch` is the one entry point the rest of wattlens calls.
"""

from wattlens.verify.errors import SandboxUnavailable
from wattlens.verify.verifier import VerifyOptions, verify_patch

__all__ = ["SandboxUnavailable", "VerifyOptions", "verify_patch"]
