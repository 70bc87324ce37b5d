"""Real VS Code with workspace trust on: restricted mode runs nothing, trust turns wattlens on.

code-server starts without --disable-workspace-trust and with
`security.workspace.trust.enabled`, so the example folder opens untrusted. The
lens must say why there are no figures and a save must not run the workload
(the example's workload.py is made to leave a mark when it runs); after trust is
granted from the lens (VS Code's trust editor), a save profiles and the hotspot
lens appears in the same page, without a reload.
Screenshots: build/test-artifacts/vscode-untrusted.png, vscode-trust-editor.png, vscode-trusted.png.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.test_vscode import LENS_TIMEOUT_S, SERVER_START_TIMEOUT_S, open_editor

pytestmark = pytest.mark.e2e


def test_vscode_untrusted_workspace_runs_nothing_until_trust_is_granted(tmp_path: Path) -> None:
    mark = tmp_path / "workload-ran"
    with open_editor(tmp_path / "home", workspace_trust=True) as editor:
        workload = editor.workspace / "workload.py"
        # Appended: the `from __future__` import must stay first; the mark is left when the run ends.
        workload.write_text(workload.read_text() + f"\nopen({str(mark)!r}, 'a').write('ran\\n')\n")

        untrusted = editor.stage("untrusted", SERVER_START_TIMEOUT_S + LENS_TIMEOUT_S)
        assert "wattlens is off: workspace not trusted" in untrusted["lens"], untrusted
        assert untrusted["figureLens"] is None, f"a profile lens in restricted mode: {untrusted['figureLens']}"
        assert not re.search(r"\d J", untrusted["status"]), untrusted["status"]
        assert not mark.exists(), "the workload ran in an untrusted workspace"

        trusted = editor.stage("trust", LENS_TIMEOUT_S + 120)
        assert "% CPU" in trusted["lens"] and "J/run" in trusted["lens"], trusted["lens"]
        assert trusted["untrustedLensGone"], trusted
        assert not trusted["reloaded"], "the workbench reloaded when trust was granted"
        assert mark.exists(), "the lens has figures but the workload did not run"
    print(
        f"vscode trust: restricted lens {untrusted['lens']!r} ({untrusted['screenshot']}); after trust, "
        f"lens {trusted['lens']!r} in {trusted['seconds']:.1f} s ({trusted['screenshot']})"
    )
