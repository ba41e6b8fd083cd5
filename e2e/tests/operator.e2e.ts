import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser } from '../browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the platform operator', () => {
  it('signs in, onboards a municipality with its admin, and sees it in the directory', async () => {
    const page = await browser.newPage();
    const slug = `e2e-${Date.now().toString(36)}`;
    const name = 'Testvik kommune';

    await page.goto(`${webUrl}/plattform`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /plattformdrift/,
    );
    await expectAccessible(page, 'platform sign-in');

    await page.getByRole('link', { name: /Logg inn med ID-porten/ }).click();
    await page.getByRole('button', { name: /Vera Drift/ }).click();
    await page.waitForURL(`${webUrl}/plattform`);
    const main = page.getByRole('main');
    await expect(main.textContent()).resolves.toContain('Logget inn som Vera Drift');
    await expect(page.getByRole('table').textContent()).resolves.toContain('Oslo kommune');
    await expectAccessible(page, 'platform page, signed in');

    // A malformed address is refused next to its field, and everything typed stays.
    await page.getByLabel('Adresse').fill('Ugyldig Adresse!');
    await page.getByLabel('Kommunens navn').fill(name);
    await page.getByLabel('Målform').selectOption('nn');
    await page.getByLabel('Fødselsnummer eller D-nummer').fill('14868541211');
    await page.getByLabel('Fullt navn').fill('Siri Testvik');
    await page.getByLabel(/E-post/).fill('siri@testvik.kommune.no');
    await page.getByRole('button', { name: 'Legg inn kommunen' }).click();

    const slugError = page.locator('#slug-error');
    await slugError.waitFor();
    await expect(slugError.textContent()).resolves.toMatch(/små bokstaver/);
    await expect(page.getByLabel('Adresse').getAttribute('aria-describedby')).resolves.toContain(
      'slug-error',
    );
    await expect(page.getByLabel('Adresse').inputValue()).resolves.toBe('Ugyldig Adresse!');
    await expect(page.getByLabel('Kommunens navn').inputValue()).resolves.toBe(name);
    await expect(page.getByLabel('Målform').inputValue()).resolves.toBe('nn');
    await expect(page.getByLabel('Fullt navn').inputValue()).resolves.toBe('Siri Testvik');
    // The summary at the top links to the field.
    await expect(page.locator('.ds-error-summary a[href="#slug"]').count()).resolves.toBe(1);
    await expectAccessible(page, 'onboarding form with an error');

    await page.getByLabel('Adresse').fill(slug);
    await page.getByRole('button', { name: 'Legg inn kommunen' }).click();
    const confirmation = page.getByRole('status').filter({ hasText: `${name} er lagt inn` });
    await confirmation.waitFor();
    await expect(confirmation.textContent()).resolves.toContain('Siri Testvik');
    await expect(page.getByRole('table').textContent()).resolves.toContain(name);
    await expect(page.getByRole('table').textContent()).resolves.toContain(`/${slug}`);
    await expectAccessible(page, 'platform page after onboarding');

    await page.getByRole('link', { name: `Gå til sidene for ${name}` }).click();
    await page.waitForURL(`${webUrl}/${slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(name);
    // A nynorsk municipality's pages are in nynorsk.
    expect(await page.getAttribute('html', 'lang')).toBe('nn');

    // Signing out ends the operator's session.
    await page.goto(`${webUrl}/plattform`);
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/plattform' && url.searchParams.has('utlogget'),
    );
    await expect(page.getByRole('link', { name: /Logg inn med ID-porten/ }).count()).resolves.toBe(
      1,
    );
    await page.close();
  });

  it('the onboarding form works without JavaScript and keeps what was typed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${webUrl}/plattform`);
    await page.getByRole('link', { name: /Logg inn med ID-porten/ }).click();
    await page.getByRole('button', { name: /Vera Drift/ }).click();
    await page.waitForURL(`${webUrl}/plattform`);

    await page.getByLabel('Adresse').fill('oslo');
    await page.getByLabel('Kommunens navn').fill('Oslo kommune igjen');
    await page.getByLabel('Fødselsnummer eller D-nummer').fill('02919023360');
    await page.getByLabel('Fullt navn').fill('Ola Igjen');
    await page.getByLabel(/Telefon/).fill('+47 ab');
    await page.getByRole('button', { name: 'Legg inn kommunen' }).click();
    await page.locator('.ds-error-summary').waitFor();
    // The bad phone number is named next to its field; everything typed stays.
    await expect(page.locator('#admin-phone-error').count()).resolves.toBe(1);
    await expect(page.getByLabel('Kommunens navn').inputValue()).resolves.toBe(
      'Oslo kommune igjen',
    );
    await expect(page.getByLabel(/Telefon/).inputValue()).resolves.toBe('+47 ab');

    // With the phone number fixed, the address turns out to be taken.
    await page.getByLabel(/Telefon/).fill('+47 412 34 567');
    await page.getByRole('button', { name: 'Legg inn kommunen' }).click();
    await page.locator('#slug-error').waitFor();
    await expect(page.locator('#admin-phone-error').count()).resolves.toBe(0);
    await expect(page.getByLabel('Adresse').inputValue()).resolves.toBe('oslo');
    await context.close();
  });

  it('is usable on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${webUrl}/plattform`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'platform page on a phone');
    await page.close();
  });
});
