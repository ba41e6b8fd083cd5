import { demoPeople } from '@stafett/db/demo';
import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';
import { consentPdf, expectFitsPhone, mainText, waitForText } from '../logs';

/**
 * Closing, withdrawal and reopening (DOMAIN.md L6, L7): a guardian withdraws consent from her own
 * page and the log shows as passive for the holder; the holder closes another log because an
 * individual plan is made; the unit leader sees both under "Avsluttede logger" and reopens one
 * with a new consent file.
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

const anne = demoPeople.find((p) => p.name === 'Anne Solberg');
if (!anne) throw new Error('The demo has no Anne Solberg');
// Two new children (synthetic ids) whose guardian is the demo's Anne Solberg.
const iver = { name: 'Iver Solberg', nationalId: makeSyntheticNationalId('2015-03-14', 811) };
const tuva = { name: 'Tuva Solberg', nationalId: makeSyntheticNationalId('2014-07-22', 812) };
const ids: Record<string, string> = {};

async function newPage(name: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, webUrl, 'oslo', name);
  return page;
}

/** The holder creates a log through the API, through the web origin (not the page under test). */
async function createLog(page: Page, child: { name: string; nationalId: string }) {
  const me = (await (await page.request.get(`${webUrl}/api/v1/me`)).json()) as {
    roles: { role: string; unit?: { id: string; name: string } }[];
  };
  const unitId = me.roles.find((r) => r.role === 'holder' && r.unit?.name === 'Nordberg skole')
    ?.unit?.id;
  const created = await page.request.post(`${webUrl}/api/v1/logs`, {
    headers: { origin: webUrl },
    multipart: {
      data: JSON.stringify({
        unitId,
        child,
        guardians: [{ nationalId: anne!.nationalId, name: anne!.name, email: null, phone: null }],
        level: 2,
        consent: {
          consentedBy: anne!.name,
          byYouth: false,
          consentedOn: '2026-11-20',
          validUntil: '2030-11-20',
          services: ['school'],
        },
      }),
      consentFile: { name: 'samtykke.pdf', mimeType: 'application/pdf', buffer: consentPdf },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

const logUrl = (name: string) => `${webUrl}/oslo/logger/${ids[name]}`;

describe('closing, withdrawing consent and reopening', () => {
  let holder: Page;

  beforeAll(async () => {
    holder = await newPage('Ola Johansen');
    ids[iver.name] = await createLog(holder, iver);
    ids[tuva.name] = await createLog(holder, tuva);
  });

  it('the guardian withdraws consent from her own page: the log closes at once', async () => {
    const page = await newPage('Anne Solberg');
    await page.goto(logUrl(iver.name));
    await page.getByRole('link', { name: 'Trekk samtykket' }).click();
    await page.waitForURL(/\/trekk-samtykke$/);
    const text = await mainText(page);
    expect(text).toContain('trenger ikke si hvorfor');
    expect(text).toContain('Loggen avsluttes med en gang');
    await expectAccessible(page, 'withdraw consent (guardian)');
    await page.getByRole('button', { name: 'Trekk samtykket og avslutt loggen' }).click();
    await page.waitForURL(logUrl(iver.name));
    await waitForText(page, 'Loggen er avsluttet (passiv)');
    expect(await mainText(page)).toContain('Samtykket ble trukket tilbake');

    // She may still ask for the information to be deleted; it lands with the unit leader.
    await page.getByRole('link', { name: 'Be om sletting' }).click();
    await page.waitForURL(/\/slett-foresporsel$/);
    await expectAccessible(page, 'deletion request (guardian)');
    await page.getByRole('button', { name: 'Send forespørselen' }).click();
    await waitForText(page, 'Forespørselen er sendt');
  });

  it('the log shows as passive for the holder, with no way to write', async () => {
    await holder.goto(logUrl(iver.name));
    await waitForText(holder, 'Loggen er avsluttet (passiv)');
    expect(await mainText(holder)).toContain('Samtykket ble trukket tilbake');
    expect(await holder.locator('form[action="?/addAttention"]').count()).toBe(0);
    expect(await holder.getByRole('link', { name: 'Avslutt loggen' }).count()).toBe(0);
  });

  it('the holder closes another log because an individual plan is made', async () => {
    await holder.goto(logUrl(tuva.name));
    await holder.getByRole('link', { name: 'Avslutt loggen' }).click();
    await holder.waitForURL(/\/avslutt$/);
    await expectAccessible(holder, 'close the log (holder)');
    // Without the confirmation nothing happens, and the page says why.
    await holder.getByLabel('Det er laget en individuell plan').check();
    await holder.getByRole('button', { name: 'Avslutt loggen' }).click();
    await waitForText(holder, 'Kryss av for at du vil avslutte loggen.');
    await expectAccessible(holder, 'close the log, confirmation missing');
    await holder.getByLabel(/Jeg vil avslutte loggen/).check();
    await holder.getByRole('button', { name: 'Avslutt loggen' }).click();
    await holder.waitForURL(logUrl(tuva.name));
    await waitForText(holder, 'Loggen er avsluttet (passiv)');
    expect(await mainText(holder)).toContain('Individuell plan opprettet');
    await expectAccessible(holder, 'passive log (holder)');
  });

  it('the unit leader sees both under "Avsluttede logger" and reopens one with new consent', async () => {
    const page = await newPage('Ingrid Berg');
    const me = (await (await page.request.get(`${webUrl}/api/v1/me`)).json()) as {
      roles: { role: string; unit?: { id: string; name: string } }[];
    };
    const unitId = me.roles.find((r) => r.role === 'unit_leader')?.unit?.id;
    await page.goto(`${webUrl}/oslo/enheter/${unitId}`);
    await page.getByRole('link', { name: 'Avsluttede logger og forespørsler om sletting' }).click();
    await page.waitForURL(/\/avsluttede-logger$/);
    const text = await mainText(page);
    expect(text).toContain(iver.name);
    expect(text).toContain(tuva.name);
    expect(text).toContain('Anne Solberg ba om sletting av loggen for Iver Solberg');
    await expectAccessible(page, 'closed logs (unit leader)');

    const item = page
      .locator('article')
      .filter({ has: page.getByRole('heading', { name: tuva.name }) });
    await item.getByText('Gjenåpne', { exact: true }).click();
    await item.getByLabel('Hvem samtykket').fill('Anne Solberg');
    await item.getByLabel('Skole', { exact: true }).check();
    await item.getByLabel('Det signerte samtykket').setInputFiles({
      name: 'nytt-samtykke.pdf',
      mimeType: 'application/pdf',
      buffer: consentPdf,
    });
    await expectAccessible(page, 'reopen form (unit leader)');
    await item.getByRole('button', { name: 'Gjenåpne loggen' }).click();
    await waitForText(page, 'Loggen er gjenåpnet.');
    expect(
      await page
        .locator('article')
        .filter({ has: page.getByRole('heading', { name: tuva.name }) })
        .count(),
    ).toBe(0);

    // Deleting the other one waits for its archive PDF, and the page says so.
    const other = page
      .locator('article')
      .filter({ has: page.getByRole('heading', { name: iver.name }) });
    await other.getByText('Slett', { exact: true }).click();
    await other.getByLabel(/Jeg vil slette loggen/).check();
    await other.getByRole('button', { name: 'Slett loggen' }).click();
    await waitForText(page, /arkiv-PDF-en er laget/);
    await expectAccessible(page, 'delete refused (unit leader)');

    await holder.goto(logUrl(tuva.name));
    expect(await mainText(holder)).not.toContain('Loggen er avsluttet (passiv)');
    expect(await mainText(holder)).toContain('Aktiv');
  });

  it('the new pages fit a phone', async () => {
    const phone = await newPage('Anne Solberg', 360);
    await phone.goto(`${logUrl(tuva.name)}/trekk-samtykke`);
    await expectFitsPhone(phone, 'withdraw consent');
    await expectAccessible(phone, 'withdraw consent (phone)');
    await phone.goto(`${logUrl(tuva.name)}/slett-foresporsel`);
    await expectFitsPhone(phone, 'deletion request');
    const leader = await newPage('Ingrid Berg', 360);
    const me = (await (await leader.request.get(`${webUrl}/api/v1/me`)).json()) as {
      roles: { role: string; unit?: { id: string } }[];
    };
    const unitId = me.roles.find((r) => r.role === 'unit_leader')?.unit?.id;
    await leader.goto(`${webUrl}/oslo/enheter/${unitId}/avsluttede-logger`);
    await expectFitsPhone(leader, 'closed logs');
    await holder.setViewportSize({ width: 360, height: 800 });
    await holder.goto(`${logUrl(tuva.name)}/avslutt`);
    await expectFitsPhone(holder, 'close the log');
  });
});
