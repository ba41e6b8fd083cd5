import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signInWithNationalId } from '../browser';

const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slug = 'lillevik';
const people = {
  admin: { id: makeSyntheticNationalId('1976-03-03', 510), name: 'Astrid Lillevik' },
  districtLeader: { id: makeSyntheticNationalId('1971-11-30', 520), name: 'Bjørn Sentrum' },
  unitLeader: { id: makeSyntheticNationalId('1980-08-08', 530), name: 'Cecilie Rektor' },
  teacher: { id: makeSyntheticNationalId('1990-10-10', 540), name: 'Dag Lærer' },
};

async function fill(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}

async function waitForText(page: Page, text: string) {
  await page.getByRole('main').getByText(text).first().waitFor({ timeout: 15_000 });
}

/** A fresh browser for each person, as each signs in on their own device. */
async function as(nationalId: string, fn: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithNationalId(page, webUrl, slug, nationalId);
  await fn(page);
  await context.close();
}

describe('from contract to staff who can start logs (issue 3)', () => {
  it('operator → admin → district leader → unit leader → a teacher who sees the school', async () => {
    // The platform operator onboards Lillevik kommune with its first admin.
    const operator = await browser.newPage();
    await operator.goto(`${webUrl}/plattform`);
    await operator.getByRole('link', { name: /Logg inn med ID-porten/ }).click();
    await operator.getByRole('button', { name: /Vera Drift/ }).click();
    await operator.waitForURL(`${webUrl}/plattform`);
    await fill(operator, {
      Adresse: slug,
      'Kommunens navn': 'Lillevik kommune',
      'Fødselsnummer eller D-nummer': people.admin.id,
      'Fullt navn': people.admin.name,
    });
    await operator.getByRole('button', { name: 'Legg inn kommunen' }).click();
    await operator
      .getByRole('status')
      .filter({ hasText: 'Lillevik kommune er lagt inn' })
      .waitFor();
    await expectAccessible(operator, 'operator after onboarding');
    await operator.close();

    // The municipality admin creates a district and appoints its leader.
    await as(people.admin.id, async (page) => {
      await expect(page.getByRole('main').textContent()).resolves.toContain(people.admin.name);
      await page.getByRole('link', { name: 'Områder', exact: true }).first().click();
      await page.getByLabel('Navn på området').fill('Sentrum');
      await page.getByRole('button', { name: 'Opprett område' }).click();
      await page.waitForURL(/\/lillevik\/omrader\/[0-9a-f-]{36}/);
      await fill(page, {
        'Fødselsnummer eller D-nummer': people.districtLeader.id,
        'Fullt navn': people.districtLeader.name,
      });
      await page.getByRole('button', { name: 'Utnevn områdeleder' }).click();
      await waitForText(page, `${people.districtLeader.name} er utnevnt til områdeleder.`);
      await expectAccessible(page, 'district with its leader');
    });

    // The district leader creates a school and appoints its unit leader.
    await as(people.districtLeader.id, async (page) => {
      await page.getByRole('link', { name: 'Områder', exact: true }).first().click();
      await page.getByRole('main').getByRole('link', { name: 'Sentrum' }).click();
      await fill(page, {
        'Navn på enheten': 'Lillevik skole',
        'Antall barn og unge enheten gir tjenester til': '310',
      });
      await page.getByLabel('Type tjeneste').selectOption('school');
      await page.getByRole('button', { name: 'Opprett enhet' }).click();
      await waitForText(page, 'Enheten Lillevik skole er opprettet.');
      await page
        .getByRole('row', { name: /Lillevik skole/ })
        .getByRole('link')
        .click();
      await page.waitForURL(/\/lillevik\/enheter\/[0-9a-f-]{36}$/);
      await fill(page, {
        'Fødselsnummer eller D-nummer': people.unitLeader.id,
        'Fullt navn': people.unitLeader.name,
      });
      await page.getByRole('button', { name: 'Utnevn enhetsleder' }).click();
      await waitForText(page, `${people.unitLeader.name} er utnevnt til enhetsleder.`);
      await expectAccessible(page, 'school with its unit leader');
    });

    // The unit leader adds a teacher who may be holder and actor.
    await as(people.unitLeader.id, async (page) => {
      await page.getByRole('link', { name: 'Ansatte – Lillevik skole' }).click();
      await fill(page, {
        'Fødselsnummer eller D-nummer': people.teacher.id,
        'Fullt navn': people.teacher.name,
        'Stilling (valgfritt)': 'Lærer',
      });
      await page.getByLabel('Kan være stafettholder').check();
      await page.getByLabel('Kan være aktør').check();
      await page.getByRole('button', { name: 'Legg til ansatt' }).click();
      await waitForText(page, `${people.teacher.name} er lagt til som ansatt.`);
      await expectAccessible(page, 'staff with the new teacher');
    });

    // The teacher signs in on Lillevik's own page and sees the school and what they may be.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${webUrl}/${slug}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Lillevik kommune',
    );
    await expectAccessible(page, "Lillevik's sign-in page");
    await signInWithNationalId(page, webUrl, slug, people.teacher.id);
    await page.waitForURL(`${webUrl}/${slug}/hjem`);
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain(people.teacher.name);
    expect(main).toContain('Stafettholder – Lillevik skole');
    expect(main).toContain('Aktør – Lillevik skole');
    await expect(
      page
        .getByRole('main')
        .getByRole('link', { name: /Lillevik skole/ })
        .count(),
    ).resolves.toBeGreaterThan(0);
    await expectAccessible(page, "the teacher's home page");
    await context.close();
  }, 180_000);
});
