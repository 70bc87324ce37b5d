// Server-initiated `$/progress`, shown where it belongs: a profile in the status
// bar, an optimization (minutes: local model + sandbox) in the notification the
// user is watching.
import * as vscode from 'vscode';
import {
    LanguageClient,
    WorkDoneProgress,
    WorkDoneProgressBegin,
    WorkDoneProgressCreateRequest,
    WorkDoneProgressReport,
} from 'vscode-languageclient/node';

/** Titles of server progress that belong in the optimization notification. */
const NOTIFY_PREFIX = 'wattlens: optimizing';

type Reporter = vscode.Progress<{ message?: string; increment?: number }>;

/**
 * Replaces the client's default handling of `window/workDoneProgress/create`
 * (always the status bar) so that the optimizer's step messages ("generating
 * candidates", "verifying c2 in the sandbox", …) appear in the notification.
 */
export class ServerProgress {
    /** Reporters of notifications the client opened for running optimizations. */
    private readonly notifications: Reporter[] = [];

    /** Install the handler on a started client; returns its disposable. */
    attach(client: LanguageClient): vscode.Disposable {
        return client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
            let bar: Bar | undefined;
            const subscription = client.onProgress(WorkDoneProgress.type, token, (value) => {
                if (value.kind === 'begin') {
                    bar = this.open(value);
                    bar.report(value);
                } else if (value.kind === 'report') {
                    bar?.report(value);
                } else {
                    bar?.end();
                    subscription.dispose();
                }
            });
        });
    }

    /**
     * Run `work` under a notification that also shows the server's progress
     * messages for the same operation.
     */
    async withNotification<T>(title: string, work: (token: vscode.CancellationToken) => Promise<T>): Promise<T> {
        return vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title, cancellable: true },
            async (progress, token) => {
                this.notifications.push(progress);
                try {
                    return await work(token);
                } finally {
                    this.notifications.splice(this.notifications.indexOf(progress), 1);
                }
            },
        );
    }

    private open(value: WorkDoneProgressBegin): Bar {
        const notification = this.notifications[this.notifications.length - 1];
        if (value.title.startsWith(NOTIFY_PREFIX) && notification) {
            return new Bar(notification);
        }
        const bar = new Bar();
        void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: value.title }, (progress) =>
            bar.attach(progress),
        );
        return bar;
    }
}

/** One progress display; keeps what arrives before VS Code hands over its reporter. */
class Bar {
    private pending: string | undefined;
    private ended = false;
    private finish: (() => void) | undefined;

    constructor(private target?: Reporter) {}

    /** The task body for `withProgress`: resolves when the server ends the progress. */
    attach(target: Reporter): Promise<void> {
        this.target = target;
        if (this.pending) {
            target.report({ message: this.pending });
        }
        return this.ended ? Promise.resolve() : new Promise((resolve) => (this.finish = resolve));
    }

    /** Show the server's latest message. */
    report(value: WorkDoneProgressBegin | WorkDoneProgressReport): void {
        if (!value.message) {
            return;
        }
        if (this.target) {
            this.target.report({ message: value.message });
        } else {
            this.pending = value.message;
        }
    }

    /** The server ended this progress. */
    end(): void {
        this.ended = true;
        this.finish?.();
    }
}
