// The Documents page in Chromium: what it says before any entry exists; on the demo sample, previews of
// a couple of types that follow the selection, the dry run, the gaps (one filled in place), a refused
// selection, and the PDF and DOCX downloads parsed back.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  callApi,
  horizontalOverflow,
  launchChromium,
  openAppPage,
  type Served,
  screenshot,
  seriousAxeViolations,
  servePromocase,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, documents (Chromium)', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let broken: string[];

  beforeAll(async () => {
    [served, browser] = await Promise.all([servePromocase(), launchChromium()]);
    await callApi(served, 'PUT', 'profile', { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' });
    ({ page, broken } = await openAppPage(browser));
    await page.goto(served.url);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  const dryRun = () => page.locator('.doc-evidence-count').textContent();
  const previewTitle = () => page.locator('#doc-title').textContent();
  const gapCount = () => page.locator('.doc-preview mark.doc-gap').count();

  /** Clicks a download link and returns the file the browser saved, with the name the server gave it. */
  async function download(name: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name, exact: true }).click(),
    ]);
    return { fileName: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
  }

  it('says to log the week first when there are no entries', async () => {
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    await page.getByRole('heading', { name: 'Documents', exact: true }).waitFor();
    await page.getByText('No entries yet.').waitFor();
    await page.getByRole('link', { name: 'Log page' }).waitFor();
    expect(await page.locator('.doc-preview').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('previews the promotion case on the demo, with its dry run and its gaps highlighted', async () => {
    await page.goto(`${served.base}demo/documents`);
    await expect.poll(previewTitle).toBe('Promotion case: Sam Rivera for Senior engineer');
    expect(await page.getByRole('radio', { name: /^Promotion case/ }).isChecked()).toBe(true);
    await expect.poll(dryRun).toMatch(/^\d+ entries go in, \d+ left out\.$/);
    // The case reads only what the manager may see: the private entries are out, and say why.
    await page
      .getByText(/^Out \(\d+\): private/)
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Evidence per competency, against Senior engineer' }).waitFor();
    expect(await gapCount()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('heading', { name: /^Gaps to fill \(\d+\)$/ }).textContent())
      .toBe(`Gaps to fill (${await gapCount()})`);
    expect(await page.locator('.doc-preview mark.doc-gap').first().textContent()).toMatch(/^\[TO FILL: /);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'documents');
  });

  it('follows the selection: another type, every entry, one project, and back', async () => {
    await page.getByText('Brag document', { exact: true }).click();
    await expect.poll(previewTitle).toBe('Brag document: Sam Rivera');
    // The brag document is the author's own: private entries go in by default, and only the dates leave some out.
    await page.getByText(/^\d+ entries, private ones included$/).waitFor();
    await expect.poll(() => page.getByText(/^Out \(\d+\): private/).count()).toBe(0);
    await page.getByText(/^Out \(\d+\): dated before/).waitFor();
    const all = Number((await dryRun())?.split(' ')[0]);
    expect(all).toBeGreaterThan(0);
    await page.locator('.doc-preview h4', { hasText: 'checkout-latency' }).first().waitFor();

    await page.getByLabel('Entries', { exact: true }).selectOption('manager');
    await expect.poll(async () => Number((await dryRun())?.split(' ')[0])).toBeLessThan(all);
    await page
      .getByText(/^Out \(\d+\): private/)
      .first()
      .waitFor();
    expect(await page.getByText('private ones included').count()).toBe(0);

    await page.getByLabel('billing-migration', { exact: true }).check();
    await page.getByText(/^Out \(\d+\): project "checkout-latency" is not one you named/).waitFor();
    await expect.poll(() => page.locator('.doc-preview h4', { hasText: 'checkout-latency' }).count()).toBe(0);
    expect(await page.locator('.doc-preview h4', { hasText: 'billing-migration' }).count()).toBe(1);
    // A second project goes in beside the first (the API takes the parameter repeated).
    await page.getByLabel('checkout-latency', { exact: true }).check();
    await expect.poll(() => page.locator('.doc-preview h4', { hasText: 'checkout-latency' }).count()).toBe(1);
    expect(await page.locator('.doc-preview h4', { hasText: 'billing-migration' }).count()).toBe(1);
    const pdfLink = await page.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href');
    expect(pdfLink).toMatch(
      /^\/demo\/api\/v1\/documents\/brag\?format=pdf&.*project=billing-migration&project=checkout-latency/,
    );

    await page.getByRole('button', { name: "Back to this document's defaults" }).click();
    await expect.poll(async () => Number((await dryRun())?.split(' ')[0])).toBe(all);
  });

  it('keeps the chosen document across a reload', async () => {
    await page.reload();
    await expect.poll(previewTitle).toBe('Brag document: Sam Rivera');
    expect(await page.getByRole('radio', { name: /^Brag document/ }).isChecked()).toBe(true);
  });

  it('refuses dates the wrong way round in place, and offers no download until they are fixed', async () => {
    await page.getByLabel('From', { exact: true }).fill('2099-01-01');
    await page.getByLabel('To', { exact: true }).fill('2098-01-01');
    await page.getByRole('alert').getByText('promocase cannot build this selection.').waitFor();
    await page.getByText('since must not be after until').first().waitFor();
    expect(await page.getByLabel('From', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('link', { name: 'PDF', exact: true }).count()).toBe(0);
    await page.getByText('Fix the selection above to download the document.').waitFor();
    // The form keeps what the last accepted selection offered, so nothing there vanishes meanwhile.
    expect(await page.getByLabel('billing-migration', { exact: true }).count()).toBe(1);
    await screenshot(page, 'documents-refused');

    await page.getByRole('button', { name: "Back to this document's defaults" }).click();
    await page.getByRole('link', { name: 'PDF', exact: true }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('says so when the server fails to build the document, and keeps the dry run', async () => {
    const isPreview = (url: URL) =>
      url.pathname.endsWith('/documents/brag') && url.searchParams.get('format') === 'json';
    await page.route(isPreview, (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'internal_error', message: 'the renderer failed', details: [] },
        }),
      }),
    );
    await page.reload();
    await page.getByRole('alert').getByText('promocase could not build the document.').waitFor();
    await expect.poll(dryRun).toMatch(/^\d+ entries go in/);
    expect(await page.locator('.doc-preview').count()).toBe(0);
    await page.unroute(isPreview);
    await page.reload();
    await expect.poll(previewTitle).toBe('Brag document: Sam Rivera');
  });

  it('fills a gap by editing its entry in place, and the document follows', async () => {
    await expect.poll(gapCount).toBeGreaterThan(0);
    const before = await gapCount();
    const gaps = page.locator('.doc-gap-list > li');
    const first = gaps.filter({ hasText: 'a number for this outcome' }).first();
    await first.getByRole('button', { name: /^Edit the entry of / }).click();
    const editor = first.getByRole('form');
    await editor.getByLabel('Impact', { exact: true }).fill('Invoice errors went from 2% to 0.1% of runs');
    await editor.getByRole('button', { name: 'Save and rebuild the document' }).click();
    await expect.poll(gapCount).toBe(before - 1);
    await page.getByText('Invoice errors went from 2% to 0.1% of runs').first().waitFor();
  });

  it('downloads the PDF, with pages and the text of the document', async () => {
    const { fileName, bytes } = await download('PDF');
    expect(fileName).toMatch(/^promocase-brag-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const { totalPages, text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(totalPages).toBeGreaterThan(1);
    expect(text).toContain('Brag document: Sam Rivera');
    expect(text).toContain('billing-migration');
  });

  it('downloads the DOCX, with real headings, lists and tables', async () => {
    const { fileName, bytes } = await download('Word (DOCX)');
    expect(fileName).toMatch(/^promocase-brag-\d{4}-\d{2}-\d{2}\.docx$/);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('w:val="Title"');
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Brag document: Sam Rivera');
  });

  it('fits a phone without sideways scrolling, and nothing broke along the way', async () => {
    await page.getByText('Self-review (Meta style)', { exact: true }).click();
    await expect.poll(previewTitle).toMatch(/^Self-review/);
    await page.getByRole('spinbutton', { name: 'Word limit' }).fill('20');
    await page.getByText('at least 50 words').first().waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Word limit' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.getByRole('spinbutton', { name: 'Word limit' }).fill('200');
    // The self-review stays within the limit and lists what it cut.
    await page.getByText(/^\d+ of 200 words\. To stay within it, \d+ pieces/).waitFor();
    await page.getByText('What was cut').click();
    expect(await page.locator('.doc-cut-list > li').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    // On a phone the gap list folds, so the preview is not a long scroll away.
    await page.getByRole('radio', { name: /^Promotion case/ }).check();
    await page.reload();
    await expect.poll(previewTitle).toMatch(/^Promotion case/);
    await page.getByRole('heading', { name: /^Gaps to fill \(\d+\)$/ }).waitFor();
    expect(await page.locator('.doc-gap-list').isVisible()).toBe(false);
    await page.getByText('The document never makes these up.').click();
    expect(await page.locator('.doc-gap-list').isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expect.poll(() => horizontalOverflow(page), { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(page, 'documents-phone');
    expect(broken).toEqual([]);
  });
});
