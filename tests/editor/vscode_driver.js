// Drives a real VS Code (code-server in headless Chromium, via playwright-core)
// through the wattlens user journey. It is a small line protocol so that pytest
// can run the stages as separate tests in one editor session:
//   stdin:  {"stage": "lens"|"report"|"optimize"|"install"|"installFails"|"installCancel"|"untrusted"|"trust"|
//            "pickDiscard"|"pickApply"|"quit"}
//           (one JSON per line)
//   stdout: {"stage": ..., "ok": true|false, ...details}                     (one JSON per line)
// Everything else (progress notes) goes to stderr.
//
// Environment: WL_PLAYWRIGHT_CORE (path of the playwright-core package), WL_URL
// (code-server URL), WL_FOLDER (workspace folder), WL_FILE (path relative to it),
// WL_FUNCTION (the hot function), WL_ARTIFACTS (screenshots), WL_BROWSER_PROFILE,
// WL_LENS_TIMEOUT_S, WL_OPTIMIZE_TIMEOUT_S, WL_SERVER_START_TIMEOUT_S, WL_CHROMIUM
// (default /usr/bin/chromium).
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');

const { chromium } = require(required('WL_PLAYWRIGHT_CORE'));

const URL_ = required('WL_URL');
const FOLDER = required('WL_FOLDER');
const FILE = required('WL_FILE');
const FUNCTION = required('WL_FUNCTION');
const ARTIFACTS = required('WL_ARTIFACTS');
const PROFILE = required('WL_BROWSER_PROFILE');
const LENS_TIMEOUT_MS = Number(process.env.WL_LENS_TIMEOUT_S || 300) * 1000;
const OPTIMIZE_TIMEOUT_MS = Number(process.env.WL_OPTIMIZE_TIMEOUT_S || 1500) * 1000;
// Includes a first-start install of the server's own environment (pip).
const SERVER_START_TIMEOUT_MS = Number(process.env.WL_SERVER_START_TIMEOUT_S || 600) * 1000;
const INSTALL_TITLE = 'installing the language server';
const INSTALL_FAILED = /installing the language server failed|installing the language server was cancelled|did not start|cannot import wattlens|no Python ≥/;
const UNTRUSTED_LENS = /wattlens is off: workspace not trusted/;
const LENS_TEXT = /\d+(\.\d+)?% CPU · \d+(\.\d+)? J\/run/;

const started = Date.now();
function note(message) {
    process.stderr.write(`[driver ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

function required(name) {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

let context;
let page;
let lensDone = false;

async function screenshot(name) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.png`);
    try {
        await page.screenshot({ path: file });
        return file;
    } catch (error) {
        note(`screenshot ${name} failed: ${error}`);
        return null;
    }
}

