import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitForMailInDir } from '../../apps/api/src/mail/dev-smtp';
import { mailDirFor } from '../../scripts/stack';
import { expectAccessible, launchBrowser, signIn, signInWithNationalId } from '../browser';
import { addMeasure, attachConsent, attentionCard, openPage, waitForText } from '../logs';

/**
 * Issue 4's "Done means" as one family's story, through the pages only: a holder creates a log
 * with consent, the guardian is e-mailed, the holder's session ends while typing and nothing is
 * lost, three measures go in, and the guardian signs in with their own national id, reads the log
 * and writes a bright spot. (The actor's partial view and the evaluation are in log-page.e2e.ts,
 * meeting mode in meetings.e2e.ts.)
 */
const webUrl = inject('webUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
});

const child = { name: 'Mia Berge', nationalId: makeSyntheticNationalId('2014-02-11', 811) };
const guardian = {
  name: 'Siri Berge',
  nationalId: makeSyntheticNationalId('1984-08-20', 812),
  email: 'siri.berge@example.no',
};
const attention = {
  description: 'Mia går hjem alene i friminuttet når hun blir lei seg.',
  goal: 'Mia sier fra til en voksen når hun blir lei seg i friminuttet.',
  signs: 'Mia står ved vaktlæreren i stedet for å gå hjem.',
};

async function newContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return { context, page: await context.newPage() };
}

describe('a family’s log from the first meeting to the first bright spot', () => {
  let logUrl = '';

  it('the holder creates the log with the consent, and the guardian gets an e-mail (L1–L3)', async () => {
    const { page } = await newContext();
    await signIn(page, webUrl, 'oslo', 'Ola Johansen');
    await page.getByRole('link', { name: 'Stafettlogger' }).first().click();
    await page.getByRole('link', { name: 'Opprett stafettlogg' }).click();
    await page.getByLabel('Barnets fulle navn').fill(child.name);
    await page.getByLabel('Barnets fødselsnummer').fill(child.nationalId);
    const row = page.getByRole('group', { name: 'Foresatt 1' });
    await row.getByLabel('Fullt navn').fill(guardian.name);
    await row.getByLabel('Fødselsnummer').fill(guardian.nationalId);
    await row.getByLabel('E-post').fill(guardian.email);
    await page.getByLabel('Nivå 2 – flere tjenester').check();
    await page.getByLabel('Hvem samtykket').fill(guardian.name);
    await attachConsent(page);
    await page.getByRole('button', { name: 'Opprett stafettlogg' }).click();
    await page.waitForURL(/\/oslo\/logger\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    logUrl = page.url();
    await waitForText(page, child.name);
    await expectAccessible(page, 'the new log');

    // E-mail is sent by the job queue, which needs PostgreSQL (CI always has it).
    if (process.env.DATABASE_URL) {
      const mail = await waitForMailInDir(
        mailDirFor(webUrl),
        (m) => m.to.includes(guardian.email) && m.subject === 'Ny stafettlogg',
        20_000,
      );
      expect(mail.text).toContain(new URL(logUrl).pathname);
      expect(mail.text).toContain('Ola Johansen');
      // E-mail is no secure channel: the notice names no content, only where to read it.
      expect(mail.subject).not.toContain(child.name);
    }
  });

  it('the session ends while the holder types, and the text is there after signing in again (A2)', async () => {
    const { context, page } = await newContext();
    await signIn(page, webUrl, 'oslo', 'Ola Johansen');
    await openPage(page, logUrl);
    const form = page.locator('form[action="?/addAttention"]');
    await form.getByLabel('Kategori').selectOption('Psykisk helse');
    await form.getByLabel('Oppmerksomhet', { exact: true }).fill(attention.description);
    await form.getByLabel(/^Mål/).fill(attention.goal);
    // Typing stops; the draft is kept as the person types (and when the field loses focus).
    await form.getByLabel(/^Kjennetegn/).focus();
    await page.waitForTimeout(800);

    // The session is gone (as after 30 idle minutes): the save is refused and sign-in is asked.
    await context.clearCookies();
    await form.getByRole('button', { name: 'Lagre oppmerksomheten' }).click();
    await page.waitForURL((url) => url.pathname === '/oslo', { timeout: 15_000 });

    await signIn(page, webUrl, 'oslo', 'Ola Johansen');
    await openPage(page, logUrl);
    const again = page.locator('form[action="?/addAttention"]');
    await waitForText(page, /Vi har tatt vare på teksten du skrev/);
    await expect(again.getByLabel('Oppmerksomhet', { exact: true }).inputValue()).resolves.toBe(
      attention.description,
    );
    await expect(again.getByLabel(/^Mål/).inputValue()).resolves.toBe(attention.goal);
    await expectAccessible(page, 'the log with restored drafts');

    // Saved now, and the measure ladder gets the service, the home and the child.
    await again.getByLabel('Kategori').selectOption('Psykisk helse');
    await again.getByLabel(/^Kjennetegn/).fill(attention.signs);
    await again.getByRole('button', { name: 'Lagre oppmerksomheten' }).click();
    await waitForText(
      page,
      attention.description,
      page.getByRole('heading', { name: attention.description }),
    );
    await addMeasure(
      page,
      attention.description,
      'Tjenesten (en aktør)',
      'Jonas snakker med Mia hver mandag om hvem hun kan gå til.',
      'Jonas Bakke',
    );
    await addMeasure(
      page,
      attention.description,
      'Hjemmet (foresatte)',
      'Mamma spør Mia hver kveld om friminuttene.',
    );
    await addMeasure(
      page,
      attention.description,
      'Barnet',
      'Mia går til vaktlæreren når hun blir lei seg.',
    );
    await expect(attentionCard(page, attention.description).textContent()).resolves.not.toContain(
      'Det mangler et aktivt tiltak',
    );
  });

  it('the guardian signs in with her own national id, reads the log and writes a bright spot', async () => {
    const { page } = await newContext();
    await signInWithNationalId(page, webUrl, 'oslo', guardian.nationalId);
    await page.getByRole('link', { name: 'Stafettlogger' }).first().click();
    await page.getByRole('link', { name: child.name }).click();
    await page.waitForURL(logUrl);
    await waitForText(page, attention.goal);
    await waitForText(page, 'Mia går til vaktlæreren når hun blir lei seg.');
    const spot = 'Mia fortalte at hun snakket med vaktlæreren i dag!';
    await page.getByLabel('Skriv et lysglimt').fill(spot);
    await page.getByRole('button', { name: 'Del lysglimtet' }).click();
    await waitForText(page, spot, page.getByRole('list', { name: 'Alle lysglimt, nyeste først' }));
    await expectAccessible(page, 'the guardian’s view of the log');
  });
});
