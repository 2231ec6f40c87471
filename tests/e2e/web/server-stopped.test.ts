// The server going away while the page is open, in Chromium: a page whose code cannot be fetched says so
// in place and keeps the navigation, instead of blanking the whole app; it comes back once reloaded.
import { describe, expect, it } from 'vitest';
import { BROWSER_READY, screenshot, useAppInChromium } from '../../support/browser.js';

describe.skipIf(!BROWSER_READY)('the web app when the server stops (Chromium)', () => {
  const app = useAppInChromium();

  it('says a page could not be loaded, keeps the navigation, and loads it after a reload', async () => {
    await app.page.getByRole('heading', { name: 'Alex Doe: mid → senior' }).waitFor();
    // The page's code is fetched on the first visit: refused as by a stopped server.
    await app.page.route('**/assets/goals-page-*.js', (route) => route.abort('connectionrefused'));
    await app.page.getByRole('link', { name: 'Goals', exact: true }).click();
    const alert = app.page.getByRole('alert');
    await alert.getByText('This page could not be loaded').waitFor();
    await alert.getByText('cannot be reached').waitFor();
    await screenshot(app.page, 'page-not-loaded');

    // The rest of the app still works.
    await app.page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Alex Doe: mid → senior' }).waitFor();
    await app.page.getByRole('link', { name: 'Goals', exact: true }).click();
    await alert.getByText('This page could not be loaded').waitFor();

    await app.page.unroute('**/assets/goals-page-*.js');
    await alert.getByRole('button', { name: 'Reload the page' }).click();
    await app.page.getByRole('heading', { name: 'Goals', exact: true }).waitFor();
    expect(app.broken.filter((p) => !p.includes('dynamically imported module'))).toEqual([]);
  });
});
