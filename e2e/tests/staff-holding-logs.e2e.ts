import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';
import { makeSyntheticNationalId } from '@stafett/domain';
import { createLogThroughApi, waitForText } from '../logs';

/**
 * T6 (issue 3): a unit leader cannot deactivate a teacher who still holds active logs; the page
 * says so and lists the logs. Ola Johansen gets a log of his own here first, so the journey
 * does not depend on what other journeys did with the demo's logs.
 */
const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('deactivating staff who hold logs', () => {
  it('is refused, with the logs listed, and the teacher stays active', async () => {
    const olaContext = await browser.newContext();
    const ola = await olaContext.newPage();
    await signIn(ola, webUrl, 'oslo', 'Ola Johansen');
    await createLogThroughApi(ola, webUrl, {
      unitName: 'Nordberg skole',
      child: { name: 'Sofus Holdt', nationalId: makeSyntheticNationalId('2013-09-09', 961) },
      guardian: { name: 'Randi Holdt', nationalId: makeSyntheticNationalId('1980-09-09', 962) },
    });
    await olaContext.close();

    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signIn(page, webUrl, 'oslo', 'Ingrid Berg');
    await page
      .getByRole('link', { name: /Nordberg skole/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Deaktiver Ola Johansen' }).click();
    await waitForText(page, 'Vil du deaktivere Ola Johansen?');
    await page.getByRole('button', { name: 'Ja, deaktiver' }).click();

    await waitForText(page, /er stafettholder for aktive stafettlogger i enheten/);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('Stafettloggen til Sofus Holdt');
    await expectAccessible(page, 'the refused deactivation');

    // Ola is still active: the list offers to deactivate him, not to reactivate.
    await page.reload();
    await page.getByRole('link', { name: 'Deaktiver Ola Johansen' }).waitFor();
    await expect(
      page.getByRole('button', { name: 'Aktiver igjen – Ola Johansen' }).count(),
    ).resolves.toBe(0);
    await context.close();
  }, 60_000);
});