async function openWorkbench() {
    context = await chromium.launchPersistentContext(PROFILE, {
        executablePath: process.env.WL_CHROMIUM || '/usr/bin/chromium',
        headless: true,
        viewport: { width: 1600, height: 1000 },
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => note(`page error: ${error.message}`));
    const url = `${URL_}/?folder=${encodeURIComponent(FOLDER)}`;
    note(`open ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    // The explorer shows the folder once the remote file system answers.
    await page.locator('.explorer-folders-view').waitFor({ timeout: 120_000 });
    note('workbench ready');
}

async function openFile() {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(FILE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(FILE) }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: `def ${FUNCTION}(` }).first().waitFor({ timeout: 60_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    note(`opened ${FILE}`);
}

/** The lens of FUNCTION: the code lens right above its `def` line. */
async function lensAboveFunction() {
    const defLine = page.locator('.monaco-editor .view-line', { hasText: `def ${FUNCTION}(` }).first();
    const lenses = page.locator('.monaco-editor .codelens-decoration');
    const lineBox = await defLine.boundingBox();
    const count = await lenses.count();
    for (let i = 0; i < count; i++) {
        const lens = lenses.nth(i);
        // textContent, not innerText: a lens Monaco is re-rendering (fading in) has an empty innerText.
        const [text, box] = [(await lens.textContent()) || '', await lens.boundingBox()];
        if (lineBox && box && box.y < lineBox.y && lineBox.y - box.y < 2.5 * lineBox.height && LENS_TEXT.test(text)) {
            return { locator: lens, text: text.trim() };
        }
    }
    return null;
}

/** The wattlens status bar item's accessible label ("wattlens: idle, server running"). */
async function statusLabel() {
    return page.evaluate(() => {
        const labels = [];
        for (const item of document.querySelectorAll('.statusbar-item')) {
            for (const node of [item, ...item.querySelectorAll('[aria-label]')]) {
                const label = node.getAttribute('aria-label') || '';
                if (label.startsWith('wattlens:')) {
                    labels.push(label);
                }
            }
        }
        return labels.join(' | ');
    });
}

/** The text of the first visible notification toast matching `pattern`, or ''. */
async function toastText(pattern) {
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: pattern });
    return (await toast.count()) ? (await toast.first().innerText().catch(() => '')).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Wait until the extension reports a running server in its status bar item.
 * `onWait` runs on each poll (e.g. to watch the install notification).
 */
async function serverRunning(onWait = async () => undefined) {
    const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
    for (;;) {
        await onWait();
        const state = await statusLabel();
        if (state.includes('server running')) {
            return;
        }
        const failure = await toastText(INSTALL_FAILED);
        if (state.includes('failed to start') || failure || Date.now() > deadline) {
            const items = await page.locator('.statusbar-item').evaluateAll((nodes) =>
                nodes.map((node) => `${node.id}=${node.getAttribute('aria-label')}`),
            );
            throw new Error(
                `the wattlens server is not running (status: ${state || 'none'}; notification: ${failure || 'none'}; items: ${items.join(', ')})`,
            );
        }
        await page.waitForTimeout(250);
    }
}

async function stageLens() {
    await openFile();
    await serverRunning();
    note('server running');
    return saveAndWaitForLens('vscode-lens');
}

/** Save: the server profiles the workload in the background after didSave; wait for FUNCTION's lens. */
async function saveAndWaitForLens(shotName) {
    await page.keyboard.press('Control+S');
    note('saved; waiting for the lens');
    const deadline = Date.now() + LENS_TIMEOUT_MS;
    let lens = null;
    const trouble = page.locator('.notifications-toasts .notification-toast', { hasText: /did not start|profiling failed/ });
    while (!(lens = await lensAboveFunction())) {
        if (await trouble.count()) {
            throw new Error(`the editor reported: ${(await trouble.first().innerText()).replace(/\s+/g, ' ').trim()}`);
        }
        if (Date.now() > deadline) {
            const seen = await page.locator('.monaco-editor .codelens-decoration').allInnerTexts();
            throw new Error(`no lens with real figures above ${FUNCTION} within ${LENS_TIMEOUT_MS / 1000} s; lenses seen: ${JSON.stringify(seen)}`);
        }
        await page.waitForTimeout(1000);
    }
    note(`lens: ${lens.text}`);
    lensDone = true;
    return { lens: lens.text, status: await statusText(), screenshot: await screenshot(shotName) };
}

/**
 * First start without an interpreter that has wattlens: the extension installs
 * its server environment under a progress notification, then the server runs
 * and the lens appears.
 */
async function stageInstall() {
    const began = Date.now();
    await openFile();
    const messages = [];
    let progressShot = null;
    await serverRunning(async () => {
        const text = await toastText(INSTALL_TITLE);
        if (text && !text.includes('failed') && messages[messages.length - 1] !== text) {
            messages.push(text);
            note(`install progress: ${text}`);
            // The first of pip's own lines: the notification showing pip at work.
            if (!progressShot || (/Collecting|Downloading/.test(text) && !messages.slice(0, -1).some((m) => /Collecting|Downloading/.test(m)))) {
                progressShot = await screenshot('vscode-install-progress');
            }
        }
    });
    const installSeconds = (Date.now() - began) / 1000;
    note(`server running after ${installSeconds.toFixed(1)} s`);
    const lens = await saveAndWaitForLens('vscode-install-lens');
    return { installSeconds, messages, progressScreenshot: progressShot, ...lens };
}

/** First start where pip cannot install: the error notification with the fix and a Show log button. */
async function stageInstallFails() {
    await openFile();
    const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
    const messages = [];
    let error = '';
    while (!(error = await toastText('installing the language server failed'))) {
        const progress = await toastText(INSTALL_TITLE);
        if (progress && messages[messages.length - 1] !== progress) {
            messages.push(progress);
            note(`install progress: ${progress}`);
        }
        if ((await statusLabel()).includes('server running')) {
            throw new Error('the server started although its installation should have failed');
        }
        if (Date.now() > deadline) {
            throw new Error(`no install error within ${SERVER_START_TIMEOUT_MS / 1000} s (progress seen: ${JSON.stringify(messages)})`);
        }
        await page.waitForTimeout(500);
    }
    note(`install error: ${error}`);
    await page.waitForTimeout(1000); // the toast's fade-in, for the screenshot
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'installing the language server failed' }).first();
    const shot = await screenshot('vscode-install-failed');
    const showLog = toast.locator('.monaco-button', { hasText: /^Show log$/ });
    const hasShowLog = (await showLog.count()) > 0;
    let logShown = false;
    if (hasShowLog) {
        await showLog.click();
        // The output panel shows the wattlens channel with pip's own lines.
        logShown = await page
            .locator('.part.panel .view-line', { hasText: /\[pip\]|installing the language server failed/ })
            .first()
            .waitFor({ timeout: 20_000 })
            .then(() => true, () => false);
    }
    return { error, messages, hasShowLog, logShown, status: await statusLabel(), screenshot: shot, log: await screenshot('vscode-install-failed-log') };
}

/** Cancel on the install notification once pip works: the install stops, and says so. */
async function stageInstallCancel() {
    await openFile();
    const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
    const progress = page.locator('.notifications-toasts .notification-toast', { hasText: INSTALL_TITLE });
    // Wait for pip's own lines: the venv exists by then, so the cancel must remove it.
    while (!/Collecting|Downloading|Processing/.test(await toastText(INSTALL_TITLE))) {
        if ((await statusLabel()).includes('server running') || Date.now() > deadline) {
            throw new Error('the install finished (or never showed pip at work) before it could be cancelled');
        }
        await page.waitForTimeout(200);
    }
    const before = await toastText(INSTALL_TITLE);
    await progress.first().locator('.monaco-button', { hasText: /^Cancel$/ }).click();
    note(`cancelled at: ${before}`);
    const cancelled = page.locator('.notifications-toasts .notification-toast', { hasText: 'was cancelled' });
    await cancelled.first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000); // the toast's fade-in, for the screenshot
    const message = (await cancelled.first().innerText()).replace(/\s+/g, ' ').trim();
    return { cancelledAt: before, message, status: await statusLabel(), screenshot: await screenshot('vscode-install-cancelled') };
}

/** The lens at the top of the file in an untrusted workspace, if shown. */
async function untrustedLens() {
    const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: UNTRUSTED_LENS }).first();
    return (await lens.count()) ? lens : null;
}

/** Restricted mode: the lens says why nothing runs, and a save profiles nothing. */
async function stageUntrusted() {
    await openFile();
    await serverRunning();
    const deadline = Date.now() + LENS_TIMEOUT_MS;
    let text = '';
    // Read as textContent and retried: the lens can be re-rendered between finding it and reading it
    // (a CI run read an empty innerText from a lens it had just found).
    while (!UNTRUSTED_LENS.test(text)) {
        if (Date.now() > deadline) {
            const seen = await page.locator('.monaco-editor .codelens-decoration').allTextContents();
            throw new Error(`no "wattlens is off" lens in the untrusted workspace; lenses seen: ${JSON.stringify(seen)}`);
        }
        const lens = await untrustedLens();
        text = lens ? ((await lens.textContent().catch(() => '')) || '').trim() : '';
        if (!UNTRUSTED_LENS.test(text)) {
            await page.waitForTimeout(500);
        }
    }
    note(`untrusted lens: ${text}`);
    // A save would profile in a trusted workspace (on the order of seconds here); here it must not.
    await page.keyboard.press('Control+S');
    await page.waitForTimeout(15_000);
    const figures = await lensAboveFunction();
    return {
        lens: text,
        figureLens: figures ? figures.text : null,
        status: await statusText(),
        screenshot: await screenshot('vscode-untrusted'),
    };
}

/** Grant trust from the lens (workbench.trust.manage), then save: the hotspot lens appears without a reload. */
async function stageTrust() {
    const lens = await untrustedLens();
    if (!lens) {
        throw new Error('the "wattlens is off" lens is gone before trust was granted');
    }
    // A mark on the page: it survives only if the workbench is not reloaded.
    await page.evaluate(() => {
        window.wattlensNoReload = true;
    });
    await lens.locator('a', { hasText: UNTRUSTED_LENS }).first().click();
    const trust = page.locator('.workspace-trust-editor .workspace-trust-buttons-row .monaco-button', { hasText: /^Trust/ }).first();
    await trust.waitFor({ timeout: 30_000 });
    await screenshot('vscode-trust-editor');
    note(`clicking "${(await trust.innerText()).trim()}"`);
    await trust.click();
    // The trust editor is a modal over the workbench here: close it to get back to the file.
    const modal = page.locator('.monaco-modal-editor-block');
    if (await modal.count()) {
        await page.keyboard.press('Escape');
        await modal.first().waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
            await page.locator('.monaco-modal-editor-block .codicon-close, .monaco-modal-editor-block .codicon-chrome-close').first().click();
        });
        await modal.first().waitFor({ state: 'detached', timeout: 10_000 });
    }
    await page.locator('.tab', { hasText: path.basename(FILE) }).first().click();
    await page.locator('.monaco-editor .view-line', { hasText: `def ${FUNCTION}(` }).first().waitFor({ timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    const result = await saveAndWaitForLens('vscode-trusted');
    const reloaded = !(await page.evaluate(() => window.wattlensNoReload === true));
    return { ...result, untrustedLensGone: !(await untrustedLens()), reloaded };
}

/** The visible text of the wattlens status bar item (the last profile's energy and CO2e). */
async function statusText() {
    return page.evaluate(() => {
        for (const item of document.querySelectorAll('.statusbar-item')) {
            const labelled = [item, ...item.querySelectorAll('[aria-label]')];
            if (labelled.some((node) => (node.getAttribute('aria-label') || '').startsWith('wattlens:'))) {
                return (item.textContent || '').trim();
            }
        }
        return '';
    });
}

async function stageReport() {
    if (!lensDone) {
        await stageLens();
    }
    // Clicking the status bar item opens the report of the project's history beside the editor.
    const item = page.locator('.statusbar-item', { has: page.locator('[aria-label^="wattlens:"]') }).first();
    if (await item.count()) {
        await item.click();
    } else {
        await page.locator('.statusbar-item[aria-label^="wattlens:"]').first().click();
    }
    const tab = page.locator('.tab', { hasText: 'wattlens report' });
    await tab.first().waitFor({ timeout: 60_000 });
    note('report panel open');
    // The webview's page sits in nested iframes; its headings are read from there.
    let headings = [];
    const deadline = Date.now() + 30_000;
    while (headings.length === 0 && Date.now() < deadline) {
        for (const frame of page.frames()) {
            const found = await frame.locator('h2').allInnerTexts().catch(() => []);
            if (found.includes('Energy per function')) {
                headings = found;
            }
        }
        await page.waitForTimeout(500);
    }
    return { headings, screenshot: await screenshot('vscode-report') };
}

async function stageOptimize() {
    if (!lensDone) {
        await stageLens();
    }
    const lens = await lensAboveFunction();
    if (!lens) {
        throw new Error(`the lens above ${FUNCTION} disappeared`);
    }
    // Clicking the lens runs `wattlens.optimize` (the same command as the quick fix).
    await lens.locator.locator('a', { hasText: '% CPU' }).first().click();
    note('clicked the lens; waiting for the verified result');
    const toasts = page.locator('.notifications-toasts .notification-toast');
    const progress = toasts.filter({ hasText: `optimizing ${FUNCTION}` });
    const verified = toasts.filter({ hasText: `verified patch for ${FUNCTION}` });
    const failed = toasts.filter({ hasText: /no candidate|failed|could not|returned no verdict/ });
    let progressSeen = false;
    let lastProgress = '';
    const deadline = Date.now() + OPTIMIZE_TIMEOUT_MS;
    const picker = pickList();
    for (;;) {
        if (await verified.count()) {
            break;
        }
        if (await picker.isVisible()) {
            // Several candidates passed (verifyAllCandidates): this stage takes the best, the first.
            note(`pick list: ${(await picker.innerText()).replace(/\s+/g, ' ').trim()}`);
            await page.keyboard.press('Enter');
        }
        if (await failed.count()) {
            const text = (await failed.first().innerText()).trim();
            await screenshot('vscode-optimize-failed');
            throw new Error(`the optimizer returned no verified patch: ${text}`);
        }
        if (await progress.count()) {
            progressSeen = true;
            const text = (await progress.first().innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
            if (text && text !== lastProgress) {
                note(`progress: ${text}`);
                lastProgress = text;
            }
        }
        if (Date.now() > deadline) {
            await screenshot('vscode-optimize-timeout');
            throw new Error(`no verified result within ${OPTIMIZE_TIMEOUT_MS / 1000} s (last progress: ${lastProgress || 'none'})`);
        }
        await page.waitForTimeout(1000);
    }
    const summary = (await verified.first().locator('.notification-list-item-message').innerText()).trim();
    note(`result: ${summary}`);
    const shot = await screenshot('vscode-optimize-result');
    // Review first: "Show diff" opens current ↔ patched, then the offer comes back.
    await verified.first().locator('.monaco-button', { hasText: /^Show diff$/ }).click();
    await page.locator('.monaco-diff-editor').first().waitFor({ timeout: 30_000 });
    await verified.first().waitFor({ timeout: 30_000 });
    note('diff shown');
    const diffShot = await screenshot('vscode-optimize-diff');
    await verified.first().locator('.monaco-button', { hasText: /^Apply$/ }).click();
    note('clicked Apply');
    // The extension applies the edit and saves it: no editor tab stays dirty.
    await page.waitForTimeout(1000);
    await page.locator('.tab.dirty').first().waitFor({ state: 'detached', timeout: 30_000 });
    return { summary, progressSeen, screenshot: shot, diff: diffShot, applied: await screenshot('vscode-applied') };
}

/** The pick list the extension shows when several verified patches come back. */
function pickList() {
    return page.locator('.quick-input-widget', { hasText: `verified patches for ${FUNCTION}` });
}

/** Click FUNCTION's lens and wait for the pick list; fails when one patch or none comes back. */
async function optimizeToPickList() {
    if (!lensDone) {
        await stageLens();
    }
    const lens = await lensAboveFunction();
    if (!lens) {
        throw new Error(`the lens above ${FUNCTION} disappeared`);
    }
    const began = Date.now();
    await lens.locator.locator('a', { hasText: '% CPU' }).first().click();
    note('clicked the lens; waiting for the pick list');
    const toasts = page.locator('.notifications-toasts .notification-toast');
    const single = toasts.filter({ hasText: `verified patch for ${FUNCTION}` });
    const failed = toasts.filter({ hasText: /no candidate|failed|could not|returned no verdict/ });
    const picker = pickList();
    let lastProgress = '';
    while (!(await picker.isVisible())) {
        const progress = await toastText(`optimizing ${FUNCTION}`);
        if (progress && progress !== lastProgress) {
            note(`progress: ${progress}`);
            lastProgress = progress;
        }
        if (await single.count()) {
            throw new Error(`one verified patch was offered without a pick list: ${(await single.first().innerText()).trim()}`);
        }
        if (await failed.count()) {
            throw new Error(`the optimizer returned no verified patch: ${(await failed.first().innerText()).trim()}`);
        }
        if (Date.now() - began > OPTIMIZE_TIMEOUT_MS) {
            throw new Error(`no pick list within ${OPTIMIZE_TIMEOUT_MS / 1000} s (last progress: ${lastProgress || 'none'})`);
        }
        await page.waitForTimeout(1000);
    }
    await page.waitForTimeout(500); // let the list render all its rows
    const title = (await picker.locator('.quick-input-title').innerText()).trim();
    const items = (await picker.locator('.quick-input-list .monaco-list-row').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    note(`pick list "${title}": ${JSON.stringify(items)}`);
    return { title, items, optimizeSeconds: (Date.now() - began) / 1000 };
}

/** Escape on the pick list: every patch discarded, nothing offered, nothing written. */
async function stagePickDiscard() {
    const list = await optimizeToPickList();
    const shot = await screenshot('vscode-pick-list');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(5000);
    const offered = await page.locator('.notifications-toasts .notification-toast', { hasText: `verified patch for ${FUNCTION}` }).count();
    const dirty = await page.locator('.tab.dirty').count();
    return { ...list, offered: offered > 0, dirty: dirty > 0, screenshot: shot };
}

/** Pick the second patch: its own figures are offered, and Apply writes its edit. */
async function stagePickApply() {
    const list = await optimizeToPickList();
    if (list.items.length < 2) {
        throw new Error(`the pick list has ${list.items.length} item(s)`);
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const verified = page.locator('.notifications-toasts .notification-toast', { hasText: `verified patch for ${FUNCTION}` });
    await verified.first().waitFor({ timeout: 30_000 });
    const summary = (await verified.first().locator('.notification-list-item-message').innerText()).trim();
    note(`picked ${list.items[1]}; offered: ${summary}`);
    const shot = await screenshot('vscode-pick-offer');
    await verified.first().locator('.monaco-button', { hasText: /^Apply$/ }).click();
    await page.waitForTimeout(1000);
    await page.locator('.tab.dirty').first().waitFor({ state: 'detached', timeout: 30_000 });
    return { ...list, picked: list.items[1], summary, screenshot: shot };
}

async function main() {
    const stages = {
        lens: stageLens,
        optimize: stageOptimize,
        report: stageReport,
        install: stageInstall,
        installFails: stageInstallFails,
        installCancel: stageInstallCancel,
        untrusted: stageUntrusted,
        trust: stageTrust,
        pickDiscard: stagePickDiscard,
        pickApply: stagePickApply,
    };
    const lines = readline.createInterface({ input: process.stdin });
    let ready = false;
    for await (const line of lines) {
        if (!line.trim()) {
            continue;
        }
        const { stage } = JSON.parse(line);
        if (stage === 'quit') {
            break;
        }
        const began = Date.now();
        try {
            if (!ready) {
                await openWorkbench();
                ready = true;
            }
            const details = await stages[stage]();
            reply({ stage, ok: true, seconds: (Date.now() - began) / 1000, ...details });
        } catch (error) {
            note(`stage ${stage} failed: ${error.stack || error}`);
            const shot = page ? await screenshot(`vscode-${stage}-failure`) : null;
            reply({ stage, ok: false, seconds: (Date.now() - began) / 1000, error: String(error.message || error), screenshot: shot });
        }
    }
    await context?.close().catch(() => undefined);
}

function reply(value) {
    process.stdout.write(`${JSON.stringify(value)}\n`);
}

main().catch((error) => {
    note(`driver crashed: ${error.stack || error}`);
    process.exit(1);
});
