import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('signing in to a municipality', () => {
  it('a unit leader picks Oslo, signs in, sees name, roles and unit, and signs out', async () => {
    const page = await browser.newPage();
    await page.goto(webUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /Velg kommune/,
    );
    await expectAccessible(page, 'Velg kommune');

    await page.getByRole('link', { name: 'Oslo kommune' }).click();
    await page.waitForURL(`${webUrl}/oslo`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /Oslo kommune/,
    );
    await expectAccessible(page, 'Oslo sign-in page');

    await page.getByRole('link', { name: /Logg inn/ }).click();
    await page.getByRole('button', { name: /Ingrid Berg/ }).waitFor();
    await expectAccessible(page, 'the local ID-porten person picker');
    await page.getByRole('button', { name: /Ingrid Berg/ }).click();

    await page.waitForURL(`${webUrl}/oslo/hjem`);
    const main = page.getByRole('main');
    await expect(main.textContent()).resolves.toContain('Ingrid Berg');
    await expect(main.textContent()).resolves.toContain('Enhetsleder');
    await expect(
      main.getByRole('link', { name: /Nordberg skole/ }).count(),
    ).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'home page');

    await main
      .getByRole('link', { name: /Nordberg skole/ })
      .first()
      .click();
    await page.waitForURL(/\/oslo\/enheter\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Nordberg skole',
    );
    await expectAccessible(page, 'unit page');

    await page.goto(`${webUrl}/oslo/hjem`);
    await page.getByRole('button', { name: /Logg ut/ }).click();
    await page.waitForURL((url) => url.pathname === '/oslo' && url.searchParams.has('utlogget'));
    await expectAccessible(page, 'signed-out page');

    // The session is gone: the home page sends the person back to sign in.
    await page.goto(`${webUrl}/oslo/hjem`);
    await page.waitForURL(`${webUrl}/oslo`);
    await page.close();
  });

  it('a person with no role in the municipality gets a clear page, not an error', async () => {
    const page = await browser.newPage();
    await signIn(page, webUrl, 'oslo', 'Tor Haugland');
    await page.waitForURL(`${webUrl}/oslo/ingen-tilgang`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /ingen rolle/i,
    );
    await expectAccessible(page, 'no-role page');
    await page.close();
  });

  it('an unknown municipality gets a clear 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${webUrl}/finnes-ikke-kommune`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('main').textContent()).resolves.toMatch(/finner ikke/i);
    await expectAccessible(page, '404 page');
    await page.close();
  });
});
