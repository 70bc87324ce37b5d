// Read the `wattlens.*` settings once per use and resolve editor variables; the
// server receives plain values and never sees `${workspaceFolder}`.
import * as os from 'os';
import * as vscode from 'vscode';
import { getActiveInterpreter } from './python';

export const SECTION = 'wattlens';

/** The settings the server understands (server/wattlens/lsp/settings.py, same names). */
export interface ServerSettings {
    modelPath: string | null;
    modelUrl: string | null;
    workload: string | null;
    tests: string | null;
    gridIntensity: number | null;
    gridRegion: string | null;
    nCandidates: number;
    verifyAllCandidates: boolean;
    repairRounds: number;
    lensTop: number;
    lensMinPercent: number;
    lineMinPercent: number;
    lineTop: number;
    profileOnSave: boolean;
    sandboxImage: string | null;
    /** Workspace trust: in an untrusted workspace the server runs nothing of the project. */
    trusted: boolean;
}

/** Settings whose change needs a new server process rather than a notification. */
export const RESTART_SETTINGS = [`${SECTION}.interpreter`];

/** The workspace folder settings are resolved against: the active editor's, else the first. */
export function getWorkspaceFolder(): vscode.WorkspaceFolder | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
    return folder ?? vscode.workspace.workspaceFolders?.[0];
}

function resolveVariables(value: string, folder: vscode.WorkspaceFolder | undefined): string {
    let resolved = value;
    if (folder) {
        resolved = resolved.split('${workspaceFolder}').join(folder.uri.fsPath);
        resolved = resolved.split('${workspaceFolderBasename}').join(folder.name);
    }
    resolved = resolved.split('${userHome}').join(os.homedir());
    resolved = resolved.replace(/\$\{env:([^}]+)\}/g, (_match, name: string) => process.env[name] ?? '');
    if (resolved === '~' || resolved.startsWith('~/')) {
        resolved = os.homedir() + resolved.slice(1);
    }
    return resolved;
}

function optionalString(value: unknown, folder: vscode.WorkspaceFolder | undefined): string | null {
    return typeof value === 'string' && value.trim() !== '' ? resolveVariables(value.trim(), folder) : null;
}

function numberOr(value: unknown, fallback: number): number {
    return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function positiveOrNull(value: unknown): number | null {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** The server settings for `folder`, variables resolved, defaults filled in. */
export function getServerSettings(folder = getWorkspaceFolder()): ServerSettings {
    const config = vscode.workspace.getConfiguration(SECTION, folder?.uri);
    return {
        modelPath: optionalString(config.get('modelPath'), folder),
        modelUrl: optionalString(config.get('modelUrl'), folder),
        workload: optionalString(config.get('workload'), folder),
        tests: optionalString(config.get('tests'), folder),
        // null: the server derives the intensity from gridRegion, else the world average.
        gridIntensity: positiveOrNull(config.get('gridIntensity')),
        gridRegion: optionalString(config.get('gridRegion'), folder),
        nCandidates: Math.min(10, Math.max(1, Math.round(numberOr(config.get('nCandidates'), 3)))),
        verifyAllCandidates: config.get<boolean>('verifyAllCandidates') === true,
        repairRounds: Math.min(3, Math.max(0, Math.round(numberOr(config.get('repairRounds'), 1)))),
        lensTop: Math.max(1, Math.round(numberOr(config.get('lensTop'), 5))),
        lensMinPercent: Math.max(0, numberOr(config.get('lensMinPercent'), 5)),
        lineMinPercent: Math.max(0, numberOr(config.get('lineMinPercent'), 5)),
        lineTop: Math.max(0, Math.round(numberOr(config.get('lineTop'), 3))),
        profileOnSave: config.get<boolean>('profileOnSave') !== false,
        sandboxImage: optionalString(config.get('sandboxImage'), folder),
        trusted: vscode.workspace.isTrusted,
    };
}

/** Where the server's interpreter comes from; only a `setting` is used exactly as given. */
export type InterpreterSource = 'setting' | 'python-extension' | 'path';

export interface InterpreterChoice {
    /** Executable and leading arguments. */
    command: string[];
    source: InterpreterSource;
}

/**
 * The interpreter to run the server with: `wattlens.interpreter` if set, else
 * the Python extension's active interpreter, else `python3`. In an untrusted
 * workspace the Python extension's choice is skipped: it may be the
 * workspace's own environment, whose code must not run.
 */
export async function getInterpreterCommand(folder = getWorkspaceFolder()): Promise<InterpreterChoice> {
    const config = vscode.workspace.getConfiguration(SECTION, folder?.uri);
    const raw = config.get<string[] | string>('interpreter');
    const configured = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
        .filter((part) => typeof part === 'string' && part.trim() !== '')
        .map((part) => resolveVariables(part, folder));
    if (configured.length > 0) {
        return { command: configured, source: 'setting' };
    }
    const active = vscode.workspace.isTrusted ? await getActiveInterpreter(folder?.uri) : undefined;
    return active ? { command: [active], source: 'python-extension' } : { command: ['python3'], source: 'path' };
}
