import { demoPeople } from '@stafett/db/demo';
import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';
import {
  addAttention as addAttentionWith,
  addMeasure,
  attentionCard as card,
  consentPdf,
  expectFitsPhone,
  mainText,
  openPage,
  waitForText,
} from '../logs';

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

// A new child (synthetic id, born 2016) whose guardian is the demo's Anne Solberg.
const child = { name: 'Nora Solberg', nationalId: makeSyntheticNationalId('2016-05-09', 733) };
const anne = demoPeople.find((p) => p.name === 'Anne Solberg');
if (!anne) throw new Error('The demo has no Anne Solberg');

const attention1 = 'Nora sier lite når hele klassen er samlet.';
const attention2 = 'Nora kommer for sent til første time to dager i uka.';
const serviceMeasure = 'Jonas øver med Nora i en liten gruppe hver tirsdag.';
const homeMeasure = 'Mamma leser med Nora og lar henne fortelle om boka hver kveld.';
const childMeasure = 'Nora rekker opp hånda én gang hver dag i samlingsstund.';
const brightSpot = 'Nora fortalte om helgen sin til hele klassen i dag!';

let logId = '';
let logUrl = '';

async function newPage(name: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, webUrl, 'oslo', name);
  return page;
}

/** This file's attentions share their signs of success. */
const addAttention = (page: Page, description: string, goal: string, category?: string) =>
  addAttentionWith(page, {
    description,
    goal,
    signs: 'Læreren hører Nora svare i samling.',
    ...(category ? { category } : {}),
  });

