// The server's own environment: when no interpreter at hand has wattlens, the
// extension creates a virtual environment in its global storage and installs
// the server wheel it ships (so the server always matches the client). The
// wheel's dependencies come from the user's pip configuration (index,
// PIP_INDEX_URL, PIP_FIND_LINKS, pip.conf).
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { getLogChannel, traceInfo, traceWarn } from './logging';

/** The oldest Python the server supports (pyproject.toml's requires-python). */
const MIN_PYTHON: readonly [number, number] = [3, 10];

/** What a quick interpreter probe may take before it counts as a failure. */
const PROBE_TIMEOUT_MS = 30_000;

/** An install lock older than this was left by a window that died mid-install. */
const LOCK_STALE_MS = 20 * 60_000;

/** Written last into a finished environment: which extension build and wheel it holds. */
interface Stamp {
    extensionVersion: string;
    wheel: string;
    wheelSha256: string;
    basePython: string;
}

/** The installation failed; `message` says why and how to fix it. */
export class InstallError extends Error {}

/** The user cancelled the installation; nothing was left behind. */
export class InstallCancelled extends Error {}

interface Finished {
    code: number | null;
    /** stdout and stderr interleaved, as pip printed them. */
    output: string;
}

/**
 * Run `command args` to completion (no shell). `onLine` sees each output line;
 * cancelling `token` kills the process. Rejects only when it cannot start.
 */
function run(
    command: string,
    args: readonly string[],
    options: { cwd: string; timeoutMs?: number; token?: vscode.CancellationToken; onLine?: (line: string) => void },
): Promise<Finished> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
            cwd: options.cwd,
            // Unbuffered, so that pip's lines arrive while it works; no colours in the messages.
            env: { ...process.env, PYTHONUNBUFFERED: '1', PIP_NO_COLOR: '1', PIP_NO_INPUT: '1' },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        let partial = '';
        const onData = (chunk: Buffer): void => {
            const text = chunk.toString();
            output += text;
            const lines = (partial + text).split(/\r?\n|\r/);
            partial = lines.pop() ?? '';
            for (const line of lines) {
                options.onLine?.(line);
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
        const cancel = options.token?.onCancellationRequested(() => child.kill('SIGTERM'));
        child.on('error', (error) => {
            clearTimeout(timer);
            cancel?.dispose();
            reject(error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            cancel?.dispose();
            if (partial) {
                options.onLine?.(partial);
            }
            resolve({ code, output });
        });
    });
}

/** The reason at the end of `output`: pip's ERROR lines when it printed some, else the last lines. */
function tail(output: string, lines = 3, chars = 500): string {
    const all = output
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('WARNING: Location'));
    const errors = all.filter((line) => line.startsWith('ERROR:'));
    const kept = (errors.length > 0 ? errors : all).slice(-lines).join(' ⏎ ');
    return kept.length > chars ? `…${kept.slice(-chars)}` : kept;
}

/**
 * True when `interpreter` (a command line: executable and leading arguments) can
 * import wattlens. Runs outside the workspace, so that a folder named `wattlens`
 * in the project cannot answer for the installed package.
 */
export async function canImportWattlens(interpreter: readonly string[], cwd: string): Promise<boolean> {
    const [command, ...leading] = interpreter;
    try {
        const done = await run(command, [...leading, '-c', 'import wattlens; print(wattlens.__version__)'], {
            cwd,
            timeoutMs: PROBE_TIMEOUT_MS,
        });
        traceInfo(`${interpreter.join(' ')} ${done.code === 0 ? `has wattlens ${done.output.trim()}` : 'cannot import wattlens'}`);
        return done.code === 0;
    } catch (error) {
        traceInfo(`${interpreter.join(' ')} cannot start: ${String(error)}`);
        return false;
    }
}

/** The server's environment in the extension's global storage. */
export class ServerEnvironment {
    private readonly root: string;
    private readonly envDir: string;
    private readonly stampFile: string;

    constructor(private readonly context: vscode.ExtensionContext) {
        this.root = context.globalStorageUri.fsPath;
        this.envDir = path.join(this.root, 'server-env');
        this.stampFile = path.join(this.envDir, 'wattlens-install.json');
    }

