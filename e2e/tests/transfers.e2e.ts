import { readFileSync } from 'node:fs';
import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn, signInWithNationalId } from '../browser';
import { createLogThroughApi, expectFitsPhone, mainText, waitForText } from '../logs';

/**
 * Transfers inside Oslo (issue 6, items 1–2; DOMAIN.md X1–X3, T6). Hanne Strand moves Ella
 * Haugen's demo log from Korsvoll barnehage to Nordberg skole with two of its three attentions;
 * Ingrid Berg accepts and names Ola Johansen. Then a teacher who leaves: Ingrid hands her logs
 * over to Nina Lie, whom she adds as a holder, before she deactivates her. Every new page on a
 * phone, with axe.
 */
const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function as(name: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await signIn(page, webUrl, 'oslo', name);
  return page;
}

/** Opens a page and waits until SvelteKit has hydrated it, so clicks are not undone. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => history.scrollRestoration === 'manual');
}

async function checkPage(page: Page, label: string) {
  await expectAccessible(page, label);
  await expectFitsPhone(page, label);
}

/** Picks the option of a select whose text matches, inside the optgroup if one is named. */
async function choose(page: Page, label: string, text: string, group?: string) {
  const select = page.getByLabel(label, { exact: true });
  const scope = group ? select.locator(`optgroup[label="${group}"]`) : select;
  const value = await scope.locator('option', { hasText: text }).first().getAttribute('value');
  if (!value) throw new Error(`no option ${text} in ${label}`);
  await select.selectOption(value);
}

describe('a kindergarten holder transfers Ella’s log to her new school (X1, X2)', () => {
  it('is pending until the school’s leader accepts and names the holder', async () => {
    const hanne = await as('Hanne Strand');
    const logs = (await (await hanne.request.get(`${webUrl}/api/v1/logs`)).json()) as {
      items: { id: string; child: { name: string } }[];
    };
    const logId = logs.items.find((l) => l.child.name === 'Ella Haugen')?.id;
    if (!logId) throw new Error('Hanne has no log of Ella Haugen');
    // Ella's demo log has one attention; two more, so that two of three go along.
    for (const description of ['Ella leker mest alene i frilek.', 'Ella sover lite om natta.']) {
      const r = await hanne.request.post(`${webUrl}/api/v1/logs/${logId}/attentions`, {
        headers: { origin: webUrl },
        data: { category: 'Sosial kompetanse', description },
      });
      expect(r.status(), await r.text()).toBe(201);
    }

    await open(hanne, `${webUrl}/oslo/logger/${logId}`);
    await hanne.getByRole('link', { name: 'Overfør loggen' }).click();
    await waitForText(hanne, 'Overfør stafettloggen til Ella Haugen');
    await checkPage(hanne, 'the transfer form');
    await choose(hanne, 'Mottaker', 'Enhetens leder (Ingrid Berg)', 'Nordberg skole');
    await hanne.getByLabel('Hvorfor overføres loggen?').fill('Ella begynner på Nordberg skole.');
    await hanne.getByLabel('Foresattes samtykke').fill('Marte Haugen samtykket 1. desember.');
    await hanne.getByLabel(/Ella legger fra seg oppgavene/).check();
    await hanne.getByLabel(/Ella leker mest alene/).check();
    await hanne.getByRole('button', { name: 'Send overføringen' }).click();
    await waitForText(hanne, 'Overføring venter på at lederen for Nordberg skole godtar.');
    await expect(mainText(hanne)).resolves.toContain('Hanne Strand (Korsvoll barnehage)');
    await checkPage(hanne, 'the pending transfer');
    // Until acceptance Hanne holds the log: it is still in her list.
    await open(hanne, `${webUrl}/oslo/logger`);
    await expect(mainText(hanne)).resolves.toContain('Ella Haugen');

    const ingrid = await as('Ingrid Berg');
    await ingrid.getByRole('link', { name: 'Overføringer' }).click();
    await waitForText(ingrid, 'Stafettloggen til Ella Haugen');
    await expect(mainText(ingrid)).resolves.toContain('2 av oppmerksomhetene følger med.');
    await checkPage(ingrid, 'incoming transfers');
    await choose(ingrid, 'Ny stafettholder', 'Ola Johansen');
    await ingrid.getByRole('button', { name: 'Godta' }).click();
    await waitForText(ingrid, 'Overføringen er godtatt. Ola Johansen er ny stafettholder.');

    const ola = await as('Ola Johansen');
    await open(ola, `${webUrl}/oslo/logger`);
    await expect(mainText(ola)).resolves.toContain('Ella Haugen');

    // Ella's mother sees who has held the log (issue 6, item 6).
    const marte = await as('Marte Haugen');
    await open(marte, `${webUrl}/oslo/logger`);
    await marte.getByRole('link', { name: 'Ella Haugen' }).click();
    const history = marte.locator('#stafettholdere');
    await history.waitFor();
    await expect(history.textContent()).resolves.toContain('Hanne Strand (Korsvoll barnehage)');
    await expect(history.textContent()).resolves.toContain('Ola Johansen');
    await expectAccessible(marte, 'the guardian’s view with the history of holders');
    for (const page of [hanne, ingrid, ola, marte]) await page.context().close();
  }, 120_000);
});