describe('the log page', () => {
  it('the holder (Ola Johansen) opens a new log and builds an attention with three measures', async () => {
    const page = await newPage('Ola Johansen');
    // The log is created through the API through the web origin (the page under test is the
    // log page, not the create form).
    const me = (await (await page.request.get(`${webUrl}/api/v1/me`)).json()) as {
      roles: { role: string; unit?: { id: string; name: string } }[];
    };
    const unitId = me.roles.find((r) => r.role === 'holder' && r.unit?.name === 'Nordberg skole')
      ?.unit?.id;
    expect(unitId).toBeTruthy();
    const created = await page.request.post(`${webUrl}/api/v1/logs`, {
      headers: { origin: webUrl },
      multipart: {
        data: JSON.stringify({
          unitId,
          child,
          guardians: [{ nationalId: anne.nationalId, name: anne.name, email: null, phone: null }],
          level: 2,
          consent: {
            consentedBy: anne.name,
            byYouth: false,
            consentedOn: '2026-11-20',
            validUntil: '2030-11-20',
            services: ['school', 'ppt'],
          },
        }),
        consentFile: { name: 'samtykke.pdf', mimeType: 'application/pdf', buffer: consentPdf },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    logId = ((await created.json()) as { id: string }).id;
    logUrl = `${webUrl}/oslo/logger/${logId}`;

    await openPage(page, logUrl);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      child.name,
    );
    const header = await mainText(page);
    expect(header).toContain('Anne Solberg');
    expect(header).toContain('Nivå 2: flere tjenester i kommunen samarbeider');
    expect(header).toContain('Last ned samtykket');
    await expectAccessible(page, 'new log (holder)');

    // A describing sentence is required: the error is in the summary and next to the field.
    await page
      .locator('form[action="?/addAttention"]')
      .getByLabel('Kategori')
      .selectOption('Språk og kommunikasjon');
    await page.getByRole('button', { name: 'Lagre oppmerksomheten' }).click();
    await waitForText(page, 'Dette må rettes før du kan lagre:');
    await expect(
      page
        .locator('form[action="?/addAttention"]')
        .getByLabel('Oppmerksomhet', { exact: true })
        .getAttribute('aria-invalid'),
    ).resolves.toBe('true');

    // The category is one of the municipality's (Oslo's own list, not the guide's defaults).
    const addForm = page.locator('form[action="?/addAttention"]');
    await expect(
      addForm
        .getByLabel('Kategori')
        .locator('option', { hasText: 'Oppmerksomhet og konsentrasjon' })
        .count(),
    ).resolves.toBe(1);

    await addAttention(page, attention1, 'Nora sier minst én setning i samlingsstund hver dag.');
    const first = card(page, attention1);
    await waitForText(page, 'Tjenesten 0 · Hjemmet 0 · Barnet 0', first);
    // The deadline's hint names Oslo's default periods.
    await expect(first.textContent()).resolves.toContain(
      '42 dager fra start (21 dager for praktiske tiltak)',
    );

    await addMeasure(page, attention1, 'Tjenesten (en aktør)', serviceMeasure, 'Jonas Bakke');
    await waitForText(page, 'Tjenesten: Jonas Bakke (PPT Nordre Aker)', first);
    await waitForText(page, 'Det mangler et aktivt tiltak for hjemmet og barnet', first);
    await addMeasure(page, attention1, 'Hjemmet (foresatte)', homeMeasure);
    await addMeasure(page, attention1, 'Barnet', childMeasure);
    await waitForText(page, 'Tjenesten 1 · Hjemmet 1 · Barnet 1', first);
    expect(await first.textContent()).not.toContain('Det mangler et aktivt tiltak');
    const ladder = await first.locator('ol').first().textContent();
    expect(ladder).toMatch(/Trinn 1.*Trinn 2.*Trinn 3/s);
    await expectAccessible(page, 'log with an attention and three measures (holder)');
  });

  it('the guardian (Anne Solberg) reads the log and writes a bright spot, also on a phone', async () => {
    const page = await newPage('Anne Solberg', 360);
    await openPage(page, logUrl);
    await page.getByRole('heading', { name: attention1 }).waitFor();
    const text = await mainText(page);
    expect(text).toContain(serviceMeasure);
    expect(text).toContain('Hvem har lest loggen');
    // The family reads; only the holder writes the log.
    await expect(page.locator('form[action="?/addMeasure"]').count()).resolves.toBe(0);
    await expect(page.locator('form[action="?/addAttention"]').count()).resolves.toBe(0);
    await expectFitsPhone(page, 'log page (guardian, 360 px)');
    await expectAccessible(page, 'log page (guardian, 360 px)');

    await page.getByLabel('Skriv et lysglimt').fill(brightSpot);
    await page.getByRole('button', { name: 'Del lysglimtet' }).click();
    const stream = page.getByRole('list', { name: 'Alle lysglimt, nyeste først' });
    await stream.waitFor({ timeout: 15_000 });
    await waitForText(page, brightSpot, stream);
    await waitForText(page, /Anne Solberg, /, stream);
    // Saved: the form is empty again.
    await expect(page.getByLabel('Skriv et lysglimt').inputValue()).resolves.toBe('');
    await expectFitsPhone(page, 'bright spots (guardian, 360 px)');
    await expectAccessible(page, 'bright spots (guardian, 360 px)');

    // Who has read the log: Anne's own read is there.
    const reads = page.locator('#lest');
    await waitForText(page, 'Anne Solberg', reads);
  });

  it('the actor (Jonas Bakke) sees only the attention where he has a measure', async () => {
    const holder = await newPage('Ola Johansen');
    await openPage(holder, logUrl);
    await addAttention(holder, attention2, 'Nora er på skolen når første time begynner.');
    await addMeasure(holder, attention2, 'Hjemmet (foresatte)', 'Pappa følger Nora til skolen.');
    await waitForText(holder, brightSpot);

    const page = await newPage('Jonas Bakke');
    await openPage(page, logUrl);
    await page.getByRole('heading', { name: attention1 }).waitFor();
    const text = await mainText(page);
    expect(text).toContain('Du ser oppmerksomhetene der du har et tiltak.');
    expect(text).not.toContain(attention2);
    expect(text).toContain(serviceMeasure);
    await expect(page.locator('form[action="?/addMeasure"]').count()).resolves.toBe(0);
    await expectAccessible(page, 'log page (actor)');
  });

  it('the holder evaluates the service measure green, with the family’s view', async () => {
    const page = await newPage('Ola Johansen');
    await openPage(page, logUrl);
    const measure = page
      .locator('article')
      .filter({ has: page.getByRole('heading', { name: serviceMeasure }) })
      .last();
    await measure.getByText('Evaluer tiltaket', { exact: true }).click();
    const form = measure.locator('form[action="?/evaluate"]');
    await form.getByLabel('Virket', { exact: true }).check();
    await form.getByLabel(/^Kommentar/).fill('Nora svarer oftere i gruppen.');
    await form.getByLabel(/^Familiens syn/).fill('Hun sier at det hjelper å øve først.');
    await form.getByLabel('Fortsette tiltaket').check();
    await form.getByRole('button', { name: 'Lagre evalueringen' }).click();
    await waitForText(page, '«Hun sier at det hjelper å øve først.»', measure);
    const evaluated = (await measure.textContent()) ?? '';
    expect(evaluated).toContain('Virket');
    expect(evaluated).toContain('Evaluert');
    // Evaluated once: the form is gone.
    await expect(measure.locator('form[action="?/evaluate"]').count()).resolves.toBe(0);
    await expectAccessible(page, 'evaluated measure (holder)');

    await page.setViewportSize({ width: 360, height: 800 });
    await expectFitsPhone(page, 'log page (holder, 360 px)');
    await expectAccessible(page, 'log page (holder, 360 px)');
  });

  it('the holder writes a log note with an attachment; the family can download it', async () => {
    const page = await newPage('Ola Johansen');
    await openPage(page, logUrl);
    const where = card(page, attention1);
    await where.getByText('Skriv et notat til oppmerksomheten', { exact: true }).click();
    const form = where.locator('form[action="?/addNote"]');
    const note = 'Øvelsene fra fysioterapeuten ligger vedlagt.';
    await form.getByLabel('Notat', { exact: true }).fill(note);
    await expect(
      form
        .getByText('Frarådes: loggen er familiens, og de skal kunne lese alt.', { exact: false })
        .count(),
    ).resolves.toBe(1);
    await form.getByRole('button', { name: 'Lagre notatet' }).click();
    const item = where.locator('article').filter({ hasText: note });
    await waitForText(page, note, item);
    await item.getByLabel('Legg ved en fil').setInputFiles({
      name: 'ovelser.pdf',
      mimeType: 'application/pdf',
      buffer: consentPdf,
    });
    await item.getByRole('button', { name: 'Last opp vedlegget' }).click();
    await waitForText(page, 'ovelser.pdf', item.getByRole('link'));
    await expectAccessible(page, 'log note with an attachment');

    const family = await newPage('Anne Solberg');
    await openPage(family, logUrl);
    const link = card(family, attention1).getByRole('link', { name: 'ovelser.pdf' });
    const href = await link.getAttribute('href');
    const file = await family.request.get(`${webUrl}${href}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
  });

  it('two holders save the same goal: the second sees both texts and chooses (409)', async () => {
    const first = await newPage('Ola Johansen');
    const second = await newPage('Ola Johansen');
    await openPage(first, logUrl);
    await openPage(second, logUrl);
    const edit = (page: Page) => {
      const where = card(page, attention1);
      return { where, form: where.locator('form[action="?/editAttention"]') };
    };

    const a = edit(first);
    await a.where.getByText('Endre oppmerksomhet og mål', { exact: true }).click();
    await a.form.getByLabel(/^Mål/).fill('Nora sier to setninger i samlingsstund hver dag.');
    await a.form.getByRole('button', { name: 'Lagre endringene' }).click();
    await waitForText(
      first,
      'Nora sier to setninger i samlingsstund hver dag.',
      a.where.locator('dd'),
    );

    // The second page still has the old version.
    const b = edit(second);
    await b.where.getByText('Endre oppmerksomhet og mål', { exact: true }).click();
    const mine = 'Nora sier én setning i samlingsstund og én i gruppa hver dag.';
    await b.form.getByLabel(/^Mål/).fill(mine);
    await b.form.getByRole('button', { name: 'Lagre endringene' }).click();
    await waitForText(second, 'Noen andre har lagret en endring i «Mål» mens du skrev', b.form);
    await expect(b.form.getByLabel(/^Mål/).inputValue()).resolves.toBe(mine);
    await expectAccessible(second, 'conflict on the goal');

    await b.form.getByRole('button', { name: 'Bruk min tekst' }).click();
    await b.form.getByRole('button', { name: 'Lagre endringene' }).click();
    await waitForText(second, mine, b.where.locator('dd'));
  });

  it('a bright spot can be written without JavaScript', async () => {
    const signedIn = await newPage('Anne Solberg', 360);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 800 },
      storageState: await signedIn.context().storageState(),
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(logUrl);
    const text = 'Nora leste høyt for lillebroren sin i går.';
    // Submitting empty: the message is on the page, nothing is saved.
    await page.getByRole('button', { name: 'Del lysglimtet' }).click();
    await waitForText(page, 'Dette må rettes før du kan lagre:');
    await page.getByLabel('Skriv et lysglimt').fill(text);
    await page.getByRole('button', { name: 'Del lysglimtet' }).click();
    await waitForText(page, text, page.getByRole('list', { name: 'Alle lysglimt, nyeste først' }));
    await expectFitsPhone(page, 'bright spot without JavaScript');
  });

  it('a form opened while the page is still loading stays open when the app starts', async () => {
    const page = await newPage('Ola Johansen');
    // Hold the app's code back until the person has opened the panel.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_app/immutable/**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(logUrl, { waitUntil: 'domcontentloaded' });
    await page.getByText('Legg til en oppmerksomhet', { exact: true }).click();
    const panel = page.locator('details:has(form[action="?/addAttention"])');
    await expect(panel.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    release();
    await page.waitForFunction(() => history.scrollRestoration === 'manual');
    await expect(panel.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);

    // Saved from the keyboard: the panel shuts, and focus stays on its summary, not <body>.
    const form = panel.locator('form');
    await form.getByLabel('Kategori').selectOption({ index: 1 });
    const description = 'Nora blir sliten etter lange skoledager.';
    await form.getByLabel('Oppmerksomhet', { exact: true }).fill(description);
    await form.getByLabel(/^Mål/).fill('Nora har overskudd etter skolen.');
    await form.getByLabel(/^Kjennetegn/).fill('Nora vil leke etter skolen tre dager i uken.');
    await form.getByRole('button', { name: 'Lagre oppmerksomheten' }).press('Enter');
    await waitForText(page, description, page.getByRole('heading', { name: description }));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Legg til en oppmerksomhet');
  });
});