    /** Where the probes run: a folder of ours, never the (maybe untrusted) workspace. */
    get scratchDir(): string {
        fs.mkdirSync(this.root, { recursive: true });
        return this.root;
    }

    /** The environment's interpreter. */
    private get python(): string {
        return process.platform === 'win32'
            ? path.join(this.envDir, 'Scripts', 'python.exe')
            : path.join(this.envDir, 'bin', 'python');
    }

    /**
     * The interpreter of a complete environment for this extension build: the
     * existing one when its stamp matches, else a new one made from the first
     * usable Python in `bases` (shown with progress; cancellable).
     */
    async ensure(bases: readonly string[]): Promise<string[]> {
        const wheel = this.findWheel();
        const wanted: Omit<Stamp, 'basePython'> = {
            extensionVersion: String(this.context.extension.packageJSON.version),
            wheel: path.basename(wheel),
            wheelSha256: createHash('sha256').update(fs.readFileSync(wheel)).digest('hex'),
        };
        const stamp = this.readStamp();
        if (stamp && stamp.extensionVersion === wanted.extensionVersion && stamp.wheelSha256 === wanted.wheelSha256 && fs.existsSync(this.python)) {
            traceInfo(`using wattlens's own environment ${this.envDir} (${stamp.wheel})`);
            return [this.python];
        }
        const base = await this.findBasePython(bases);
        await vscode.window.withProgress(
            {
                location: vscode.ProgressLocation.Notification,
                title: `wattlens: installing the language server (first start of ${wanted.extensionVersion})`,
                cancellable: true,
            },
            async (progress, token) => {
                const unlock = await this.lock(progress, token);
                try {
                    // Another window may have finished the same install while this one waited.
                    const done = this.readStamp();
                    if (done?.extensionVersion === wanted.extensionVersion && done.wheelSha256 === wanted.wheelSha256) {
                        return;
                    }
                    await this.install(base, wheel, { ...wanted, basePython: base }, progress, token);
                } finally {
                    unlock();
                }
            },
        );
        return [this.python];
    }

