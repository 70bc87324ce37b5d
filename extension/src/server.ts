// Start, stop and restart the wattlens language server (`python -m wattlens serve`).
import * as vscode from 'vscode';
import {
    DidChangeConfigurationNotification,
    ExecuteCommandRequest,
    LanguageClient,
    LanguageClientOptions,
    RevealOutputChannelOn,
    ServerOptions,
} from 'vscode-languageclient/node';
import { canImportWattlens, InstallCancelled, InstallError, ServerEnvironment } from './install';
import { getLogChannel, traceError, traceInfo } from './logging';
import { OPTIMIZE_COMMAND, PatchOffer, PatchedContentProvider } from './optimize';
import { ServerProgress } from './progress';
import { getInterpreterCommand, getServerSettings, getWorkspaceFolder, InterpreterChoice, SECTION } from './settings';
import { StatusItem } from './status';

/** Owns the one LanguageClient of the extension. */
/** Sent by the server after each profile, with the figure for the status bar. */
const PROFILED_NOTIFICATION = 'wattlens/profiled';

export class ServerController implements vscode.Disposable {
    private client: LanguageClient | undefined;
    private traceChannel: vscode.OutputChannel | undefined;
    private starting: Promise<void> = Promise.resolve();
    private readonly progress = new ServerProgress();
    private progressHandler: vscode.Disposable | undefined;

    constructor(
        private readonly status: StatusItem,
        private readonly patches: PatchedContentProvider,
        private readonly environment: ServerEnvironment,
    ) {}

    /** The running client, if any. */
    get current(): LanguageClient | undefined {
        return this.client;
    }

    /** Stop the running server (if any) and start a new one with the current settings. */
    restart(): Promise<void> {
        this.starting = this.starting.then(() => this.doRestart()).catch((error) => traceError('restart failed', error));
        return this.starting;
    }

    private async doRestart(): Promise<void> {
        await this.stop();
        const done = this.status.begin('starting the server');
        try {
            await this.start();
            this.status.setIdleDetail('server running');
        } catch (error) {
            // An install error's message is the whole story; a stack would only hide it in the log.
            traceError(
                'the wattlens server did not start',
                error instanceof InstallError || error instanceof InstallCancelled ? error.message : error,
            );
            if (error instanceof InstallCancelled) {
                this.status.setIdleDetail('server not installed (cancelled)', true);
                void vscode.window.showInformationMessage(`${error.message} Run "wattlens: Restart Server" to install it.`);
                return;
            }
            this.status.setIdleDetail('server failed to start', true);
            // An install or interpreter problem carries its own fix; anything else points at the log.
            const message = error instanceof InstallError
                ? error.message
                : 'wattlens: the language server did not start. Check `wattlens.interpreter` (it must point at a Python with wattlens installed).';
            const choice = await vscode.window.showErrorMessage(message, 'Show log');
            if (choice === 'Show log') {
                getLogChannel().show();
            }
        } finally {
            done();
        }
    }

