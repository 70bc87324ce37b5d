// The user-facing end of "Optimize for energy": the server returns a verdict
// with a WorkspaceEdit; nothing is written until the user presses Apply.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceEdit as ProtocolWorkspaceEdit } from 'vscode-languageclient';
import { traceError, traceInfo } from './logging';

export const OPTIMIZE_COMMAND = 'wattlens.optimize';
export const PATCH_SCHEME = 'wattlens-patched';

/** What `workspace/executeCommand wattlens.optimize` returns (server contract). */
export interface OptimizeResult {
    verdict: 'accepted' | 'rejected' | 'none';
    message: string;
    qualname: string;
    edit: ProtocolWorkspaceEdit | null;
    diff: string | null;
    speedup: number | null;
    p_value: number | null;
    energy_ratio: number | null;
    tests_passed: boolean | null;
    n: number | null;
    replayed_calls: number | null;
    version: number | null;
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

function fixed(value: number | null, digits: number): string {
    return value === null || !Number.isFinite(value) ? '?' : value.toFixed(digits);
}

/** The one-line summary shown with the Apply / Show diff / Discard buttons. */
export function describeVerdict(result: OptimizeResult): string {
    const p = result.p_value === null ? '?' : result.p_value < 0.001 ? result.p_value.toExponential(1) : result.p_value.toPrecision(2);
    const tests = result.tests_passed === true ? 'tests pass' : result.tests_passed === false ? 'tests FAIL' : 'tests not run';
    const n = result.n === null ? '' : `, n=${result.n}`;
    const replayed = result.replayed_calls ? `, ${result.replayed_calls} calls replayed alike` : '';
    return `wattlens: verified patch for ${result.qualname} — ${fixed(result.speedup, 2)}× faster (p=${p}${n}), ` +
        `energy ×${fixed(result.energy_ratio, 2)} (estimated), ${tests}${replayed}`;
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
        const edit = await this.client.protocol2CodeConverter.asWorkspaceEdit(value.edit);
        await this.offer(value, edit);
    }

    private async offer(result: OptimizeResult, edit: vscode.WorkspaceEdit): Promise<void> {
        const summary = describeVerdict(result);
        for (;;) {
            const choice = await vscode.window.showInformationMessage(summary, 'Apply', 'Show diff', 'Discard');
            if (choice === 'Show diff') {
                await this.showDiff(result, edit);
                continue;
            }
            if (choice === 'Apply') {
                await this.apply(result, edit);
            } else {
                traceInfo(`patch for ${result.qualname} discarded`);
            }
            return;
        }
    }

    private async showDiff(result: OptimizeResult, edit: vscode.WorkspaceEdit): Promise<void> {
        const entries = edit.entries();
        if (entries.length === 0) {
            return;
        }
        const [uri, edits] = entries[0];
        const document = await vscode.workspace.openTextDocument(uri);
        const patched = this.patches.put(uri, applyTextEdits(document, edits));
        await vscode.commands.executeCommand('vscode.diff', uri, patched, `${result.qualname}: current ↔ verified patch (wattlens)`, {
            preview: true,
        });
    }

    private async apply(result: OptimizeResult, edit: vscode.WorkspaceEdit): Promise<void> {
        // A versioned edit (documentChanges) is refused by VS Code when the file
        // changed since the patch was verified: that is the staleness check.
        const entries = edit.entries();
        const applied = await vscode.workspace.applyEdit(edit);
        if (!applied) {
            void vscode.window.showErrorMessage(`wattlens: could not apply the patch for ${result.qualname} (did the file change since it was verified?). Run "Optimize for energy" again.`);
            return;
        }
        for (const [uri] of entries) {
            const document = await vscode.workspace.openTextDocument(uri);
            await document.save();
            this.patches.forget(uri);
        }
        traceInfo(`patch for ${result.qualname} applied`);
    }
}