    /**
     * One installer at a time across VS Code windows (they share the global
     * storage): a lock folder, made atomically; one older than
     * LOCK_STALE_MS is taken to be left by a crashed window.
     */
    private async lock(progress: vscode.Progress<{ message?: string }>, token: vscode.CancellationToken): Promise<() => void> {
        const lockDir = path.join(this.root, 'server-env.lock');
        fs.mkdirSync(this.root, { recursive: true });
        for (;;) {
            try {
                fs.mkdirSync(lockDir);
                return () => fs.rmSync(lockDir, { recursive: true, force: true });
            } catch (error) {
                if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
                    throw error;
                }
            }
            const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
            if (age > LOCK_STALE_MS) {
                traceWarn(`removing a stale install lock (${Math.round(age / 1000)} s old): ${lockDir}`);
                fs.rmSync(lockDir, { recursive: true, force: true });
                continue;
            }
            if (token.isCancellationRequested) {
                throw new InstallCancelled('wattlens: installing the language server was cancelled; nothing was left behind.');
            }
            progress.report({ message: 'another VS Code window is installing it; waiting' });
            await new Promise((resolve) => setTimeout(resolve, 2000));
        }
    }

    /** The server wheel packaged in the .vsix (extension/dist/wattlens-*.whl). */
    private findWheel(): string {
        const dist = this.context.asAbsolutePath(path.join('extension', 'dist'));
        const wheels = fs.existsSync(dist) ? fs.readdirSync(dist).filter((name) => /^wattlens-.+\.whl$/.test(name)) : [];
        if (wheels.length !== 1) {
            throw new InstallError(
                `wattlens: this extension package has ${wheels.length} server wheels in ${dist} (expected 1), so it cannot ` +
                    'install its server. Reinstall the extension, or set `wattlens.interpreter` to a Python where you ran `pip install wattlens`.',
            );
        }
        return path.join(dist, wheels[0]);
    }

    private readStamp(): Stamp | undefined {
        try {
            return JSON.parse(fs.readFileSync(this.stampFile, 'utf8')) as Stamp;
        } catch {
            return undefined;
        }
    }

    /** The first of `bases` that is a Python ≥ 3.10 able to make a virtual environment. */
    private async findBasePython(bases: readonly string[]): Promise<string> {
        const check =
            'import sys, venv, ensurepip; print(sys.executable, "%d.%d" % sys.version_info[:2]); ' +
            `sys.exit(0 if sys.version_info >= (${MIN_PYTHON.join(', ')}) else 3)`;
        const tried: string[] = [];
        for (const base of [...new Set(bases)]) {
            try {
                const done = await run(base, ['-c', check], { cwd: this.scratchDir, timeoutMs: PROBE_TIMEOUT_MS });
                if (done.code === 0) {
                    traceInfo(`base Python for wattlens's environment: ${done.output.trim()}`);
                    return base;
                }
                tried.push(`${base}: ${done.code === 3 ? `too old (${done.output.trim()})` : tail(done.output, 1, 200)}`);
            } catch (error) {
                tried.push(`${base}: ${String(error)}`);
            }
        }
        throw new InstallError(
            `wattlens: no Python ≥ ${MIN_PYTHON.join('.')} with the venv module to install the language server into ` +
                `(tried ${tried.join('; ')}). Install one (Debian/Ubuntu: \`apt-get install python3 python3-venv\`) ` +
                'or select it in the Python extension, or set `wattlens.interpreter` to a Python where you ran `pip install wattlens`.',
        );
    }

    /** Make the environment; on failure or cancel remove it, so no half-made one is ever used. */
    private async install(
        base: string,
        wheel: string,
        stamp: Stamp,
        progress: vscode.Progress<{ message?: string }>,
        token: vscode.CancellationToken,
    ): Promise<void> {
        const log = getLogChannel();
        const started = Date.now();
        // A folder without a valid stamp is an interrupted or outdated install: start clean.
        fs.rmSync(this.envDir, { recursive: true, force: true });
        const step = async (message: string, command: string, args: string[]): Promise<void> => {
            progress.report({ message });
            traceInfo(`${message}: ${command} ${args.join(' ')}`);
            const done = await run(command, args, {
                cwd: this.scratchDir,
                token,
                onLine: (line) => {
                    const text = line.trim();
                    if (text) {
                        log.info(`[pip] ${text}`);
                        // pip's step lines ("Collecting numpy", "Downloading …", "Installing collected packages")
                        if (!text.startsWith('WARNING: Location')) {
                            progress.report({ message: text.length > 120 ? `${text.slice(0, 117)}…` : text });
                        }
                    }
                },
            });
            if (token.isCancellationRequested) {
                throw new InstallCancelled('wattlens: installing the language server was cancelled; nothing was left behind.');
            }
            if (done.code !== 0) {
                throw new InstallError(
                    `wattlens: installing the language server failed (${message}, exit ${String(done.code)}): ${tail(done.output)}. ` +
                        'Check the network and pip\'s index (PIP_INDEX_URL, PIP_FIND_LINKS, pip.conf), then run "wattlens: Restart Server"; ' +
                        'or set `wattlens.interpreter` to a Python where you ran `pip install wattlens`.',
                );
            }
        };
        try {
            fs.mkdirSync(this.root, { recursive: true });
            await step('creating a virtual environment', base, ['-m', 'venv', this.envDir]);
            await step('installing wattlens and its dependencies with pip', this.python, [
                '-m',
                'pip',
                'install',
                '--disable-pip-version-check',
                '--progress-bar',
                'off',
                wheel,
            ]);
            // The stamp comes last: only a complete environment has one.
            fs.writeFileSync(this.stampFile, JSON.stringify(stamp, null, 2));
            traceInfo(`installed ${stamp.wheel} into ${this.envDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } catch (error) {
            traceWarn(`removing the unfinished environment ${this.envDir}`);
            fs.rmSync(this.envDir, { recursive: true, force: true });
            if (error instanceof InstallError || error instanceof InstallCancelled) {
                throw error;
            }
            throw new InstallError(
                `wattlens: installing the language server failed: ${String(error)}. ` +
                    'Set `wattlens.interpreter` to a Python where you ran `pip install wattlens`.',
            );
        }
    }
}
