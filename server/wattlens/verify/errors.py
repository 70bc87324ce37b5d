"""Errors of the sandbox itself, as opposed to verdicts on a candidate.

A candidate that fails is answered with a rejected `Verdict`; these exceptions
mean the verifier could not judge at all (no Docker, no image), so the caller
can exit with "missing component" and show the message, which carries the fix.
"""

from __future__ import annotations


class SandboxUnavailable(RuntimeError):
    """The sandbox cannot run: Docker is unreachable or the image cannot be had."""
