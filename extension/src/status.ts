// The status bar item: the last run's energy and CO2e, spinning while work is in flight.
import * as vscode from 'vscode';

/** A status bar item that counts nested busy periods. */
export class StatusItem implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private busy = 0;
    private busyDetail = '';
    private idleDetail = 'idle';
    private figure = 'wattlens';

    constructor(showLogCommand: string) {
        this.item = vscode.window.createStatusBarItem('wattlens.status', vscode.StatusBarAlignment.Right, 100);
        this.item.name = 'wattlens';
        this.item.command = showLogCommand;
        this.render();
        this.item.show();
    }

    /** Mark the start of a busy period; call the returned function when it ends. */
    begin(detail: string): () => void {
        this.busy += 1;
        this.busyDetail = detail;
        this.render();
        let ended = false;
        return () => {
            if (ended) {
                return;
            }
            ended = true;
            this.busy = Math.max(0, this.busy - 1);
            this.render();
        };
    }

    /** Show a lasting state (e.g. the server failed to start). */
    setIdleDetail(detail: string, error = false): void {
        this.idleDetail = detail;
        this.item.backgroundColor = error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        this.render();
    }

    /** Show the last profile's energy and CO2e, e.g. "2.42 J ≈ · 0.32 mg CO2e". */
    setFigure(figure: string): void {
        this.figure = figure;
        this.render();
    }

    private render(): void {
        this.item.text = this.busy > 0 ? `$(sync~spin) ${this.figure}` : `$(zap) ${this.figure}`;
        const detail = this.busy > 0 ? `${this.busyDetail} (${this.idleDetail})` : this.idleDetail;
        this.item.tooltip = `wattlens: ${detail} (click for the energy report)`;
        // Screen readers (and the editor end-to-end test) read the state from here.
        this.item.accessibilityInformation = { label: `wattlens: ${detail}` };
    }

    dispose(): void {
        this.item.dispose();
    }
}
