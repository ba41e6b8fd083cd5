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

describe('languages', () => {
  it('switches between bokmål, nynorsk and English and remembers the choice', async () => {
    const page = await browser.newPage();
    await page.goto(`${webUrl}/oslo`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await expect(
      page
        .getByRole('button', { name: /Logg inn|ID-porten/ })
        .or(page.getByRole('link', { name: /Logg inn/ }))
        .count(),
    ).resolves.toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nn');
    await expect(page.getByRole('main').textContent()).resolves.toContain('Logg inn');
    await expectAccessible(page, 'sign-in page in nynorsk');

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(page.getByRole('main').textContent()).resolves.toMatch(/Sign in/);
    await expectAccessible(page, 'sign-in page in English');

    await page.goto(webUrl);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /municipality/i,
    );
    await page.close();
  });
});

describe('inactivity', () => {
  // The e2e stack ends idle sessions after 480 s, so the warning comes 180 s after the last
  // activity, in real time: browser and server must age together for the clocks to agree.
  it(
    'warns before the session ends, and the person can stay signed in',
    { timeout: 260_000 },
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, webUrl, 'oslo', 'Ola Johansen');
      await page.waitForURL(`${webUrl}/oslo/hjem`);

      const dialog = page.getByRole('alertdialog');
      expect(await dialog.isVisible()).toBe(false);
      await dialog.waitFor({ timeout: 200_000 });
      await expect(dialog.textContent()).resolves.toMatch(/logget ut om \d+ minutt/);
      await expectAccessible(page, 'idle warning');

      const extended = page.waitForResponse((r) => r.url().endsWith('/api/v1/session/extend'));
      await dialog.getByRole('button', { name: /Fortsett å være innlogget/ }).click();
      expect((await extended).status()).toBe(200);
      await dialog.waitFor({ state: 'hidden' });
      // Still signed in: the home page loads without asking to sign in again.
      await page.reload();
      expect(new URL(page.url()).pathname).toBe('/oslo/hjem');
      await context.close();
    },
  );
});
