/**
 * The web app's budgets (DESIGN.md section 7): all its JavaScript gzipped under 300 KB, and the
 * dashboard's first load on the demo sample in Chromium under 1 s, from navigation to the heatmap and
 * recent entries on screen. Baseline: Chromium navigating to a static file of the same server.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CLI, NODE, promocase, SNAPSHOT, tempDir } from './lib/processes.mjs';
import { startServer } from './lib/servers.mjs';
import { median, relativeSpread } from './lib/stats.mjs';

export const name = 'web';
export const title =
  'web app: JavaScript gzipped, and the dashboard first load on the demo sample in Chromium';

const JS_BUDGET_KB = 300;
const LOAD_BUDGET_MS = 1000;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Every .js file the build ships, gzipped at level 9 as a server or CDN would send it. */
function javascriptSizes() {
  const assets = join(SNAPSHOT, 'web', 'assets');
  if (!existsSync(assets)) throw new Error(`${assets} is missing: the build did not write the web app`);
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const f of files) {
    const bytes = readFileSync(join(assets, f));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzipped };
}

/** Milliseconds from navigation start until `ready` resolves, in a fresh browser context (cold HTTP cache). */
async function timedLoad(browser, base, token, url, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'promocase_token', value: token, url: base }]);
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url);
  await ready(page);
  const ms = performance.now() - started;
  await context.close();
  return ms;
}

const dashboardReady = async (page) => {
  await page.locator('figcaption', { hasText: 'over the last 52 weeks' }).waitFor({ timeout: 30_000 });
  await page.locator('#recent-title ~ ul.entry-list > li').first().waitFor({ timeout: 30_000 });
  await page.getByText(/weeks? in a row/).waitFor({ timeout: 30_000 });
  // Both charts drawn: the heatmap and the readiness radar.
  await page.locator('.heatmap canvas[data-drawn="true"]').waitFor({ timeout: 30_000 });
  await page.locator('.radar canvas[data-drawn="true"]').waitFor({ timeout: 30_000 });
  await page.locator('#objections-title ~ ul.objection-list > li').first().waitFor({ timeout: 30_000 });
};
const fileReady = async (page) => {
  await page.locator('svg').waitFor({ timeout: 30_000 });
};

export async function run({ runs }) {
  const js = javascriptSizes();
  const rows = [
    {
      measured: `JavaScript of the web app, gzipped (${js.files} files, ${(js.raw / 1024).toFixed(0)} KB raw)`,
      value: Math.round((js.gzipped / 1024) * 10) / 10,
      unit: 'KB',
      budget: `< ${JS_BUDGET_KB} KB`,
      pass: js.gzipped / 1024 < JS_BUDGET_KB,
    },
  ];
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);

  const home = join(tempDir('web'), 'home');
  await promocase(['--home', home, 'demo']);
  const server = await startServer(
    NODE,
    [CLI, '--home', home, '--demo', 'serve', '--port', '0'],
    /promocase is serving at (http:\/\/127\.0\.0\.1:\d+\/)\?token=(\S+)/,
    { label: 'promocase --demo serve' },
  );
  const [, base, token] = server.match;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // The browser's own first-use cost is not the app's: warm it on a static file. The first dashboard
    // load then still pays for the server's first reads (use-case modules, statements, page cache).
    await timedLoad(browser, base, token, `${base}icon.svg`, fileReady);
    const first = await timedLoad(browser, base, token, base, dashboardReady);
    const n = runs(10);
    const loads = [];
    const floors = [];
    for (let i = 0; i < n; i++) {
      // Alternating keeps drift from landing on one side.
      const pair = [
        async () => loads.push(await timedLoad(browser, base, token, base, dashboardReady)),
        async () => floors.push(await timedLoad(browser, base, token, `${base}icon.svg`, fileReady)),
      ];
      if (i % 2) pair.reverse();
      for (const step of pair) await step();
    }
    const value = median(loads);
    const floor = median(floors);
    rows.push(
      {
        measured: 'dashboard first load, demo sample (cold browser cache, median)',
        value,
        unit: 'ms',
        baselineName: 'navigation to a static file',
        baselineValue: floor,
        ratio: value / floor,
        budget: `< ${LOAD_BUDGET_MS} ms`,
        pass: value < LOAD_BUDGET_MS,
        spread: relativeSpread(loads),
      },
      {
        measured: 'dashboard first load, first of the run (server cold)',
        value: first,
        unit: 'ms',
        budget: `< ${LOAD_BUDGET_MS} ms`,
        pass: first < LOAD_BUDGET_MS,
      },
    );
    return {
      rows,
      notes: [
        `${n} loads each, each in a new browser context; ready = heatmap and readiness radar drawn, streak, recent entries and objections on screen; noise ${(relativeSpread(loads) * 100).toFixed(1)}%`,
      ],
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
