import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from '../browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The id of an Oslo unit, read as an Oslo unit leader sees it. */
async function osloUnitId(): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, webUrl, 'oslo', 'Ingrid Berg');
  const href = await page
    .getByRole('main')
    .getByRole('link', { name: /Nordberg skole/ })
    .first()
    .getAttribute('href');
  await context.close();
  const id = href?.match(/[0-9a-f-]{36}$/)?.[0];
  if (!id) throw new Error(`no unit id in ${href}`);
  return id;
}

describe('tenant isolation as a user meets it', () => {
  it("a Haugesund teacher who edits a URL or an API call to reach Oslo's unit gets 404", async () => {
    const unitId = await osloUnitId();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, webUrl, 'haugesund', 'Tor Haugland');
    await page.waitForURL(`${webUrl}/haugesund/hjem`);

    const edited = await page.goto(`${webUrl}/haugesund/enheter/${unitId}`);
    expect(edited?.status()).toBe(404);

    const api = await page.request.get(`${webUrl}/api/v1/units/${unitId}`);
    expect(api.status()).toBe(404);
    expect(api.headers()['content-type']).toContain('application/problem+json');

    // A Haugesund session is no session in Oslo: Oslo's pages ask to sign in.
    await page.goto(`${webUrl}/oslo/enheter/${unitId}`);
    await page.waitForURL(`${webUrl}/oslo`);
    await context.close();
  });
});
