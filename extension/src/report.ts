// The report webview: the server renders the project's history as one HTML page
// (inline SVG, no scripts, nothing loaded); this panel only shows it.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { traceError } from './logging';

export const REPORT_COMMAND = 'wattlens.report';

interface ReportResult {
    ok: boolean;
    html?: string;
    message?: string;
}

/** One panel, reused: showing the report again refreshes it. */
export class ReportPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;

    async show(client: LanguageClient | undefined, uri: vscode.Uri | undefined): Promise<void> {
        if (!client || !uri) {
            void vscode.window.showInformationMessage('wattlens: open a Python file of the project first.');
            return;
        }
        let result: ReportResult;
        try {
            result = (await client.sendRequest(ExecuteCommandRequest.type, {
                command: REPORT_COMMAND,
                arguments: [uri.toString()],
            })) as ReportResult;
        } catch (error) {
            traceError(`${REPORT_COMMAND} failed`, error);
            void vscode.window.showErrorMessage(`wattlens: the report failed: ${String(error)}`);
            return;
        }
        if (!result?.ok || !result.html) {
            void vscode.window.showInformationMessage(result?.message ?? 'wattlens: no history yet.');
            return;
        }
        this.panel ??= this.create();
        this.panel.webview.html = result.html;
        this.panel.reveal(vscode.ViewColumn.Beside);
    }

    private create(): vscode.WebviewPanel {
        // No scripts: the page is static HTML and SVG.
        const panel = vscode.window.createWebviewPanel('wattlens.report', 'wattlens report', vscode.ViewColumn.Beside, {
            enableScripts: false,
        });
        panel.onDidDispose(() => {
            this.panel = undefined;
        });
        return panel;
    }

    dispose(): void {
        this.panel?.dispose();
    }
}