    private async start(): Promise<void> {
        const folder = getWorkspaceFolder();
        const [command, ...leading] = await this.serverInterpreter(await getInterpreterCommand(folder));
        const args = [...leading, '-m', 'wattlens', 'serve'];
        traceInfo(`starting server: ${command} ${args.join(' ')} (cwd ${folder?.uri.fsPath ?? process.cwd()})`);
        const serverOptions: ServerOptions = {
            command,
            args,
            // No `transport`: TransportKind.stdio would append `--stdio`, which `wattlens serve` does not take.
            options: { cwd: folder?.uri.fsPath, env: { ...process.env, PYTHONUNBUFFERED: '1' } },
        };
        this.traceChannel ??= vscode.window.createOutputChannel('wattlens (LSP trace)');
        const offer = { value: undefined as PatchOffer | undefined };
        const holder = { client: undefined as LanguageClient | undefined };
        const clientOptions: LanguageClientOptions = {
            documentSelector: [{ scheme: 'file', language: 'python' }],
            outputChannel: getLogChannel(),
            traceOutputChannel: this.traceChannel,
            revealOutputChannelOn: RevealOutputChannelOn.Never,
            initializationOptions: { settings: getServerSettings(folder) },
            middleware: {
                executeCommand: async (name, args, next) => {
                    if (name !== OPTIMIZE_COMMAND) {
                        return next(name, args);
                    }
                    const qualname = String(args[1] ?? 'the function');
                    const done = this.status.begin(`optimizing ${qualname}`);
                    let result: unknown;
                    let cancelled = false;
                    try {
                        result = await this.progress.withNotification(
                            `wattlens: optimizing ${qualname} (local model + sandbox verification, may take minutes)`,
                            async (token) => {
                                token.onCancellationRequested(() => {
                                    cancelled = true;
                                });
                                // Sent with the token: Cancel becomes $/cancelRequest, and the server stops
                                // at its next step (a model sample or a verification phase).
                                const running = holder.client;
                                return running
                                    ? running.sendRequest(ExecuteCommandRequest.type, { command: name, arguments: args }, token)
                                    : next(name, args);
                            },
                        );
                    } catch (error) {
                        if (cancelled) {
                            traceInfo(`${OPTIMIZE_COMMAND} for ${qualname} cancelled`);
                            void vscode.window.showInformationMessage(`wattlens: optimizing ${qualname} was cancelled; no file was changed.`);
                            return undefined;
                        }
                        traceError(`${OPTIMIZE_COMMAND} failed`, error);
                        void vscode.window.showErrorMessage(`wattlens: optimizing ${qualname} failed: ${String(error)}`);
                        return undefined;
                    } finally {
                        done();
                    }
                    await offer.value?.handle(result);
                    return result;
                },
            },
        };
        const client = new LanguageClient(SECTION, 'wattlens', serverOptions, clientOptions);
        offer.value = new PatchOffer(client, this.patches);
        holder.client = client;
        this.client = client;
        await client.start();
        client.onNotification(PROFILED_NOTIFICATION, (params: { figure?: unknown }) => {
            if (typeof params?.figure === 'string') {
                this.status.setFigure(params.figure);
            }
        });
        // After start: replaces the client's default progress handler.
        this.progressHandler = this.progress.attach(client);
        traceInfo('server started');
    }

    /**
     * The interpreter that runs the server. A `wattlens.interpreter` setting is
     * used as given (it must have wattlens); otherwise the interpreter at hand
     * when it has wattlens (e.g. the project's venv), else the extension's own
     * environment, installed on first start from the wheel in the .vsix.
     */
    private async serverInterpreter(choice: InterpreterChoice): Promise<string[]> {
        if (await canImportWattlens(choice.command, this.environment.scratchDir)) {
            return choice.command;
        }
        if (choice.source === 'setting') {
            const shown = choice.command.join(' ');
            throw new InstallError(
                `wattlens: \`wattlens.interpreter\` (${shown}) cannot import wattlens. Install it there with ` +
                    `\`${shown} -m pip install wattlens\`, or clear the setting to let wattlens install its own environment.`,
            );
        }
        // `python` last: the name of Python 3 where there is no `python3` (Windows).
        return this.environment.ensure([choice.command[0], 'python3', 'python']);
    }

    /** Send the current (resolved) settings to the running server. */
    async sendSettings(): Promise<void> {
        if (!this.client?.isRunning()) {
            return;
        }
        await this.client.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { [SECTION]: getServerSettings() },
        });
    }

    /** Stop the running server, if any. */
    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        this.progressHandler?.dispose();
        this.progressHandler = undefined;
        if (!client) {
            return;
        }
        try {
            await client.stop(5000);
        } catch (error) {
            traceError('stopping the server failed', error);
        }
        // Stopping does not dispose the client's registrations (e.g. its commands).
        await client.dispose().catch(() => undefined);
    }

    dispose(): void {
        void this.stop();
        this.traceChannel?.dispose();
    }
}
