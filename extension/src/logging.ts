// One log channel for the extension and the server's stderr, so a user (or a
// failing test) finds everything in "Output › wattlens".
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** Create (once) and return the shared "wattlens" log channel. */
export function getLogChannel(): vscode.LogOutputChannel {
    if (!channel) {
        channel = vscode.window.createOutputChannel('wattlens', { log: true });
    }
    return channel;
}

/** Log an informational line from the client side. */
export function traceInfo(message: string): void {
    getLogChannel().info(`[client] ${message}`);
}

/** Log a warning from the client side. */
export function traceWarn(message: string): void {
    getLogChannel().warn(`[client] ${message}`);
}

/** Log an error (with its stack when there is one) from the client side. */
export function traceError(message: string, error?: unknown): void {
    const detail = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : error === undefined ? '' : String(error);
    getLogChannel().error(`[client] ${message}${detail ? `: ${detail}` : ''}`);
}