describe('later, Ella’s log is closed and archived (L6–L8)', () => {
  it('the holder closes it, it goes passive, its archive PDF is made and the Noark 5 package has it', async () => {
    const ola = await as('Ola Johansen');
    await open(ola, `${webUrl}/oslo/logger`);
    await ola.getByRole('link', { name: 'Ella Haugen' }).click();
    await ola.waitForURL(/\/oslo\/logger\/[0-9a-f-]{36}$/);
    const logUrl = ola.url();
    await ola.getByRole('link', { name: 'Avslutt loggen' }).click();
    await ola.getByLabel('Årsak (valgfritt)').fill('Ella trives, og målene er nådd.');
    await ola.getByLabel('Jeg vil avslutte loggen. Jeg vet at den da bare kan leses.').check();
    await ola.getByRole('button', { name: 'Avslutt loggen' }).click();
    await ola.waitForURL(logUrl);
    await waitForText(ola, 'Loggen er avsluttet (passiv)');

    await ola.getByRole('link', { name: 'Arkiv', exact: true }).click();
    await waitForText(ola, 'Loggen er avsluttet');
    await ola.getByRole('button', { name: 'Lag arkiv-PDF' }).click();
    await waitForText(ola, 'Arkiv-PDF-en er laget.');
    await ola.getByLabel('Journalnummer (valgfritt)').first().fill('2026/5001-3');
    await ola.getByRole('button', { name: 'Marker som arkivert' }).first().click();
    await waitForText(ola, 'Arkivplikten er markert som arkivert.');
    await checkPage(ola, 'the closed log’s archive page');

    const ingrid = await as('Ingrid Berg');
    await ingrid
      .getByRole('link', { name: /Nordberg skole/ })
      .first()
      .click();
    await ingrid.getByRole('link', { name: 'Arkiv og Noark 5-uttrekk' }).click();
    const [download] = await Promise.all([
      ingrid.waitForEvent('download'),
      ingrid.getByRole('button', { name: 'Last ned Noark 5-uttrekk' }).click(),
    ]);
    const zip = readFileSync((await download.path()) ?? '');
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const names = zip.toString('latin1');
    for (const name of ['arkivstruktur.xml', 'arkivuttrekk.xml', 'endringslogg.xml', 'DOKUMENT/']) {
      expect(names).toContain(name);
    }
    // The package's XML is validated against Arkivverket's schemas in the API's tests
    // (apps/api/test/archive-noark5.test.ts); here it holds the log that was just archived.
    for (const page of [ola, ingrid]) await page.context().close();
  }, 120_000);
});

