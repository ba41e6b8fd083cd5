import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser, Page } from 'playwright-core';
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

// New people get synthetic national ids (Tenor: month + 80), accepted outside production.
const districtLeaderId = makeSyntheticNationalId('1979-04-12', 110);
const unitLeaderId = makeSyntheticNationalId('1983-09-23', 220);
const teacherId = makeSyntheticNationalId('1991-02-07', 330);

/** Fills a form's fields by their labels (exact label text, so "E-post" is not "Fullt navn"). */
async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}

/** On a phone (360 px wide) nothing makes the page scroll sideways. */
async function expectFitsPhone(page: Page, label: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${label} is ${width} px wide`).toBeLessThanOrEqual(360);
}

async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').textContent()) ?? '';
}

/** Waits until the main area says `text` (after an enhanced form, without a navigation). */
async function waitForText(page: Page, text: string | RegExp) {
  try {
    await page.getByRole('main').getByText(text).first().waitFor({ timeout: 15_000 });
  } catch (err) {
    throw new Error(`"${text}" not on ${page.url()}; the page says: ${await mainText(page)}`, {
      cause: err,
    });
  }
}

describe('organisation: districts, units and staff', () => {
  it('the municipality admin creates a district and appoints its leader', async () => {
    const page = await browser.newPage();
    await signIn(page, webUrl, 'oslo', 'Kari Nordmann');
    await page.getByRole('link', { name: 'Områder', exact: true }).first().click();
    await page.waitForURL(`${webUrl}/oslo/omrader`);
    await expect(mainText(page)).resolves.toContain('Nordre Aker');
    await expectAccessible(page, 'districts (admin)');

    // An empty name: the error is next to the field and in the summary, which links to it.
    await page.getByRole('button', { name: 'Opprett område' }).click();
    await waitForText(page, 'Dette må rettes');
    const nameField = page.getByLabel('Navn på området');
    await expect(nameField.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectAccessible(page, 'districts with a field error');

    await nameField.fill('Sagene');
    await page.getByRole('button', { name: 'Opprett område' }).click();
    await page.waitForURL(/\/oslo\/omrader\/[0-9a-f-]{36}\?melding=opprettet$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sagene');
    await expect(mainText(page)).resolves.toContain('Området er opprettet');
    await expectAccessible(page, 'new district');

    await fill(page, {
      'Fødselsnummer eller D-nummer': districtLeaderId,
      'Fullt navn': 'Sigrid Sagen',
      'E-post (valgfritt)': 'sigrid.sagen@oslo.kommune.no',
    });
    await page.getByRole('button', { name: 'Utnevn områdeleder' }).click();
    await waitForText(page, 'Sigrid Sagen er utnevnt til områdeleder.');
    await expect(
      page.getByRole('button', { name: 'Fjern Sigrid Sagen som leder' }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page, 'district with its leader');

    // The same person again: a clear conflict, and the form keeps what was typed.
    await fill(page, {
      'Fødselsnummer eller D-nummer': districtLeaderId,
      'Fullt navn': 'Sigrid Sagen',
    });
    await page.getByRole('button', { name: 'Utnevn områdeleder' }).click();
    await waitForText(page, 'Personen er allerede leder for dette området.');
    await expect(page.getByLabel('Fullt navn').inputValue()).resolves.toBe('Sigrid Sagen');

    // Renaming: a name another district has is refused clearly; a free one is saved.
    await page.getByLabel('Navn på området').fill('Nordre Aker');
    await page.getByRole('button', { name: 'Lagre navnet' }).click();
    await waitForText(page, 'Det finnes allerede et område med dette navnet.');
    await expect(page.getByLabel('Navn på området').inputValue()).resolves.toBe('Nordre Aker');
    await page.getByLabel('Navn på området').fill('Sagene bydel');
    await page.getByRole('button', { name: 'Lagre navnet' }).click();
    await waitForText(page, 'Området heter nå Sagene bydel.');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Sagene bydel',
    );
    await page.close();
  }, 120_000);

  it('a district leader creates a unit and appoints its leader', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signIn(page, webUrl, 'oslo', 'Per Hansen');
    await page.getByRole('link', { name: 'Områder', exact: true }).first().click();
    await page.waitForURL(`${webUrl}/oslo/omrader`);
    await expect(mainText(page)).resolves.not.toContain('Sagene');
    await expect(page.getByRole('button', { name: 'Opprett område' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'districts (district leader, phone)');

    await page.getByRole('main').getByRole('link', { name: 'Nordre Aker' }).click();
    await page.waitForURL(/\/oslo\/omrader\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'Nordre Aker (district leader, phone)');
    await expectFitsPhone(page, 'Nordre Aker');

    // A name the district already has: a clear conflict.
    await fill(page, {
      'Navn på enheten': 'Tåsen barnehage',
      'Antall barn og unge enheten gir tjenester til': '96',
    });
    await page.getByLabel('Type tjeneste').selectOption('kindergarten');
    await page.getByRole('button', { name: 'Opprett enhet' }).click();
    await waitForText(page, 'Det finnes allerede en enhet med dette navnet.');

    await fill(page, {
      'Navn på enheten': 'Kjelsås fritidsklubb',
      'Antall barn og unge enheten gir tjenester til': 'mange',
    });
    await page.getByLabel('Type tjeneste').selectOption('other');
    await page.getByRole('button', { name: 'Opprett enhet' }).click();
    await waitForText(page, 'Skriv antall barn og unge som et helt tall');
    await expect(page.getByLabel('Navn på enheten').inputValue()).resolves.toBe(
      'Kjelsås fritidsklubb',
    );
    await expect(page.getByLabel('Type tjeneste').inputValue()).resolves.toBe('other');
    await expectAccessible(page, 'create unit with a field error');

    await page.getByLabel('Antall barn og unge enheten gir tjenester til').fill('84');
    await page.getByRole('button', { name: 'Opprett enhet' }).click();
    await waitForText(page, 'Enheten Kjelsås fritidsklubb er opprettet.');
    const row = page.getByRole('row', { name: /Kjelsås fritidsklubb/ });
    await expect(row.textContent()).resolves.toMatch(/Annen tjeneste\s*84/);

    await row.getByRole('link', { name: 'Kjelsås fritidsklubb' }).click();
    await page.waitForURL(/\/oslo\/enheter\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Kjelsås fritidsklubb',
    );
    await expectAccessible(page, 'new unit (district leader, phone)');

    await fill(page, {
      'Fødselsnummer eller D-nummer': unitLeaderId,
      'Fullt navn': 'Leif Tåsen',
      'Telefon (valgfritt)': '+47 412 34 567',
    });
    await page.getByRole('button', { name: 'Utnevn enhetsleder' }).click();
    await waitForText(page, 'Leif Tåsen er utnevnt til enhetsleder.');
    await expect(
      page.getByRole('button', { name: 'Fjern Leif Tåsen som leder' }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page, 'unit with its leader');
    await expectFitsPhone(page, 'the unit page');

    // Two tabs change the unit; the second was opened on the old version: a clear 409 message.
    const children = 'Antall barn og unge enheten gir tjenester til';
    const other = await context.newPage();
    await other.goto(page.url());
    await page.getByLabel(children).fill('90');
    await page.getByRole('button', { name: 'Lagre enheten' }).click();
    await waitForText(page, 'Endringene er lagret.');
    await other.getByLabel(children).fill('95');
    await other.getByRole('button', { name: 'Lagre enheten' }).click();
    await waitForText(other, 'Noen andre har endret dette siden du åpnet siden.');
    await expect(other.getByLabel(children).inputValue()).resolves.toBe('95');
    await expectAccessible(other, 'unit after a conflict');
    await context.close();
  }, 120_000);

  it('a unit leader adds a teacher, is refused twice, and deactivates and reactivates', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await signIn(page, webUrl, 'oslo', 'Ingrid Berg');
    await page.getByRole('link', { name: 'Ansatte – Nordberg skole' }).click();
    await page.waitForURL(/\/oslo\/enheter\/[0-9a-f-]{36}#ansatte$/);
    await expectFitsPhone(page, 'the staff page');
    await expect(mainText(page)).resolves.toContain('Ola Johansen');
    await expectAccessible(page, 'staff of Nordberg skole');

    const staffForm = {
      'Fødselsnummer eller D-nummer': teacherId,
      'Fullt navn': 'Tiril Lærer',
      'Stilling (valgfritt)': 'Lærer',
      'E-post (valgfritt)': 'tiril.laerer@oslo.kommune.no',
    };
    await fill(page, staffForm);
    await page.getByLabel('Kan være stafettholder').check();
    await page.getByLabel('Kan være aktør').check();
    await page.getByRole('button', { name: 'Legg til ansatt' }).click();
    await waitForText(page, 'Tiril Lærer er lagt til som ansatt.');
    const card = page.getByRole('listitem').filter({ hasText: 'Tiril Lærer' }).first();
    await expect(card.textContent()).resolves.toMatch(/Stafettholder[\s\S]*Aktør/);
    await expect(card.textContent()).resolves.toContain('Aktiv');

    // The same person twice: 409 with a clear message; what was typed is kept.
    await fill(page, staffForm);
    await page.getByLabel('Kan være aktør').check();
    await page.getByRole('button', { name: 'Legg til ansatt' }).click();
    await waitForText(page, 'Personen er allerede ansatt i denne enheten.');
    await expect(page.getByLabel('Fullt navn').inputValue()).resolves.toBe('Tiril Lærer');
    await expect(page.getByLabel('Kan være aktør').isChecked()).resolves.toBe(true);
    await expectAccessible(page, 'staff after a conflict');

    // An invalid national id: the error is at the field and in the summary; the form is kept.
    await page.getByLabel('Fødselsnummer eller D-nummer').fill('12345678901');
    await page.getByRole('button', { name: 'Legg til ansatt' }).click();
    await waitForText(page, 'Dette må rettes');
    const idField = page.getByLabel('Fødselsnummer eller D-nummer');
    await expect(idField.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await idField.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? '';
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toMatch(
      /Fødselsnummeret er ikke gyldig/,
    );
    await expect(idField.inputValue()).resolves.toBe('12345678901');
    await expect(page.getByLabel('Fullt navn').inputValue()).resolves.toBe('Tiril Lærer');
    await page.getByRole('link', { name: /Fødselsnummeret er ikke gyldig/ }).click();
    await expectAccessible(page, 'staff with a field error');

    // Change what she may be: no longer an actor.
    await page.getByRole('link', { name: 'Endre Tiril Lærer' }).click();
    await page.waitForURL(/\?endre=/);
    await expectAccessible(page, 'edit staff member');
    await page.locator('#endre').getByLabel('Kan være aktør').uncheck();
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await page.waitForURL(/\?melding=endret/);
    await expect(card.textContent()).resolves.not.toContain('Aktør');

    // Deactivate, through the confirmation step.
    await page.getByRole('link', { name: 'Deaktiver Tiril Lærer' }).click();
    await page.waitForURL(/\?deaktiver=/);
    await waitForText(page, 'Vil du deaktivere Tiril Lærer?');
    await expectAccessible(page, 'confirm deactivation');
    await expectFitsPhone(page, 'the confirmation step');
    await page.getByRole('button', { name: 'Ja, deaktiver' }).click();
    await page.waitForURL(/\?melding=deaktivert/);
    await expect(card.textContent()).resolves.toContain('Deaktivert');
    await expectAccessible(page, 'staff after deactivation');

    await page.getByRole('button', { name: 'Aktiver igjen – Tiril Lærer' }).click();
    await page.waitForURL(/\?melding=reaktivert/);
    await expect(card.textContent()).resolves.toContain('Aktiv');
    await expect(card.textContent()).resolves.not.toContain('Deaktivert');
    await page.close();
  }, 150_000);

  it('the forms work without JavaScript and keep what was typed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, webUrl, 'oslo', 'Ingrid Berg');
    await page.getByRole('link', { name: 'Ansatte – Nordberg skole' }).click();
    await page.waitForURL(/\/oslo\/enheter\//);
    await fill(page, {
      'Fødselsnummer eller D-nummer': '1234',
      'Fullt navn': 'Uten Skript',
    });
    await page.getByLabel('Superbruker').check();
    await page.getByRole('button', { name: 'Legg til ansatt' }).click();
    await page.waitForLoadState();
    await waitForText(page, 'Dette må rettes');
    await expect(page.getByLabel('Fødselsnummer eller D-nummer').inputValue()).resolves.toBe(
      '1234',
    );
    await expect(page.getByLabel('Fullt navn').inputValue()).resolves.toBe('Uten Skript');
    await expect(page.getByLabel('Superbruker').isChecked()).resolves.toBe(true);

    // Deactivation's confirmation step is a page of its own.
    await page.getByRole('link', { name: 'Deaktiver Ola Johansen' }).click();
    await waitForText(page, 'Vil du deaktivere Ola Johansen?');
    await page.getByRole('link', { name: 'Avbryt' }).click();
    await waitForText(page, 'Ola Johansen');
    await expect(mainText(page)).resolves.not.toContain('Vil du deaktivere');
    await context.close();
  }, 120_000);
});
