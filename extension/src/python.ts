// Ask the Python extension (ms-python.python) which interpreter is active, so
// wattlens runs in the same environment as the user's code by default.
import * as vscode from 'vscode';
import { traceInfo, traceWarn } from './logging';

/** The slice of the Python extension's public API that wattlens uses. */
interface PythonEnvironmentsApi {
    getActiveEnvironmentPath(resource?: vscode.Uri): { id: string; path: string };
    resolveEnvironment(env: { id: string; path: string } | string): Promise<{ executable: { uri?: vscode.Uri } } | undefined>;
    onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
}

interface PythonExtensionApi {
    environments?: PythonEnvironmentsApi;
}

const PYTHON_EXTENSION_ID = 'ms-python.python';

async function getPythonApi(): Promise<PythonEnvironmentsApi | undefined> {
    const extension = vscode.extensions.getExtension<PythonExtensionApi>(PYTHON_EXTENSION_ID);
    if (!extension) {
        return undefined;
    }
    try {
        const api = extension.isActive ? extension.exports : await extension.activate();
        return api?.environments;
    } catch (error) {
        traceWarn(`the Python extension did not activate: ${String(error)}`);
        return undefined;
    }
}

/**
 * The interpreter of the Python extension's active environment for `resource`,
 * or undefined when the Python extension is absent or has none selected.
 */
export async function getActiveInterpreter(resource?: vscode.Uri): Promise<string | undefined> {
    const environments = await getPythonApi();
    if (!environments) {
        return undefined;
    }
    const active = environments.getActiveEnvironmentPath(resource);
    const resolved = await environments.resolveEnvironment(active);
    const executable = resolved?.executable.uri?.fsPath ?? active.path;
    traceInfo(`Python extension's active interpreter: ${executable}`);
    return executable || undefined;
}

/** Register `callback` for changes of the active interpreter (no-op without the Python extension). */
export async function onDidChangeInterpreter(callback: () => void): Promise<vscode.Disposable | undefined> {
    const environments = await getPythonApi();
    return environments?.onDidChangeActiveEnvironmentPath(() => callback());
}
