import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

const LOGO_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">
  <rect width="120" height="40" rx="6" fill="#1f42aa"/>
  <circle cx="20" cy="20" r="10" fill="#ffffff"/>
</svg>
`;

describe('the municipality admin', () => {
  it('changes settings, is refused a too light colour, uploads a logo and sees it all in the audit log', async () => {
    const page = await browser.newPage();
    await signIn(page, webUrl, 'oslo', 'Kari Nordmann');
    await page.getByRole('link', { name: 'Administrasjon' }).click();
    await page.waitForURL(`${webUrl}/oslo/admin`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Innstillinger for Oslo kommune',
    );
    await expectAccessible(page, 'settings page');

    // Settings: numbers and a new attention category.
    await page.getByLabel('Samtykkealder (år)').fill('15');
    await page.getByLabel('Hvor lenge et samtykke gjelder (måneder)').fill('18');
    await page.getByLabel('Praktiske tiltak').fill('14');
    await page.getByRole('button', { name: 'Legg til kategori' }).click();
    await page.keyboard.type('Lesing og skriving');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.getByRole('status').filter({ hasText: 'Innstillingene er lagret' }).waitFor();

    await page.reload();
    await expect(page.getByLabel('Samtykkealder (år)').inputValue()).resolves.toBe('15');
    await expect(page.getByLabel('Praktiske tiltak').inputValue()).resolves.toBe('14');
    const categories = await page
      .locator('input[name="category"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(categories).toContain('Lesing og skriving');

    // Removing a category with the keyboard leaves focus on a neighbouring field.
    const before = await page.locator('input[name="category"]').count();
    await page.getByRole('button', { name: 'Fjern «Lesing og skriving»' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="category"]').count()).resolves.toBe(before - 1);
    await expect(
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
    ).resolves.toBe('category');
    await page.reload();

    // A colour too light for the white page: the verdict says so, and the API refuses it.
    await page.getByLabel('Samtykkealder (år)').fill('17');
    await page.locator('#accentColor').fill('#ffe066');
    await expect(page.locator('#accentColor-verdict').textContent()).resolves.toMatch(
      /For lav kontrast/,
    );
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    const colourError = page.locator('#accentColor-error');
    await colourError.waitFor();
    await expect(colourError.textContent()).resolves.toMatch(/for lys/);
    await expect(page.locator('#accentColor').getAttribute('aria-describedby')).resolves.toContain(
      'accentColor-error',
    );
    await expect(page.locator('.ds-error-summary a[href="#accentColor"]').count()).resolves.toBe(1);
    await expect(page.locator('#accentColor').inputValue()).resolves.toBe('#ffe066');
    await expect(page.getByLabel('Samtykkealder (år)').inputValue()).resolves.toBe('17');
    await expectAccessible(page, 'settings page with a refused colour');

    // Someone else saved in the meantime: a clear message to reload.
    await page.locator('#accentColor').fill('#1f42aa');
    await page.locator('input[name="version"]').evaluate((el) => {
      (el as HTMLInputElement).value = '1';
    });
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.getByRole('alert').filter({ hasText: 'Noen andre har endret' }).waitFor();
    await expect(page.getByRole('link', { name: 'Last siden på nytt' }).count()).resolves.toBe(1);

    // The logo: an SVG file, shown in the header afterwards.
    await page.goto(`${webUrl}/oslo/admin`);
    const dir = mkdtempSync(path.join(tmpdir(), 'stafett-logo-'));
    const file = path.join(dir, 'oslo-logo.svg');
    writeFileSync(file, LOGO_SVG);
    await page.locator('#logo').setInputFiles(file);
    await page.getByRole('button', { name: 'Last opp logoen' }).click();
    await page.getByRole('status').filter({ hasText: 'Logoen er lastet opp' }).waitFor();
    const headerLogo = page.locator('header.site-header img');
    await headerLogo.waitFor();
    await expect(headerLogo.getAttribute('src')).resolves.toContain('/oslo/logo');
    await expect(
      headerLogo.evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'settings page with a logo');

    // The audit log shows what she did, in plain words.
    await page.getByRole('link', { name: 'Revisjonslogg' }).click();
    await page.waitForURL(`${webUrl}/oslo/admin/revisjonslogg`);
    const table = page.getByRole('table');
    await expect(table.textContent()).resolves.toContain('Endret innstillinger');
    await expect(table.textContent()).resolves.toContain('Lastet opp ny logo');
    await expect(table.textContent()).resolves.toContain('Kari Nordmann');
    await expect(table.textContent()).resolves.toMatch(/\d{2}\.\d{2}\.\d{4}/);
    await expectAccessible(page, 'audit log');

    await page
      .getByLabel('Hendelse', { exact: true })
      .selectOption('municipality.settings_updated');
    await page.getByRole('button', { name: 'Vis hendelsene' }).click();
    await page.waitForURL(/action=municipality\.settings_updated/);
    const actions = await page
      .locator('tbody th[scope="row"]')
      .evaluateAll((cells) => cells.map((c) => c.textContent?.trim()));
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['Endret innstillinger']));
    await expect(page.getByRole('table').textContent()).resolves.toContain('samtykkealder');
    await expectAccessible(page, 'filtered audit log');

    // "Vis flere" adds the next page below and moves focus to its first event.
    await page.goto(`${webUrl}/oslo/admin/revisjonslogg?limit=2`);
    const rows = page.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await page.getByRole('link', { name: 'Vis flere' }).click();
    await page.locator('tbody tr').nth(2).waitFor();
    await expect(rows.count()).resolves.toBeGreaterThan(2);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('event-2');
    expect(new URL(page.url()).searchParams.has('cursor')).toBe(false);
    await page.close();
  });

  it('the settings and logo forms work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, webUrl, 'oslo', 'Kari Nordmann');
    await page.goto(`${webUrl}/oslo/admin`);

    // The empty field at the bottom adds a category; emptying a field removes one.
    const first = page.locator('#category-0');
    const removed = await first.inputValue();
    await first.fill('');
    await page.getByLabel('Ny kategori').fill('Tegnspråk');
    await page.getByLabel('Andre tiltak').fill('abc');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.locator('#other-error').waitFor();
    // Refused: what was typed is still there, the emptied category stays removed.
    await expect(page.getByLabel('Andre tiltak').inputValue()).resolves.toBe('abc');
    let categories = await page
      .locator('input[name="category"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(categories).toContain('Tegnspråk');
    expect(categories).not.toContain(removed);

    await page.getByLabel('Andre tiltak').fill('40');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.getByRole('status').filter({ hasText: 'Innstillingene er lagret' }).waitFor();
    await page.goto(`${webUrl}/oslo/admin`);
    categories = await page
      .locator('input[name="category"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(categories).toContain('Tegnspråk');
    expect(categories).not.toContain(removed);
    await expect(page.getByLabel('Andre tiltak').inputValue()).resolves.toBe('40');

    // A file that is not an image is refused next to the field.
    const dir = mkdtempSync(path.join(tmpdir(), 'stafett-logo-'));
    const notAnImage = path.join(dir, 'logo.svg');
    writeFileSync(notAnImage, 'dette er ikke en tegning');
    await page.locator('#logo').setInputFiles(notAnImage);
    await page.getByRole('button', { name: 'Last opp logoen' }).click();
    await page.locator('#logo-error').waitFor();
    await expect(page.locator('#logo-error').textContent()).resolves.toMatch(/PNG|SVG/);

    await page.getByRole('button', { name: 'Fjern logoen' }).click();
    await page.getByRole('status').filter({ hasText: 'Logoen er fjernet' }).waitFor();
    await expect(page.locator('header.site-header img').count()).resolves.toBe(0);
    await context.close();
  });

  it('someone who is not an admin sees no link and gets a clear 403 page', async () => {
    const page = await browser.newPage();
    await signIn(page, webUrl, 'oslo', 'Ingrid Berg');
    await expect(page.getByRole('link', { name: 'Administrasjon' }).count()).resolves.toBe(0);
    const response = await page.goto(`${webUrl}/oslo/admin`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /ikke tilgang/,
    );
    await expectAccessible(page, '403 page');
    await page.close();
  });

  it('the settings page is usable on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await signIn(page, webUrl, 'oslo', 'Kari Nordmann');
    for (const route of ['/oslo/admin', '/oslo/admin/revisjonslogg']) {
      await page.goto(`${webUrl}${route}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, route).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${route} on a phone`);
    }
    await page.close();
  });
});
