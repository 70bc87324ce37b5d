// Entry point: wires settings, commands and the status item to the server.
import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { getLogChannel, traceError, traceInfo } from './logging';
import { PATCH_SCHEME, PatchedContentProvider } from './optimize';
import { onDidChangeInterpreter } from './python';
import { RESTART_SETTINGS, SECTION } from './settings';
import { ServerController } from './server';
import { StatusItem } from './status';

let controller: ServerController | undefined;

/** Called by VS Code when a Python file is opened. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const log = getLogChannel();
    context.subscriptions.push(log);
    traceInfo(`activating wattlens ${String(context.extension.packageJSON.version)}`);

    const status = new StatusItem('wattlens.showLog');
    const patches = new PatchedContentProvider();
    const server = new ServerController(status, patches);
    controller = server;
    context.subscriptions.push(
        status,
        patches,
        server,
        vscode.workspace.registerTextDocumentContentProvider(PATCH_SCHEME, patches),
        vscode.commands.registerCommand('wattlens.restartServer', () => server.restart()),
        vscode.commands.registerCommand('wattlens.showLog', () => log.show()),
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

/** Called by VS Code on shutdown. */
export async function deactivate(): Promise<void> {
    await controller?.stop();
    controller = undefined;
}
