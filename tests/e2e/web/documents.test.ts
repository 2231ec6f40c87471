// The Documents page in Chromium: what it says before any entry exists; on the demo sample, previews of
// a couple of types that follow the selection, the dry run, the gaps (one filled in place), a refused
// selection, and the PDF and DOCX downloads parsed back.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_READY,
  horizontalOverflow,
  screenshot,
  seriousAxeViolations,
  useAppInChromium,
} from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app, documents (Chromium)', () => {
  const app = useAppInChromium();

  const dryRun = () => app.page.locator('.doc-evidence-count').textContent();
  const previewTitle = () => app.page.locator('#doc-title').textContent();
  const gapCount = () => app.page.locator('.doc-preview mark.doc-gap').count();

  /** Clicks a download link and returns the file the browser saved, with the name the server gave it. */
  async function download(name: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const [file] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('link', { name, exact: true }).click(),
    ]);
    return { fileName: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
  }

  it('says to log the week first when there are no entries', async () => {
    await app.page.getByRole('link', { name: 'Documents', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Documents', exact: true }).waitFor();
    await app.page.getByText('No entries yet.').waitFor();
    await app.page.getByRole('link', { name: 'Log page' }).waitFor();
    expect(await app.page.locator('.doc-preview').count()).toBe(0);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it('previews the promotion case on the demo, with its dry run and its gaps highlighted', async () => {
    await app.page.goto(`${app.served.base}demo/documents`);
    await expect.poll(previewTitle).toBe('Promotion case: Sam Rivera for Senior engineer');
    expect(await app.page.getByRole('radio', { name: /^Promotion case/ }).isChecked()).toBe(true);
    await expect.poll(dryRun).toMatch(/^\d+ entries go in, \d+ left out\.$/);
    // The case reads only what the manager may see: the private entries are out, and say why.
    await app.page
      .getByText(/^Out \(\d+\): private/)
      .first()
      .waitFor();
    await app.page
      .getByRole('heading', { name: 'Evidence per competency, against Senior engineer' })
      .waitFor();
    expect(await gapCount()).toBeGreaterThan(0);
    await expect
      .poll(() => app.page.getByRole('heading', { name: /^Gaps to fill \(\d+\)$/ }).textContent())
      .toBe(`Gaps to fill (${await gapCount()})`);
    expect(await app.page.locator('.doc-preview mark.doc-gap').first().textContent()).toMatch(/^\[TO FILL: /);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'documents');
  });

  it('follows the selection: another type, every entry, one project, and back', async () => {
    await app.page.getByText('Brag document', { exact: true }).click();
    await expect.poll(previewTitle).toBe('Brag document: Sam Rivera');
    // The brag document is the author's own: private entries go in by default, and only the dates leave some out.
    await app.page.getByText(/^\d+ entries, private ones included$/).waitFor();
    await expect.poll(() => app.page.getByText(/^Out \(\d+\): private/).count()).toBe(0);
    await app.page.getByText(/^Out \(\d+\): dated before/).waitFor();
    const all = Number((await dryRun())?.split(' ')[0]);
    expect(all).toBeGreaterThan(0);
    await app.page.locator('.doc-preview h4', { hasText: 'checkout-latency' }).first().waitFor();

    await app.page.getByLabel('Entries', { exact: true }).selectOption('manager');
    await expect.poll(async () => Number((await dryRun())?.split(' ')[0])).toBeLessThan(all);
    await app.page
      .getByText(/^Out \(\d+\): private/)
      .first()
      .waitFor();
    // The preview is fetched after the dry run: it may still show the last document for a moment.
    await expect.poll(() => app.page.getByText('private ones included').count()).toBe(0);

    await app.page.getByLabel('billing-migration', { exact: true }).check();
    await app.page.getByText(/^Out \(\d+\): project "checkout-latency" is not one you named/).waitFor();
    await expect
      .poll(() => app.page.locator('.doc-preview h4', { hasText: 'checkout-latency' }).count())
      .toBe(0);
    expect(await app.page.locator('.doc-preview h4', { hasText: 'billing-migration' }).count()).toBe(1);
    // A second project goes in beside the first (the API takes the parameter repeated).
    await app.page.getByLabel('checkout-latency', { exact: true }).check();
    await expect
      .poll(() => app.page.locator('.doc-preview h4', { hasText: 'checkout-latency' }).count())
      .toBe(1);
    expect(await app.page.locator('.doc-preview h4', { hasText: 'billing-migration' }).count()).toBe(1);
    const pdfLink = await app.page.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href');
    expect(pdfLink).toMatch(
      /^\/demo\/api\/v1\/documents\/brag\?format=pdf&.*project=billing-migration&project=checkout-latency/,
    );

    await app.page.getByRole('button', { name: "Back to this document's defaults" }).click();
    await expect.poll(async () => Number((await dryRun())?.split(' ')[0])).toBe(all);
  });

  it('keeps the chosen document across a reload', async () => {
    await app.page.reload();
    await expect.poll(previewTitle).toBe('Brag document: Sam Rivera');
    expect(await app.page.getByRole('radio', { name: /^Brag document/ }).isChecked()).toBe(true);
  });

  it('refuses dates the wrong way round in place, and offers no download until they are fixed', async () => {
    await app.page.getByLabel('From', { exact: true }).fill('2099-01-01');
    await app.page.getByLabel('To', { exact: true }).fill('2098-01-01');
    await app.page.getByRole('alert').getByText('promocase cannot build this selection.').waitFor();
    await app.page.getByText('since must not be after until').first().waitFor();
    expect(await app.page.getByLabel('From', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await app.page.getByRole('link', { name: 'PDF', exact: true }).count()).toBe(0);
    await app.page.getByText('Fix the selection above to download the document.').waitFor();
    // The form keeps what the last accepted selection offered, so nothing there vanishes meanwhile.
    expect(await app.page.getByLabel('billing-migration', { exact: true }).count()).toBe(1);
    await screenshot(app.page, 'documents-refused');

    await app.page.getByRole('button', { name: "Back to this document's defaults" }).click();
    await app.page.getByRole('link', { name: 'PDF', exact: true }).waitFor();
    expect(await app.page.getByRole('alert').count()).toBe(0);
  });

  it('says so when the server fails to build the document, and keeps the dry run', async () => {
    const isPreview = (url: URL) =>
      url.pathname.endsWith('/documents/brag') && url.searchParams.get('format') === 'json';
    await app.page.route(isPreview, (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          error: { code: 'internal_error', message: 'the renderer failed', details: [] },
        }),
      }),
    );
    await app.page.reload();
    await app.page.getByRole('alert').getByText('promocase could not build the document.').waitFor();
    await expect.poll(dryRun).toMatch(/^\d+ entries go in/);
    expect(await app.page.locator('.doc-preview').count()).toBe(0);
    await app.page.unroute(isPreview);
    await app.page.reload();
    await expect.poll(previewTitle).toBe('Brag document: Sam Rivera');
  });

  it('fills a gap by editing its entry in place, and the document follows', async () => {
    await expect.poll(gapCount).toBeGreaterThan(0);
    const before = await gapCount();
    const gaps = app.page.locator('.doc-gap-list > li');
    const first = gaps.filter({ hasText: 'a number for this outcome' }).first();
    await first.getByRole('button', { name: /^Edit the entry of / }).click();
    const editor = first.getByRole('form');
    await editor.getByLabel('Impact', { exact: true }).fill('Invoice errors went from 2% to 0.1% of runs');
    await editor.getByRole('button', { name: 'Save and rebuild the document' }).click();
    await expect.poll(gapCount).toBe(before - 1);
    await app.page.getByText('Invoice errors went from 2% to 0.1% of runs').first().waitFor();
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
    await app.page.getByText('Self-review (Meta style)', { exact: true }).click();
    await expect.poll(previewTitle).toMatch(/^Self-review/);
    await app.page.getByRole('spinbutton', { name: 'Word limit' }).fill('20');
    await app.page.getByText('at least 50 words').first().waitFor();
    expect(await app.page.getByRole('spinbutton', { name: 'Word limit' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await app.page.getByRole('spinbutton', { name: 'Word limit' }).fill('200');
    // The self-review stays within the limit and lists what it cut.
    await app.page.getByText(/^\d+ of 200 words\. To stay within it, \d+ pieces/).waitFor();
    await app.page.getByText('What was cut').click();
    expect(await app.page.locator('.doc-cut-list > li').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await app.page.setViewportSize({ width: 375, height: 800 });
    // On a phone the gap list folds, so the preview is not a long scroll away.
    await app.page.getByRole('radio', { name: /^Promotion case/ }).check();
    await app.page.reload();
    await expect.poll(previewTitle).toMatch(/^Promotion case/);
    await app.page.getByRole('heading', { name: /^Gaps to fill \(\d+\)$/ }).waitFor();
    expect(await app.page.locator('.doc-gap-list').isVisible()).toBe(false);
    await app.page.getByText('The document never makes these up.').click();
    expect(await app.page.locator('.doc-gap-list').isVisible()).toBe(true);
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await expect.poll(() => horizontalOverflow(app.page), { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'documents-phone');
    expect(app.broken).toEqual([]);
  });
});
