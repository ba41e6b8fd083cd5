import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';
import { attachConsent, expectFitsPhone, waitForText } from '../logs';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A new child and a new guardian, with synthetic national ids (Tenor: month + 80) that no seed
// or other test uses.
const childNationalId = makeSyntheticNationalId('2017-03-14', 517);
const guardianNationalId = makeSyntheticNationalId('1986-10-21', 611);

describe('logs: a holder creates a log with the family', () => {
  it('Ola creates a log for a new child at level 2 with one guardian and the consent', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signIn(page, webUrl, 'oslo', 'Ola Johansen');

    await page.getByRole('link', { name: 'Stafettlogger', exact: true }).first().click();
    await page.waitForURL(`${webUrl}/oslo/logger`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Mine stafettlogger',
    );
    await expectAccessible(page, 'my logs');
    await expectFitsPhone(page, 'my logs');

    await page.getByRole('link', { name: 'Opprett stafettlogg' }).click();
    await page.waitForURL(`${webUrl}/oslo/logger/ny`);
    await expectAccessible(page, 'the new log form');
    await expectFitsPhone(page, 'the new log form');

    // Ola holds logs only at Nordberg skole: it is chosen, and school is ticked for the consent.
    await expect(page.getByLabel('Enheten loggen hører til').inputValue()).resolves.toMatch(
      /^[0-9a-f-]{36}$/,
    );
    await expect(page.getByLabel('Skole', { exact: true }).isChecked()).resolves.toBe(true);

    await page.getByLabel('Barnets fulle navn').fill('Sofie Lund');
    await page.getByLabel('Barnets fødselsnummer').fill(childNationalId);

    // L4: the child has not had a log here before.
    await page.getByRole('button', { name: 'Sjekk om barnet har hatt stafettlogg før' }).click();
    await waitForText(page, 'Barnet har ikke hatt en stafettlogg i kommunen før.');
    await expect(page.getByLabel('Barnets fulle navn').inputValue()).resolves.toBe('Sofie Lund');

    await page.getByLabel('Nivå 2 – flere tjenester').check();
    await page.getByLabel('Hvem samtykket').fill('Kjersti Lund');
    await page.getByLabel('Pedagogisk-psykologisk tjeneste (PPT)').check();
    await attachConsent(page);

    // First attempt without a guardian: a child of 9 must have one. The error is at the top and
    // at the guardians, and what was typed is still there.
    await page.getByRole('button', { name: 'Opprett stafettlogg' }).click();
    await waitForText(page, 'Dette må rettes før loggen kan opprettes');
    await waitForText(page, /minst én foresatt/);
    expect(page.url()).toBe(`${webUrl}/oslo/logger/ny`);
    await expect(page.getByLabel('Barnets fulle navn').inputValue()).resolves.toBe('Sofie Lund');
    await expect(page.getByLabel('Hvem samtykket').inputValue()).resolves.toBe('Kjersti Lund');
    await expect(page.getByLabel('Nivå 2 – flere tjenester').isChecked()).resolves.toBe(true);
    // The summary takes focus, so a screen reader reads it first.
    await expect(
      page.evaluate(() => document.activeElement?.classList.contains('ds-error-summary')),
    ).resolves.toBe(true);
    await expectAccessible(page, 'the new log form with an error');

    // "Legg til foresatt" adds a row; removing it leaves the first one.
    await page.getByRole('button', { name: 'Legg til foresatt' }).click();
    await page.getByRole('group', { name: 'Foresatt 2' }).waitFor();
    await page.getByRole('button', { name: 'Fjern foresatt 2' }).click();
    await page.getByRole('group', { name: 'Foresatt 2' }).waitFor({ state: 'detached' });

    const guardian = page.getByRole('group', { name: 'Foresatt 1' });
    await guardian.getByLabel('Fullt navn').fill('Kjersti Lund');
    await guardian.getByLabel('Fødselsnummer').fill(guardianNationalId);
    await guardian.getByLabel('E-post').fill('kjersti.lund@example.no');
    await attachConsent(page);

    await page.getByRole('button', { name: 'Opprett stafettlogg' }).click();
    await page.waitForURL(/\/oslo\/logger\/[0-9a-f-]{36}$/, { timeout: 20_000 });

    // The new log is in Ola's list, with his role in words.
    await page.goto(`${webUrl}/oslo/logger`);
    const card = page.getByRole('article').filter({ hasText: 'Sofie Lund' });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toContain('Du er stafettholder');
    await expect(card.textContent()).resolves.toContain('Nordberg skole');
    await expectAccessible(page, 'my logs with the new log');
    await expectFitsPhone(page, 'my logs with the new log');
    await context.close();
  }, 120_000);

  it("the unit leader sees the new log among the unit's logs, as metadata only", async () => {
    const page = await browser.newPage();
    await signIn(page, webUrl, 'oslo', 'Ingrid Berg');
    await page.getByRole('link', { name: 'Stafettlogger', exact: true }).first().click();
    await page.waitForURL(`${webUrl}/oslo/logger`);
    const unit = page.getByRole('region', { name: 'Loggene i Nordberg skole' });
    const card = unit.getByRole('article').filter({ hasText: 'Sofie Lund' });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toContain('Ola Johansen');
    // Metadata, not content: no link into the log.
    await expect(card.getByRole('link').count()).resolves.toBe(0);
    await expectAccessible(page, 'my logs (unit leader)');
    await page.close();
  }, 60_000);

  it('works without JavaScript: a guardian row is added and a refused form keeps what was typed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, webUrl, 'oslo', 'Hanne Strand');
    await page.goto(`${webUrl}/oslo/logger/ny`);
    await page.getByLabel('Barnets fulle navn').fill('Jonas Vik');
    await page.getByRole('group', { name: 'Foresatt 1' }).getByLabel('Fullt navn').fill('Mari Vik');

    await page.getByRole('button', { name: 'Legg til foresatt' }).click();
    await page.getByRole('group', { name: 'Foresatt 2' }).waitFor();
    await expect(page.getByLabel('Barnets fulle navn').inputValue()).resolves.toBe('Jonas Vik');
    await expect(
      page.getByRole('group', { name: 'Foresatt 1' }).getByLabel('Fullt navn').inputValue(),
    ).resolves.toBe('Mari Vik');

    // Sent with a file but without a level: the file must be chosen again, and the page says so.
    await attachConsent(page);
    await page.getByRole('button', { name: 'Opprett stafettlogg' }).click();
    await waitForText(page, 'Dette må rettes før loggen kan opprettes');
    await waitForText(page, /Velg samtykkefilen på nytt/);
    await expect(page.getByLabel('Barnets fulle navn').inputValue()).resolves.toBe('Jonas Vik');
    await expect(page.getByRole('group', { name: 'Foresatt 2' }).count()).resolves.toBe(1);
    await context.close();
  }, 60_000);

  it('someone who holds no logs gets no form', async () => {
    const page = await browser.newPage();
    await signIn(page, webUrl, 'oslo', 'Anne Solberg');
    const response = await page.goto(`${webUrl}/oslo/logger/ny`);
    expect(response?.status()).toBe(403);
    await page.goto(`${webUrl}/oslo/logger`);
    await expect(page.getByRole('link', { name: 'Opprett stafettlogg' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'my logs (guardian)');
    await page.close();
  }, 60_000);
});