describe('a unit leader hands over the logs of a teacher who leaves (X3, T6)', () => {
  // A teacher of this journey's own, so no other journey's logs are in the way.
  const teacher = { name: 'Tale Lærer', nationalId: makeSyntheticNationalId('1987-03-14', 951) };
  const children = [
    { name: 'Vilde Overlatt', nationalId: makeSyntheticNationalId('2015-02-02', 952) },
    { name: 'Emil Overlatt', nationalId: makeSyntheticNationalId('2016-03-03', 953) },
  ];
  const mother = { name: 'Berit Overlatt', nationalId: makeSyntheticNationalId('1985-04-04', 954) };

  it('walks through each log, then deactivates her', async () => {
    const ingrid = await as('Ingrid Berg');
    await ingrid
      .getByRole('link', { name: /Nordberg skole/ })
      .first()
      .click();
    await waitForText(ingrid, 'Legg til ansatt');
    const unitPath = new URL(ingrid.url()).pathname;
    const addForm = ingrid.locator('form[action="?/addStaff"]');
    // The teacher who leaves, and Nina Lie, who becomes a holder at Nordberg skole as well.
    for (const person of [teacher, { name: 'Nina Lie', nationalId: '02918824920' }]) {
      await addForm.getByLabel('Fødselsnummer eller D-nummer').fill(person.nationalId);
      await addForm.getByLabel('Fullt navn').fill(person.name);
      await addForm.getByLabel('Kan være stafettholder').check();
      await addForm.getByRole('button', { name: 'Legg til ansatt' }).click();
      await waitForText(ingrid, `${person.name} er lagt til som ansatt.`);
    }
    const tale = await (await browser.newContext()).newPage();
    await signInWithNationalId(tale, webUrl, 'oslo', teacher.nationalId);
    for (const child of children) {
      await createLogThroughApi(tale, webUrl, {
        unitName: 'Nordberg skole',
        child,
        guardian: mother,
      });
    }

    for (const [i, child] of children.entries()) {
      await open(ingrid, `${webUrl}${unitPath}`);
      await ingrid.getByRole('link', { name: `Deaktiver ${teacher.name}` }).click();
      await waitForText(ingrid, `Stafettlogger ${teacher.name} har i enheten`);
      if (i === 0) await checkPage(ingrid, 'the handover walk-through');
      await ingrid.getByRole('link', { name: `Overfør stafettloggen til ${child.name}` }).click();
      await waitForText(ingrid, `Overfør stafettloggen til ${child.name}`);
      if (i === 0) await checkPage(ingrid, 'the transfer form, on behalf');
      await choose(ingrid, 'Mottaker', 'Nina Lie', 'Nordberg skole (samme enhet)');
      await ingrid.getByLabel('Hvorfor overføres loggen?').fill(`${teacher.name} slutter.`);
      await ingrid.getByRole('button', { name: 'Send overføringen' }).click();
      await waitForText(ingrid, `Stafettlogger ${teacher.name} har i enheten`);
      await waitForText(ingrid, 'Venter på at Nina Lie godtar');
    }
    // Still pending: deactivation is refused.
    await ingrid.getByRole('button', { name: 'Ja, deaktiver' }).click();
    await waitForText(
      ingrid,
      `Overføringen av stafettloggen til ${children[0]!.name} venter på svar`,
    );

    const nina = await as('Nina Lie');
    await nina.getByRole('link', { name: 'Overføringer' }).click();
    for (const child of children) {
      await waitForText(nina, `Stafettloggen til ${child.name}`);
      const card = nina
        .locator('article')
        .filter({ has: nina.getByRole('heading', { name: `Stafettloggen til ${child.name}` }) });
      await card.getByRole('button', { name: 'Godta' }).click();
      await waitForText(nina, 'Overføringen er godtatt. Nina Lie er ny stafettholder.');
    }

    await open(ingrid, `${webUrl}${unitPath}`);
    await ingrid.getByRole('link', { name: `Deaktiver ${teacher.name}` }).click();
    await waitForText(ingrid, `Vil du deaktivere ${teacher.name}?`);
    await expect(mainText(ingrid)).resolves.not.toContain(`Stafettlogger ${teacher.name} har`);
    await ingrid.getByRole('button', { name: 'Ja, deaktiver' }).click();
    await waitForText(ingrid, 'Den ansatte er deaktivert.');
    for (const page of [ingrid, nina, tale]) await page.context().close();
  }, 180_000);
});
