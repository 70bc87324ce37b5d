// Entry point: wires settings, commands and the status item to the server.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { ServerEnvironment } from './install';
import { getLogChannel, traceError, traceInfo } from './logging';
import { OPTIMIZE_COMMAND, PATCH_SCHEME, PatchedContentProvider } from './optimize';
import { onDidChangeInterpreter } from './python';
import { ReportPanel } from './report';
import { RESTART_SETTINGS, SECTION } from './settings';
import { ServerController } from './server';
import { StatusItem } from './status';

let controller: ServerController | undefined;

/** Called by VS Code when a Python file is opened. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const log = getLogChannel();
    context.subscriptions.push(log);
    traceInfo(`activating wattlens ${String(context.extension.packageJSON.version)}`);

    const status = new StatusItem('wattlens.showReport');
    const report = new ReportPanel();
    const patches = new PatchedContentProvider();
    const server = new ServerController(status, patches, new ServerEnvironment(context));
    controller = server;
    context.subscriptions.push(
        status,
        report,
        patches,
        server,
        vscode.workspace.registerTextDocumentContentProvider(PATCH_SCHEME, patches),
        vscode.commands.registerCommand('wattlens.restartServer', () => server.restart()),
        vscode.commands.registerCommand('wattlens.showLog', () => log.show()),
        vscode.commands.registerCommand('wattlens.showReport', () =>
            report.show(server.current, vscode.window.activeTextEditor?.document.uri ?? firstFolderUri()),
        ),
        vscode.commands.registerCommand('wattlens.profileFile', async (uri?: vscode.Uri) => {
            const target = uri ?? vscode.window.activeTextEditor?.document.uri;
            if (!target || !server.current) {
                return;
            }
            await server.current.sendRequest(ExecuteCommandRequest.type, {
                command: 'wattlens.profile',
                arguments: [target.toString()],
            });
        }),
        vscode.commands.registerCommand('wattlens.optimizeAtCursor', () => optimizeAtCursor()),
        // Trust granted: the server may now run the project (profiles, sandbox).
        vscode.workspace.onDidGrantWorkspaceTrust(async () => {
            await server.sendSettings().catch((error) => traceError('sending settings failed', error));
        }),
        vscode.workspace.onDidChangeConfiguration(async (event) => {
            if (RESTART_SETTINGS.some((name) => event.affectsConfiguration(name))) {
                await server.restart();
            } else if (event.affectsConfiguration(SECTION)) {
                await server.sendSettings().catch((error) => traceError('sending settings failed', error));
            }
        }),
    );
    const interpreterWatch = await onDidChangeInterpreter(() => {
        const configured = vscode.workspace.getConfiguration(SECTION).get<string[] | string>('interpreter');
        if (!configured || configured.length === 0) {
            void server.restart();
        }
    });
    if (interpreterWatch) {
        context.subscriptions.push(interpreterWatch);
    }
    await server.restart();
}

function firstFolderUri(): vscode.Uri | undefined {
    return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/**
 * Run the server's "Optimize for energy" quick fix for the hot function under
 * the cursor (the same action the light bulb and the lens offer).
 */
async function optimizeAtCursor(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'python') {
        void vscode.window.showInformationMessage('wattlens: open a Python file and put the cursor in a hot function.');
        return;
    }
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        editor.selection,
        vscode.CodeActionKind.QuickFix.value,
    );
    const command = (actions ?? [])
        .map((action) => (typeof action.command === 'string' ? (action as vscode.Command) : (action as vscode.CodeAction).command))
        .find((candidate) => candidate?.command === OPTIMIZE_COMMAND);
    if (!command) {
        void vscode.window.showInformationMessage(
            'wattlens: no profiled hotspot at the cursor. Save the file to profile the workload, then try again on a function with a ⚡ lens.',
        );
        return;
    }
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

/** Called by VS Code on shutdown. */
export async function deactivate(): Promise<void> {
    await controller?.stop();
    controller = undefined;
}
