// The user-facing end of "Optimize for energy": the server returns a verdict
// with a WorkspaceEdit; nothing is written until the user presses Apply.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceEdit as ProtocolWorkspaceEdit } from 'vscode-languageclient';
import { traceError, traceInfo } from './logging';

export const OPTIMIZE_COMMAND = 'wattlens.optimize';
export const PATCH_SCHEME = 'wattlens-patched';

/** The figures and the edit of one verified patch (server contract). */
export interface VerifiedPatch {
    edit: ProtocolWorkspaceEdit | null;
    diff: string | null;
    speedup: number | null;
    p_value: number | null;
    energy_ratio: number | null;
    /** Candidate peak memory ÷ original's; null or absent when not measured. */
    memory_ratio?: number | null;
    tests_passed: boolean | null;
    n: number | null;
    replayed_calls: number | null;
}

/** One of several accepted candidates, best first (Pareto trade-off of time, energy and memory). */
export interface PatchChoice extends VerifiedPatch {
    id: string;
    /** Where the candidate came from: `llm` (the model) or `recipe` (a deterministic rewrite). */
    source: string;
    rationale: string;
    /** On the Pareto front of time, energy and memory. */
    pareto: boolean;
}

/** What `workspace/executeCommand wattlens.optimize` returns; the top level describes the best patch. */
export interface OptimizeResult extends VerifiedPatch {
    verdict: 'accepted' | 'rejected' | 'none';
    message: string;
    qualname: string;
    version: number | null;
    /** Every accepted candidate, best first; absent from servers before the pick list. */
    choices?: PatchChoice[];
}

/** Serves the patched text of a verified candidate, read-only, for the diff view. */
export class PatchedContentProvider implements vscode.TextDocumentContentProvider {
    private readonly contents = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;

    /** Store `text` as the patched version of `original`; returns the virtual URI to show it. */
    put(original: vscode.Uri, text: string): vscode.Uri {
        const uri = vscode.Uri.from({ scheme: PATCH_SCHEME, path: original.path, query: original.toString() });
        this.contents.set(uri.toString(), text);
        this.changed.fire(uri);
        return uri;
    }

    forget(uri: vscode.Uri): void {
        this.contents.delete(uri.toString());
    }

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.contents.get(uri.toString()) ?? '';
    }

    dispose(): void {
        this.changed.dispose();
    }
}

function isOptimizeResult(value: unknown): value is OptimizeResult {
    return typeof value === 'object' && value !== null && 'verdict' in value && 'message' in value;
}

function isPatchChoice(value: unknown): value is PatchChoice {
    return typeof value === 'object' && value !== null && 'edit' in value && (value as PatchChoice).edit !== null && 'id' in value;
}

function fixed(value: number | null | undefined, digits: number): string {
    return value === null || value === undefined || !Number.isFinite(value) ? '?' : value.toFixed(digits);
}

function pValue(value: number | null): string {
    return value === null ? '?' : value < 0.001 ? value.toExponential(1) : value.toPrecision(2);
}

function testsText(value: boolean | null): string {
    return value === true ? 'tests pass' : value === false ? 'tests FAIL' : 'tests not run';
}

/** The one-line summary shown with the Apply / Show diff / Discard buttons. */
export function describeVerdict(qualname: string, patch: VerifiedPatch): string {
    const n = patch.n === null ? '' : `, n=${patch.n}`;
    const replayed = patch.replayed_calls ? `, ${patch.replayed_calls} calls replayed alike` : '';
    const memory = typeof patch.memory_ratio === 'number' ? `, memory ×${fixed(patch.memory_ratio, 2)}` : '';
    return `wattlens: verified patch for ${qualname} — ${fixed(patch.speedup, 2)}× faster (p=${pValue(patch.p_value)}${n}), ` +
        `energy ×${fixed(patch.energy_ratio, 2)} (estimated)${memory}, ${testsText(patch.tests_passed)}${replayed}`;
}

interface ChoiceItem extends vscode.QuickPickItem {
    choice: PatchChoice;
}

/** A pick list item: the trade-off in the label, the origin beside it, the evidence below. */
function choiceItem(choice: PatchChoice): ChoiceItem {
    const n = choice.n === null ? '' : `, n=${choice.n}`;
    const replayed = choice.replayed_calls ? ` · ${choice.replayed_calls} calls replayed alike` : '';
    const rationale = choice.rationale ? ` — ${choice.rationale}` : '';
    return {
        label: `$(zap) ${fixed(choice.speedup, 1)}× faster · energy ×${fixed(choice.energy_ratio, 2)} · memory ×${fixed(choice.memory_ratio, 2)}`,
        description: `${choice.source}${choice.pareto ? ' · $(star-full) Pareto-optimal' : ''}`,
        detail: `p=${pValue(choice.p_value)}${n} · ${testsText(choice.tests_passed)}${replayed}${rationale}`,
        choice,
    };
}

