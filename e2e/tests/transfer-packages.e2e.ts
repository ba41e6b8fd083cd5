import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';
import { addAttention, createLogThroughApi, mainText, openPage, waitForText } from '../logs';

/**
 * X4: a family moves from Oslo to Haugesund. The holder sends the log with one of its two
 * attentions; Haugesund's unit leader takes it into the school with a holder; the new holder
 * reads it with its history; in Oslo the log is closed.
 */
const webUrl = inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const child = { name: 'Theo Flyttmann', nationalId: makeSyntheticNationalId('2014-10-10', 931) };
const guardian = { name: 'Ida Flyttmann', nationalId: makeSyntheticNationalId('1982-01-21', 932) };
const goesAlong = 'Theo leser saktere enn de andre i klassen.';
const staysBehind = 'Theo glemmer gymtøyet om mandagene.';

describe('a log to another municipality (X4)', () => {
  it('Oslo sends it, Haugesund takes it in with a holder, and Oslo’s copy closes', async () => {
    const oslo = await browser.newContext();
    const ola = await oslo.newPage();
    await signIn(ola, webUrl, 'oslo', 'Ola Johansen');
    const logId = await createLogThroughApi(ola, webUrl, {
      unitName: 'Nordberg skole',
      child,
      guardian,
    });
    await openPage(ola, `${webUrl}/oslo/logger/${logId}`);
    const signs = 'Theo leser en side høyt uten hjelp.';
    await addAttention(ola, {
      description: goesAlong,
      goal: 'Theo leser 20 minutter hver dag.',
      signs,
    });
    await addAttention(ola, { description: staysBehind, goal: 'Theo har gymtøy med.', signs });

    await ola.getByRole('link', { name: 'Overfør loggen' }).click();
    await ola.getByRole('link', { name: 'Overfør til en annen kommune' }).click();
    await expectAccessible(ola, 'sending to another municipality');
    await ola
      .getByLabel('Kommunen barnet flytter til')
      .selectOption({ label: 'Haugesund kommune' });
    await ola
      .getByLabel('Hvorfor loggen overføres')
      .fill('Familien flytter til Haugesund i januar.');
    await ola.getByLabel(goesAlong).check();
    await ola.getByRole('button', { name: 'Send loggen' }).click();
    await waitForText(ola, 'Venter på Haugesund kommune');

    const haugesund = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const silje = await haugesund.newPage();
    await signIn(silje, webUrl, 'haugesund', 'Silje Vik');
    await silje.goto(`${webUrl}/haugesund/overforinger`);
    await silje.getByRole('link', { name: 'Logger fra andre kommuner' }).click();
    const card = silje.getByRole('article').filter({ hasText: child.name });
    await expect(card.textContent()).resolves.toContain('Fra Oslo kommune');
    await expect(card.textContent()).resolves.not.toContain(goesAlong);
    await expectAccessible(silje, 'logs from other municipalities');
    await card.getByLabel('Ny stafettholder').selectOption({ label: 'Tor Haugland' });
    await card.getByRole('button', { name: 'Ta imot loggen' }).click();
    await waitForText(silje, 'Loggen er tatt imot.');

    const torContext = await browser.newContext();
    const tor = await torContext.newPage();
    await signIn(tor, webUrl, 'haugesund', 'Tor Haugland');
    await tor.goto(`${webUrl}/haugesund/logger`);
    await tor.getByRole('link', { name: child.name }).click();
    await waitForText(tor, goesAlong);
    await expect(mainText(tor)).resolves.not.toContain(staysBehind);
    await expect(mainText(tor)).resolves.toContain('Fra Oslo kommune');
    await expectAccessible(tor, 'the log in its new municipality');

    await ola.goto(`${webUrl}/oslo/logger/${logId}`);
    await expect(mainText(ola)).resolves.toMatch(/avsluttet|passiv/i);
    for (const c of [oslo, haugesund, torContext]) await c.close();
  }, 120_000);
});
