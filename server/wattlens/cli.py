"""Command line: `wattlens serve|profile|optimize|verify|check|report|doctor|demo|fetch-model`.

Exit codes (the contract in ARCHITECTURE.md): 0 ok, 1 ran but found nothing or
rejected all, 2 bad input or a missing component (with the reason on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from wattlens import __version__
from wattlens.config import ConfigError, load_project
from wattlens.models import CandidateReport, Profile, RegressionCheck

EXIT_OK, EXIT_NOTHING, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `wattlens` command."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        code: int = args.handler(args)
        return code
    except KeyboardInterrupt:
        print("wattlens: interrupted; no file was changed.", file=sys.stderr)
        return 130
    except Exception as err:  # every failure reaches the user as one clear line
        from wattlens.errors import describe

        print(f"wattlens: {describe(err)}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wattlens", description="Find where Python code burns energy and rewrite it safely."
    )
    parser.add_argument("--version", action="version", version=f"wattlens {__version__}")
    sub = parser.add_subparsers(metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the language server over stdio")
    serve.set_defaults(handler=_serve)

    profile = sub.add_parser("profile", help="profile a command: wattlens profile -- CMD ARGS…")
    profile.add_argument("--json", action="store_true", help="print one JSON document")
    profile.add_argument("--grid", type=float, default=None,
                         help="your grid's intensity in gCO2e/kWh (default: from --grid-region, else 475)")
    profile.add_argument("--grid-region", metavar="REGION",
                         help="country of the grid, e.g. FRA (offline per-country table; default: world average)")
    profile.add_argument("--timeout", type=float, default=600.0, help="seconds (default 600)")
    profile.add_argument("--mode", choices=("fast", "full", "scalene"), default="full",
                         help="fast: py-spy only, no pausing (on save); full: py-spy with native "
                              "frames (default); scalene: scalene functions + py-spy lines, two runs")
    profile.add_argument("--repeat", type=int, default=1, metavar="N",
                         help="profile N runs; report means and standard deviations (default 1)")
    profile.add_argument("command", nargs=argparse.REMAINDER, help="the workload command")
    profile.set_defaults(handler=_profile)

    for name, helptext in (("optimize", "generate, verify and offer a faster rewrite"),
                           ("verify", "verify a given patch like a generated candidate")):
        cmd = sub.add_parser(name, help=helptext)
        cmd.add_argument("--json", action="store_true", help="print one JSON document")
        cmd.add_argument("--target", required=True, help="FILE:QUALNAME, e.g. shop/orders.py:unknown_skus")
        cmd.add_argument("--workload", help="workload command (default: [tool.wattlens] workload)")
        cmd.add_argument("--tests", help="test command (default: [tool.wattlens] tests)")
        cmd.add_argument("--project", type=Path, default=Path.cwd(), help="project folder (default: .)")
        cmd.add_argument("--sandbox-image", metavar="IMAGE",
                         help="a local Docker image (Python 3 with pytest and the project's dependencies) to "
                              "verify in, instead of the one wattlens builds")
        if name == "optimize":
            cmd.add_argument("--model", help="a GGUF file or a known model's name, e.g. qwen2.5-coder-1.5b "
                                             "(default: qwen2.5-coder-0.5b; see `fetch-model --list`)")
            cmd.add_argument("--candidates", type=int, default=3, help="how many model candidates (default 3)")
            cmd.add_argument("--model-url", metavar="URL",
                             help="an OpenAI-compatible completions server (e.g. llama.cpp's llama-server) "
                                  "that writes the rewrites instead of the local model")
            cmd.add_argument("--no-model", action="store_true", help="recipes only: do not ask the model")
            cmd.add_argument("--no-retrieval", action="store_true",
                             help="ask the model without retrieved examples")
            cmd.add_argument("--no-recipes", action="store_true", help="do not try the deterministic recipes")
            cmd.add_argument("--repair-rounds", type=int, default=1, metavar="N",
                             help="send a rejected model candidate back with the evidence N times (default 1)")
            cmd.add_argument("--no-learning", action="store_true",
                             help="neither use nor update what was learned from earlier runs")
            cmd.add_argument("--all-candidates", action="store_true",
                             help="verify every candidate instead of stopping at the first accepted one")
            cmd.add_argument("--apply", action="store_true", help="write the best verified patch")
            cmd.set_defaults(handler=_optimize)
        else:
            cmd.add_argument("--patch", type=Path, required=True, help="unified diff to verify")
            cmd.set_defaults(handler=_verify)

    check = sub.add_parser("check", help="fail (exit 1) when the workload regressed against a git revision")
    check.add_argument("--baseline", required=True, metavar="REF", help="git revision to compare with, e.g. main")
    check.add_argument("--workload", help="workload command (default: [tool.wattlens] workload)")
    check.add_argument("--project", type=Path, default=Path.cwd(), help="project folder (default: .)")
    check.add_argument("--threshold", type=float, default=0.05,
                       help="smallest relative regression that fails the check (default 0.05 = 5%%)")
    check.add_argument("--alpha", type=float, default=0.05, help="significance level (default 0.05)")
    check.add_argument("--max-pairs", type=int, default=20, help="interleaved pairs at most (default 20)")
    check.add_argument("--timeout", type=float, default=600.0, help="seconds for the benchmark (default 600)")
    check.add_argument("--sandbox-image", metavar="IMAGE", help="a local Docker image to measure in")
    check.add_argument("--json", action="store_true", help="print one JSON document")
    check.add_argument("--markdown", type=Path, metavar="FILE", help="write a Markdown summary")
    check.add_argument("--sarif", type=Path, metavar="FILE", help="write a SARIF 2.1.0 log")
    check.set_defaults(handler=_check)

    report = sub.add_parser("report", help="write the project's history (profiles, verdicts, checks) as HTML")
    report.add_argument("--project", type=Path, default=Path.cwd(), help="project folder (default: .)")
    report.add_argument("--out", type=Path, default=Path("wattlens-report.html"),
                        help="the HTML file to write (default: wattlens-report.html)")
    report.set_defaults(handler=_report)

    demo = sub.add_parser("demo", help="profile a project, optimize its top hotspot, print the result")
    demo.add_argument("project", type=Path, nargs="?", default=Path("examples/shop"))
    demo.add_argument("--model", help="path of a GGUF model (default: Qwen2.5-Coder-0.5B)")
    demo.set_defaults(handler=_demo)

    doctor = sub.add_parser("doctor", help="say which parts work here, and how to fix the rest")
    doctor.set_defaults(handler=_doctor)

    fetch = sub.add_parser("fetch-model", help="download and check a known GGUF model (default: the 0.5B)")
    fetch.add_argument("name", nargs="?", default=None, help="a known model's name (see --list)")
    fetch.add_argument("--list", action="store_true", help="list the known models and exit")
    fetch.set_defaults(handler=_fetch_model)
    return parser


def _serve(_args: argparse.Namespace) -> int:
    from wattlens.lsp.server import serve

    serve()
    return EXIT_OK


def _progress(message: str) -> None:
    print(f"· {message}", file=sys.stderr, flush=True)


def _profile(args: argparse.Namespace) -> int:
    from wattlens.pipeline import with_grid_source
    from wattlens.profiling.carbon import grid_intensity_for
    from wattlens.profiling.profiler import profile_workload
    from wattlens.store import History

    command = [c for c in args.command if c != "--"] if args.command[:1] == ["--"] else args.command
    if not command:
        raise ConfigError("Name the command to profile after `--`, e.g. `wattlens profile -- python app.py`.")
    if args.repeat < 1:
        raise ConfigError("--repeat needs a positive number of runs, e.g. `--repeat 5`.")
    if args.grid is not None and not args.grid > 0:
        raise ConfigError(f"--grid {args.grid:g}: the grid intensity must be a positive gCO2e/kWh, e.g. --grid 300.")
    g_per_kwh, grid_source = grid_intensity_for(args.grid_region, args.grid)
    profile = profile_workload(command, Path.cwd(), g_per_kwh, args.timeout, progress=_progress,
                               mode=args.mode, repeat=args.repeat)
    profile = with_grid_source(profile, grid_source)
    History.for_project(Path.cwd()).record_profile(profile)
    if args.json:
        print(profile.model_dump_json(by_alias=True, indent=2))
    else:
        print(render_profile(profile))
    return EXIT_OK if profile.functions else EXIT_NOTHING


def _optimize(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from wattlens.optimize.generator import GenerateOptions
    from wattlens.pipeline import OptimizeOptions, optimize_target, parse_target, write_atomically
    from wattlens.store import AuditLog
    from wattlens.verify.verifier import VerifyOptions

    project = load_project(args.project.resolve(), args.workload, args.tests)
    file, qualname = parse_target(args.target, project.root)
    try:
        options = OptimizeOptions(
            generate=GenerateOptions(model_path=args.model, model_url=args.model_url,
                                     n_candidates=args.candidates, use_retrieval=not args.no_retrieval),
            verify=VerifyOptions(base_image=args.sandbox_image),
            model=not args.no_model,
            recipes=not args.no_recipes,
            repair_rounds=args.repair_rounds,
            learning=not args.no_learning,
            stop_at_first_accepted=not args.all_candidates,
        )
    except ValidationError as err:
        problem = err.errors()[0]
        raise ConfigError(
            "Check the numbers: 1 ≤ --candidates ≤ 10, 0 ≤ --repair-rounds ≤ 3 "
            f"({'.'.join(str(p) for p in problem['loc'])}: {problem['msg']})."
        ) from None
    if not options.model and not options.recipes:
        raise ConfigError("--no-model with --no-recipes leaves nothing to generate candidates; drop one of them.")
    outcome = optimize_target(project, file, qualname, options, progress=_progress)
    result = outcome.result
    audit = AuditLog.for_project(project.root)
    if args.apply and result.best is not None and outcome.patched_module is not None:
        backup = write_atomically(project.root / file, outcome.patched_module)
        audit.write("applied", target=args.target, id=result.best.id, file=file.as_posix(), backup=str(backup))
        result = result.model_copy(update={"applied": True})
        _progress(f"applied to {file} (backup: {backup.name})")
    _progress(f"audit log: {audit.path}")
    if args.json:
        print(result.model_dump_json(by_alias=True, indent=2))
    else:
        for report in result.candidates:
            print(render_candidate(report))
        print("best: " + (f"{result.best.id} ({result.best.speedup:.2f}× faster)"
                          if result.best and result.best.speedup else "none"))
    return EXIT_OK if result.best else EXIT_NOTHING


def _verify(args: argparse.Namespace) -> int:
    from wattlens.pipeline import parse_target, verify_given_patch
    from wattlens.store import AuditLog
    from wattlens.verify.verifier import VerifyOptions

    project = load_project(args.project.resolve(), args.workload, args.tests)
    file, qualname = parse_target(args.target, project.root)
    try:
        patch = args.patch.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"Cannot read the patch {args.patch}: {err}.") from err
    report = verify_given_patch(project, patch, file, qualname, VerifyOptions(base_image=args.sandbox_image),
                                progress=_progress)
    _progress(f"audit log: {AuditLog.for_project(project.root).path}")
    print(report.model_dump_json(indent=2) if args.json else render_candidate(report))
    return EXIT_OK if report.verdict == "accepted" else EXIT_NOTHING


def _check(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from wattlens import check_reports
    from wattlens.pipeline import check_against
    from wattlens.verify.verifier import VerifyOptions

    project = load_project(args.project.resolve(), args.workload)
    try:
        options = VerifyOptions(noise_floor=args.threshold, alpha=args.alpha, max_pairs=args.max_pairs,
                                bench_timeout_s=args.timeout, base_image=args.sandbox_image)
    except ValidationError as err:
        raise ConfigError(
            "Check the numbers: --threshold ≥ 0 (e.g. 0.05), 0 < --alpha < 1, --max-pairs ≥ 6, --timeout > 0 "
            f"({err.errors()[0]['loc'][0]}: {err.errors()[0]['msg']})."
        ) from None
    for report in (args.markdown, args.sarif):
        if report is not None and not report.resolve().parent.is_dir():
            raise ConfigError(f"Cannot write {report}: its folder does not exist; create it first.")
    result = check_against(project, args.baseline, options, progress=_progress)
    if args.markdown is not None:
        _write_report(args.markdown, check_reports.markdown(result))
    if args.sarif is not None:
        _write_report(args.sarif, json.dumps(check_reports.sarif(result), indent=2) + "\n")
    print(result.model_dump_json(by_alias=True, indent=2) if args.json else render_check(result))
    return EXIT_NOTHING if result.regressed else EXIT_OK


def _write_report(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"Cannot write {path}: {err.strerror}; choose another path.") from err
    _progress(f"wrote {path}")


def _report(args: argparse.Namespace) -> int:
    from wattlens.report import render_report
    from wattlens.store import History

    root = args.project.resolve()
    if not root.is_dir():
        raise ConfigError(f"--project {args.project}: no such folder.")
    history = History.for_project(root)
    profiles, verdicts, checks = history.profiles(), history.verdicts(), history.checks()
    if not (profiles or verdicts or checks):
        print(f"No history for {root} yet: profile it first (save a file in the editor, or run "
              "`wattlens profile -- CMD` in the project folder).", file=sys.stderr)
        return EXIT_NOTHING
    _write_report(args.out, render_report(str(root), profiles, verdicts, checks))
    print(args.out.resolve())
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from wattlens.optimize.generator import GenerateOptions
    from wattlens.pipeline import OptimizeOptions, optimize_target, profile_project

    project = load_project(args.project.resolve())
    print(f"wattlens demo on {project.root}\n")
    profile = profile_project(project, progress=_progress)
    print(render_profile(profile))
    hottest = next((f for f in profile.functions if Path(f.file).is_relative_to(project.root)), None)
    if hottest is None:
        print("No hot function in the project's own code; nothing to optimize.")
        return EXIT_NOTHING
    file = Path(hottest.file).relative_to(project.root)
    print(f"\nOptimizing the top hotspot {file}:{hottest.name} ({hottest.cpu_percent:.1f}% CPU)…")
    options = OptimizeOptions(generate=GenerateOptions(model_path=args.model))
    outcome = optimize_target(project, file, hottest.name, options, profile, progress=_progress)
    for report in outcome.result.candidates:
        print(render_candidate(report))
    best = outcome.result.best
    if best is None:
        print("\nNo candidate was verified; nothing to offer (the project is unchanged).")
        return EXIT_NOTHING
    print("\nAccepted patch (not applied; run `wattlens optimize --apply` to write it):\n")
    print(best.diff)
    print(render_summary(best))
    return EXIT_OK


def _doctor(_args: argparse.Namespace) -> int:
    from wattlens.doctor import run_checks

    checks = run_checks()
    for check in checks:
        print(f"{'ok  ' if check.ok else 'MISS'}  {check.part:<12} {check.detail}")
    return EXIT_OK if all(c.ok or not c.required for c in checks) else EXIT_BAD_INPUT


def _fetch_model(args: argparse.Namespace) -> int:
    from wattlens.optimize.model import DEFAULT_MODEL, KNOWN_MODELS, ensure_model, model_path_of

    if args.list:
        for model in KNOWN_MODELS.values():
            fetched = "fetched" if model_path_of(model).is_file() else "not fetched"
            print(f"{model.name:22} {model.summary} ({fetched})")
        return EXIT_OK
    name = (args.name or DEFAULT_MODEL.name).lower()
    if name not in KNOWN_MODELS:
        raise ConfigError(f"Unknown model {args.name!r}; known: {', '.join(KNOWN_MODELS)}.")
    print(ensure_model(KNOWN_MODELS[name], _progress))
    return EXIT_OK


def render_profile(profile: Profile) -> str:
    """A readable table of the hottest functions."""
    e = profile.energy
    lines = [
        f"workload: {' '.join(profile.command)}  ({profile.elapsed_s:.2f} s wall, {profile.cpu_s:.2f} s CPU)",
        f"energy:   {e.joules:.2f} J/run ({e.label}) · {e.co2e_g * 1000:.3f} mg CO2e at {e.grid_g_per_kwh:.0f} g/kWh",
        f"          {e.method}",
        *([f"          grid: {e.grid_source}"] if e.grid_source else []),
        "",
        f"{'CPU %':>7} {'joules':>8} {'mg CO2e':>8}  function",
    ]
    for f in profile.functions[:10]:
        spread = f" ±{f.cpu_percent_stdev:.1f}" if f.cpu_percent_stdev is not None else ""
        lines.append(
            f"{f.cpu_percent:7.1f} {f.energy_j:8.3f} {f.co2e_g * 1000:8.4f}  {f.name}  ({f.file}:{f.line}){spread}"
        )
    if not profile.functions:
        lines.append("        (no function of the project was sampled)")
    if profile.lines:
        lines += ["", f"{'CPU %':>7}  hottest lines ({profile.line_source})"]
        lines += [f"{ln.cpu_percent:7.1f}  {ln.file}:{ln.line}" for ln in profile.lines[:5]]
    runs = f", mean of {profile.runs} runs" if profile.runs > 1 else ""
    lines += ["", f"mode {profile.mode}{runs}: {profile.profiler}"]
    return "\n".join(lines)


def render_check(check: RegressionCheck) -> str:
    """The verdict of a regression check and its figures."""
    verdict = "REGRESSED" if check.regressed else "ok: no significant regression"
    return "\n".join([f"wattlens check against {check.baseline} ({check.baseline_commit[:12]}): {verdict}",
                      *check.reasons, f"n = {check.n} interleaved pairs; energy {check.energy_method}"])


def render_candidate(report: CandidateReport) -> str:
    """One line per candidate: verdict, figures and reasons."""
    figures = f" {report.speedup:.2f}× p={report.p_value:.2g} n={report.n}" if report.speedup else ""
    return f"candidate {report.id} [{report.source}]: {report.verdict}{figures} — {' '.join(report.reasons)}"


def render_summary(report: CandidateReport) -> str:
    """The closing figures of an accepted candidate."""
    low, high = report.ci95 or (float("nan"), float("nan"))
    energy = (f"{report.energy_ratio:.2f}× energy ({report.energy_source})"
              if report.energy_ratio is not None else "energy: n/a")
    tests = "tests pass" if report.tests_passed else "tests: n/a"
    return (f"speedup {report.speedup:.2f}× (95% CI {low:.2f}–{high:.2f}), p={report.p_value:.2g}, "
            f"n={report.n}, {energy}, {tests}")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