/** Apply VS Code text edits to `text` (offsets taken from `document`). */
function applyTextEdits(document: vscode.TextDocument, edits: readonly vscode.TextEdit[]): string {
    const text = document.getText();
    const ordered = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    let result = text;
    for (const edit of ordered) {
        result = result.slice(0, document.offsetAt(edit.range.start)) + edit.newText + result.slice(document.offsetAt(edit.range.end));
    }
    return result;
}

/** Offers a verified patch to the user and applies it only on their Apply. */
export class PatchOffer {
    constructor(
        private readonly client: LanguageClient,
        private readonly patches: PatchedContentProvider,
    ) {}

    /** Handle the result of `wattlens.optimize` (called from the executeCommand middleware). */
    async handle(value: unknown): Promise<void> {
        if (!isOptimizeResult(value)) {
            traceError(`unexpected result from ${OPTIMIZE_COMMAND}`, JSON.stringify(value));
            void vscode.window.showErrorMessage('wattlens: the server returned no verdict; see Output › wattlens.');
            return;
        }
        traceInfo(`optimize ${value.qualname}: ${value.verdict} — ${value.message}`);
        if (value.verdict !== 'accepted' || !value.edit) {
            const text = value.message || `no verified improvement for ${value.qualname}`;
            void vscode.window.showWarningMessage(text.startsWith('wattlens:') ? text : `wattlens: ${text}`);
            return;
        }
        const patch = await this.choose(value);
        if (!patch?.edit) {
            return;
        }
        const edit = await this.client.protocol2CodeConverter.asWorkspaceEdit(patch.edit);
        await this.offer(value.qualname, patch, edit);
    }

    /**
     * The patch to offer: the user's pick when several candidates passed, else the
     * best (the top level). Undefined when the user closed the pick list.
     */
    private async choose(result: OptimizeResult): Promise<VerifiedPatch | undefined> {
        const choices = Array.isArray(result.choices) ? result.choices.filter(isPatchChoice) : [];
        if (choices.length < 2) {
            return result;
        }
        const picked = await vscode.window.showQuickPick(choices.map(choiceItem), {
            title: `wattlens: ${choices.length} verified patches for ${result.qualname}`,
            placeHolder: 'Best first (time, energy and memory); pick one to review — Escape discards them all',
            matchOnDescription: true,
            matchOnDetail: true,
            ignoreFocusOut: true,
        });
        if (!picked) {
            traceInfo(`${choices.length} patches for ${result.qualname} discarded (pick list closed)`);
            return undefined;
        }
        traceInfo(`patch ${picked.choice.id} (${picked.choice.source}) picked for ${result.qualname}`);
        return picked.choice;
    }

    private async offer(qualname: string, patch: VerifiedPatch, edit: vscode.WorkspaceEdit): Promise<void> {
        const summary = describeVerdict(qualname, patch);
        for (;;) {
            const choice = await vscode.window.showInformationMessage(summary, 'Apply', 'Show diff', 'Discard');
            if (choice === 'Show diff') {
                await this.showDiff(qualname, edit);
                continue;
            }
            if (choice === 'Apply') {
                await this.apply(qualname, edit);
            } else {
                traceInfo(`patch for ${qualname} discarded`);
            }
            return;
        }
    }

    private async showDiff(qualname: string, edit: vscode.WorkspaceEdit): Promise<void> {
        const entries = edit.entries();
        if (entries.length === 0) {
            return;
        }
        const [uri, edits] = entries[0];
        const document = await vscode.workspace.openTextDocument(uri);
        const patched = this.patches.put(uri, applyTextEdits(document, edits));
        await vscode.commands.executeCommand('vscode.diff', uri, patched, `${qualname}: current ↔ verified patch (wattlens)`, {
            preview: true,
        });
    }

    private async apply(qualname: string, edit: vscode.WorkspaceEdit): Promise<void> {
        // A versioned edit (documentChanges) is refused by VS Code when the file
        // changed since the patch was verified: that is the staleness check.
        const entries = edit.entries();
        const applied = await vscode.workspace.applyEdit(edit);
        if (!applied) {
            void vscode.window.showErrorMessage(`wattlens: could not apply the patch for ${qualname} (did the file change since it was verified?). Run "Optimize for energy" again.`);
            return;
        }
        for (const [uri] of entries) {
            const document = await vscode.workspace.openTextDocument(uri);
            await document.save();
            this.patches.forget(uri);
        }
        traceInfo(`patch for ${qualname} applied`);
    }
}
