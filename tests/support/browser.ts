// Browser tests: Debian's Chromium driven by playwright-core against the built `promocase serve` on a
// temporary SQLite home; axe-core checks each page; screenshots go to test-results/screens/.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
const CLI = resolve(import.meta.dirname, '../../dist/promocase.js');
const WEB = resolve(import.meta.dirname, '../../dist/web/index.html');
export const SCREENS = resolve(import.meta.dirname, '../../test-results/screens');

/** Whether browser suites run. Under CI a missing Chromium or build is an error, not a skip. */
export const BROWSER_READY = existsSync(CHROMIUM) && existsSync(CLI) && existsSync(WEB);
if (!existsSync(CHROMIUM)) {
  if (process.env.CI) throw new Error(`CI=true but no Chromium at ${CHROMIUM}: apt-get install chromium`);
  console.warn('skipped: no Chromium (apt-get install chromium to run the browser tests)');
} else if (!BROWSER_READY) {
  if (process.env.CI) throw new Error('CI=true but the web app is not built: run npm run build');
  console.warn('skipped: the browser tests need the build (npm run build)');
}

/** The flags this machine needs: no sandbox as root, and no background calls to a network that is closed. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

const URL_LINE = /^promocase is serving at (http:\/\/127\.0\.0\.1:\d+\/)\?token=(\S+)$/m;

export interface Served {
  /** e.g. http://127.0.0.1:41234/ */
  base: string;
  /** The printed URL with the token, which a person opens first. */
  url: string;
  token: string;
  home: string;
  stop(): Promise<void>;
}

/** Calls the served API as its owner (the token); an error status fails the test with the server's answer. */
export async function callApi(served: Served, method: string, path: string, body?: unknown) {
  const res = await fetch(`${served.base}api/v1/${path}`, {
    method,
    headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/**
 * A desktop-sized page that fails fast (Playwright's own message well before the test's limit), watched for breakage.
 * `permissions` go to the page's own context (e.g. the clipboard, for a copy button).
 */
export async function openAppPage(
  browser: Browser,
  permissions?: BrowserContextOptions['permissions'],
): Promise<{ page: Page; broken: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, permissions });
  page.setDefaultTimeout(10_000);
  return { page, broken: watchForBreakage(page) };
}

/** The user most suites start as: a mid-level engineer aiming for senior. */
export const ALEX = { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' } as const;

/** What a suite drives: set once the suite's beforeAll has run, so read it inside hooks and tests only. */
export interface AppInChromium {
  served: Served;
  browser: Browser;
  page: Page;
  /** What broke in the page so far (see watchForBreakage); a suite ends by expecting it empty. */
  broken: string[];
  /** callApi on this server. */
  api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
}

export interface AppInChromiumOptions {
  /** Fields added to ALEX before the profile is saved, or false to start with no profile (onboarding). */
  profile?: Record<string, unknown> | false;
  /** Records the suite needs, written through the API after the profile and before the page opens. */
  seed?: (api: AppInChromium['api']) => Promise<void>;
  /** Browser permissions for the page, e.g. ['clipboard-read', 'clipboard-write']. */
  permissions?: BrowserContextOptions['permissions'];
  /** Whether the page opens the printed URL (signing in) once set up; false leaves it blank. Default true. */
  visit?: boolean;
}

/**
 * Registers the beforeAll/afterAll of a browser suite: serves promocase on a fresh home, launches Chromium,
 * saves the profile, seeds, opens a watched page on the printed URL; closes both at the end. Call it at the
 * top of the describe; a later beforeAll of the suite runs after it.
 *
 * @example
 * const app = useAppInChromium({ profile: { managerName: 'Priya Nair' }, seed: (api) => api('POST', 'goals', goal) });
 * it('lists the goal', async () => {
 *   await app.page.getByRole('link', { name: 'Goals', exact: true }).click();
 * });
 */
export function useAppInChromium(options: AppInChromiumOptions = {}): AppInChromium {
  const app = {
    api: (method: string, path: string, body?: unknown) => callApi(app.served, method, path, body),
  } as AppInChromium;
  beforeAll(async () => {
    [app.served, app.browser] = await Promise.all([servePromocase(), launchChromium()]);
    if (options.profile !== false) await app.api('PUT', 'profile', { ...ALEX, ...options.profile });
    await options.seed?.(app.api);
    ({ page: app.page, broken: app.broken } = await openAppPage(app.browser, options.permissions));
    if (options.visit !== false) await app.page.goto(app.served.url);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.served?.stop();
  });
  return app;
}

/** How far the page is wider than the window, in pixels: above 0 means sideways scrolling at this width. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number } };
      innerWidth: number;
    };
    return document.documentElement.scrollWidth - innerWidth;
  });
}

/** Starts the built CLI on a fresh home as a user would, with nothing from the environment choosing a database. */
export async function servePromocase(): Promise<Served> {
  const home = mkdtempSync(join(tmpdir(), 'promocase-web-e2e-'));
  const { DATABASE_URL: _d, PROMOCASE_HOME: _h, PROMOCASE_TEST_PG: _p, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--home', home, '--port', '0'], {
    env: { ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const line = await new Promise<RegExpExecArray>((found, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL line within 10 s; stderr: ${stderr}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = URL_LINE.exec(stdout);
      if (match) {
        clearTimeout(timer);
        found(match);
      }
    });
    void exited.then(() => fail(new Error(`serve exited before printing its URL; stderr: ${stderr}`)));
  });
  return {
    base: line[1]!,
    url: line[0].replace('promocase is serving at ', ''),
    token: line[2]!,
    home,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Fails on what a person would see as broken: an uncaught error, or a resource the CSP refused.
 * Returns the list to assert on at the end of a test.
 */
export function watchForBreakage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      problems.push(`CSP: ${message.text()}`);
  });
  return problems;
}

const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page and returns the serious and critical violations. `evaluate` runs through
 * the DevTools protocol, which the page's CSP (no inline script) does not govern.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  // Runs in the page; the test's tsconfig has no DOM types, hence the narrow description of axe.
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as {
      axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> };
      document: unknown;
    };
    const result = await axe.run(document);
    return result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** Saves a full-page screenshot as test-results/screens/NAME.png (kept as a test artifact). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/**
 * The delete-with-undo and restore round trip of a people-loop list: Delete (a status says so), Undo,
 * Delete again, "Show deleted" lists it marked (and the page stays accessible), Restore. `deletedAt`
 * reads the record's `deletedAt` through the API after each step.
 */
export async function deleteUndoAndRestore(
  page: Page,
  record: { name: string; item: () => Locator; showDeleted: string; deletedAt: () => Promise<unknown> },
): Promise<void> {
  const { name, item, deletedAt } = record;
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await page.getByRole('status').getByText(`Deleted ${name}.`).waitFor();
  await item().waitFor({ state: 'detached' });
  expect(await deletedAt()).not.toBeNull();
  await page.getByRole('button', { name: 'Undo' }).click();
  await item().waitFor();
  expect(await deletedAt()).toBeNull();

  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await item().waitFor({ state: 'detached' });
  await page.getByLabel(record.showDeleted).check();
  await item().getByText('deleted', { exact: true }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await item()
    .getByRole('button', { name: `Restore ${name}` })
    .click();
  await item()
    .getByRole('button', { name: `Edit ${name}` })
    .waitFor();
  expect(await deletedAt()).toBeNull();
}
