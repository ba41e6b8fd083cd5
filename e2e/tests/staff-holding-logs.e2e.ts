import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';
import { mainText, waitForText } from '../logs';

/**
 * T6 (issue 3): a unit leader cannot deactivate a teacher who still holds active logs; the page
 * says so and lists the logs. In the demo, Ola Johansen holds Lukas Andersen's log at Nordberg
 * skole.
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
    await expect(alert.textContent()).resolves.toContain('Stafettloggen til Lukas Andersen');
    await expectAccessible(page, 'the refused deactivation');

    // Ola is still active: the list offers to deactivate him, not to reactivate.
    await page.reload();
    await expect(mainText(page)).resolves.not.toContain('Deaktivert');
    await context.close();
  }, 60_000);
});
