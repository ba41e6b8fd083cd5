import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';
import { expectFitsPhone, mainText, waitForText } from '../logs';

/**
 * The leader dashboards and deadlines (issue 5; DOMAIN.md S1–S4) on the demo data: Ingrid Berg
 * finds Lukas Andersen's overdue evaluations on Nordberg skole's deadline list and opens her
 * overview of his log; Per Hansen compares the units of Nordre Aker and drills into one; Kari
 * Nordmann sees the municipality's coverage against the 10 % goal. On every dashboard each
 * chart is a figure with its one-line summary and a table of the same numbers; axe on every
 * page; a malformed period in the address is named beside its field, not an error page.
 */
const webUrl = inject('webUrl');
// A dashboard with eight charts, their tables opened one by one and axe over all of it takes a
// while on a loaded machine.
const DASHBOARD_JOURNEY_MS = 120_000;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
});

async function as(name: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, webUrl, 'oslo', name);
  return page;
}

/** The last n months up to this one in Norway, as the form takes them and the page says them. */
function lastMonths(n: number) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - n, 1));
  const last = new Date(Date.UTC(y, m - 1, 1));
  const month = (d: Date) => d.toISOString().slice(0, 7);
  const words = (d: Date) =>
    new Intl.DateTimeFormat('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  return { from: month(first), to: month(last), shown: `${words(first)} – ${words(last)}` };
}

/** Waits until SvelteKit has hydrated the page, so clicks are not undone. */
async function hydrated(page: Page) {
  await page.waitForFunction(() => history.scrollRestoration === 'manual');
}

/**
 * (d) Every chart is a figure: its caption says in one sentence what it shows, the canvas is an
 * image named by that sentence (drawn by chart.js), and a table of the same numbers is right
 * under it, in a details element that opens. Returns the captions.
 */
async function expectChartsWithTables(page: Page, label: string): Promise<string[]> {
  const figures = page.locator('main figure');
  const count = await figures.count();
  expect(count, `${label}: charts`).toBeGreaterThanOrEqual(8);
  // chart.js has drawn every canvas (it sizes them once it has).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('main figure canvas')].every(
        (c) => (c as HTMLCanvasElement).style.height !== '',
      ),
    undefined,
    { timeout: 15_000 },
  );
  const captions: string[] = [];
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const caption = ((await figure.locator('figcaption').textContent()) ?? '').trim();
    expect(caption, `${label}: figure ${i} has a summary`).not.toBe('');
    captions.push(caption);
    const canvas = figure.locator('canvas');
    if ((await canvas.count()) > 0) {
      await expect(canvas.getAttribute('role')).resolves.toBe('img');
      await expect(canvas.getAttribute('aria-label')).resolves.toBe(caption);
    }
    const table = figure.locator('details table');
    await expect(table.count(), `${label}: figure "${caption}" has its table`).resolves.toBe(1);
    // The table opens, and has the numbers: a header row and at least one row of figures.
    await figure.locator('details > summary').click();
    await table.waitFor({ state: 'visible' });
    expect(
      await table.locator('tbody tr').count(),
      `${label}: rows of "${caption}"`,
    ).toBeGreaterThan(0);
    expect(await table.locator('thead th').count()).toBeGreaterThan(1);
  }
  // Every table on the page (charts' and the others) can be downloaded as CSV.
  const tables = await page.locator('main table').count();
  expect(await page.getByRole('link', { name: /^Last ned CSV/ }).count()).toBe(tables);
  return captions;
}

describe('a unit leader follows up the deadlines of her unit (S3)', () => {
  it(
    'Ingrid Berg sees Lukas Andersen’s overdue evaluation and opens her overview of the log',
    async () => {
      const page = await as('Ingrid Berg');
      await page.goto(`${webUrl}/oslo/hjem`);
      await page.getByRole('link', { name: 'Frister – Nordberg skole' }).click();
      await page.waitForURL(/\/oslo\/enheter\/[0-9a-f-]+\/frister$/);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
        'Frister i Nordberg skole',
      );
      await expectAccessible(page, 'deadline list');

      const overdue = page.locator('#frist-evaluation_overdue');
      await expect(overdue.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
        /^Evaluering på overtid\s*\(\d+\)$/,
      );
      const lukas = overdue.locator('li.item').filter({ hasText: 'Lukas Andersen' }).first();
      const text = (await lukas.textContent()) ?? '';
      expect(text).toContain('Ola Johansen');
      expect(text).toMatch(/\d+ dager? over fristen/);

      // Ingrid does not hold the log and has no grant: the way in is her overview (C8).
      await lukas.getByRole('link', { name: /^Se oversikten til Lukas Andersen/ }).click();
      await page.waitForURL(/\/oslo\/enheter\/[0-9a-f-]+\/logger\/[0-9a-f-]+$/);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Stafettloggen til Lukas Andersen',
      );
      const overview = await mainText(page);
      expect(overview).toContain(
        'Innholdet i loggen er bare for stafettholderen, familien og dem som har fått tilgang.',
      );
      expect(overview).toContain('Ola Johansen');
      expect(overview).toMatch(/Evaluering på overtid/);
      // Nothing of the content: the attention's describing sentence stays in the log.
      expect(overview).not.toContain('kommer for sent til første time');
      const transfer = page.getByRole('link', { name: 'Start overføring' });
      await expect(transfer.getAttribute('href')).resolves.toMatch(
        /^\/oslo\/logger\/[0-9a-f-]+\/overfor\?fra=%2Foslo%2Fenheter%2F/,
      );
      await expectAccessible(page, 'overview of a log');
    },
    DASHBOARD_JOURNEY_MS,
  );

  it(
    'Ingrid Berg’s unit dashboard names the holders (her own unit) and leads to the deadlines',
    async () => {
      const page = await as('Ingrid Berg');
      await page.goto(`${webUrl}/oslo/statistikk`);
      await page.getByRole('link', { name: 'Statistikk for Nordberg skole' }).click();
      await page.waitForURL(/\/oslo\/statistikk\/enheter\/[0-9a-f-]+$/);
      await hydrated(page);
      await expectChartsWithTables(page, 'unit dashboard');
      const workload = page.locator('table', {
        has: page.locator('caption', { hasText: 'Aktive logger per stafettholder' }),
      });
      await expect(workload.textContent()).resolves.toContain('Ola Johansen');
      await expect(
        page.getByRole('link', { name: 'Se fristene med navn og følg dem opp' }).count(),
      ).resolves.toBe(1);
      await expectAccessible(page, 'unit dashboard (its leader, tables open)');
    },
    DASHBOARD_JOURNEY_MS,
  );
});

describe('a district leader compares the units of his district (S1)', () => {
  it(
    'Per Hansen filters Nordre Aker by unit type and drills into Nordberg skole',
    async () => {
      const page = await as('Per Hansen');
      await page.goto(`${webUrl}/oslo/hjem`);
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Statistikk' })
        .click();
      await page.waitForURL('**/oslo/statistikk');
      await hydrated(page);
      await expectAccessible(page, 'statistics entry (district leader)');
      await page.getByRole('link', { name: 'Statistikk for Nordre Aker' }).click();
      await page.waitForURL(/\/oslo\/statistikk\/omrader\/[0-9a-f-]+$/);
      await hydrated(page);

      const rows = page.locator('table', {
        has: page.locator('caption', { hasText: 'Tall per enhet' }),
      });
      const units = await rows.locator('tbody th[scope="row"]').allTextContents();
      expect(units.map((u) => u.trim())).toEqual(
        expect.arrayContaining([
          'Nordberg skole',
          'Nordre Aker helsestasjon',
          'Korsvoll barnehage',
        ]),
      );
      await expect(rows.locator('thead th').allTextContents()).resolves.toEqual(
        expect.arrayContaining(['Dekning', 'Aktive logger']),
      );
      const captions = await expectChartsWithTables(page, 'district dashboard');
      expect(captions.some((c) => /enheter når målet på 10\s%/.test(c))).toBe(true);
      // Beyond his own units' counts, nothing by name (S4).
      const text = await mainText(page);
      expect(text).not.toContain('Lukas Andersen');
      expect(text).not.toContain('Ola Johansen');
      await expectAccessible(page, 'district dashboard');

      // The filter form is a GET form: only schools.
      await page.getByLabel('Enhetstype').selectOption({ label: 'Skole' });
      await page.getByRole('button', { name: 'Vis tallene' }).click();
      await page.waitForURL(/unitType=school/);
      await waitForText(page, 'Viser bare enheter av typen skole.');
      const schools = (await rows.locator('tbody th[scope="row"]').allTextContents()).map((u) =>
        u.trim(),
      );
      expect(schools).toContain('Nordberg skole');
      expect(schools).not.toContain('Korsvoll barnehage');

      // Drill down: the unit's dashboard, with the way back to the district.
      await rows.getByRole('link', { name: 'Nordberg skole' }).click();
      await page.waitForURL(/\/oslo\/statistikk\/enheter\/[0-9a-f-]+/);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Statistikk for Nordberg skole',
      );
      await expect(
        page.getByRole('link', { name: 'Tilbake til Nordre Aker' }).count(),
      ).resolves.toBe(1);
      await expectChartsWithTables(page, 'unit dashboard (district leader)');
      // The district leader sees counts, not who holds the logs (S4).
      const unitText = await mainText(page);
      expect(unitText).not.toContain('Ola Johansen');
      expect(unitText).toContain('Stafettholdere og aktive logger');
      await expectAccessible(page, 'unit dashboard (district leader)');
    },
    DASHBOARD_JOURNEY_MS,
  );

  it(
    'fits a phone',
    async () => {
      const page = await as('Per Hansen', 360);
      await page.goto(`${webUrl}/oslo/statistikk`);
      await page.getByRole('link', { name: 'Statistikk for Nordre Aker' }).click();
      await page.waitForURL(/\/oslo\/statistikk\/omrader\/[0-9a-f-]+$/);
      await hydrated(page);
      await expectFitsPhone(page, 'district dashboard on a phone');
      await expectAccessible(page, 'district dashboard on a phone');
    },
    DASHBOARD_JOURNEY_MS,
  );
});

describe('the municipality admin sees the municipality by district (S1, S2)', () => {
  it(
    'Kari Nordmann sees coverage against the 10 % goal and downloads a table as CSV',
    async () => {
      const page = await as('Kari Nordmann');
      await page.goto(`${webUrl}/oslo/statistikk`);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Statistikk for Oslo kommune',
      );
      const headline = page.locator('section', {
        has: page.getByRole('heading', { name: 'Hovedtall' }),
      });
      const figures = (await headline.textContent()) ?? '';
      expect(figures).toMatch(/Dekning\s*\d+(,\d+)?\s%/);
      expect(figures).toMatch(/målet på 10\s%/);
      expect(figures).toMatch(/20\s%–25\s%/);

      const rows = page.locator('table', {
        has: page.locator('caption', { hasText: 'Tall per område' }),
      });
      const districts = (await rows.locator('tbody th[scope="row"]').allTextContents()).map((d) =>
        d.trim(),
      );
      expect(districts).toContain('Nordre Aker');
      // A district drills down to its units, never further (S4).
      await expect(
        rows.getByRole('link', { name: 'Nordre Aker' }).getAttribute('href'),
      ).resolves.toMatch(/^\/oslo\/statistikk\/omrader\/[0-9a-f-]+$/);

      const captions = await expectChartsWithTables(page, 'municipality dashboard');
      const coverage = captions.find((c) => c.startsWith('Dekningen i Oslo kommune'));
      expect(coverage).toMatch(/målet på 10\s%/);
      expect(coverage).toMatch(/av \d+ områder når målet/);
      await expect(page.locator('main').textContent()).resolves.toMatch(/Tallene ble oppdatert/);
      await expectAccessible(page, 'municipality dashboard (tables open)');

      const csvHref = await page
        .getByRole('link', { name: /^Last ned CSV for Tall per område/ })
        .getAttribute('href');
      expect(csvHref).toMatch(
        /^\/oslo\/statistikk\/csv\?tabell=rows&from=\d{4}-\d{2}&to=\d{4}-\d{2}$/,
      );
      const csv = await page.request.get(`${webUrl}${csvHref}`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers()['content-disposition']).toMatch(
        /^attachment; filename="stafett-rows-oslo-kommune-\d{4}-\d{2}-\d{4}-\d{2}\.csv"$/,
      );
      const body = await csv.text();
      expect(body.split('\r\n')[0]).toBe(
        '\uFEFFOmråde;Barn og unge;Aktive logger;Dekning (%);Opprettet;Avsluttet;Stafettholdere',
      );
      expect(body).toMatch(/\r\nNordre Aker;\d+;\d+;/);
    },
    DASHBOARD_JOURNEY_MS,
  );

  it(
    'a malformed period in the address is named beside its field, not an error page',
    async () => {
      const page = await as('Kari Nordmann');
      const response = await page.goto(`${webUrl}/oslo/statistikk?from=2026-13&to=2026`);
      expect(response?.status()).toBe(200);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Statistikk for Oslo kommune',
      );
      const from = page.getByLabel('Fra måned');
      await expect(from.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(from.inputValue()).resolves.toBe('2026-13');
      const message = 'Skriv måneden som ÅÅÅÅ-MM, for eksempel 2026-01.';
      await expect(page.locator('#stats-filter-from-error').textContent()).resolves.toContain(
        message,
      );
      await expect(page.locator('.ds-error-summary').textContent()).resolves.toContain(message);
      await expect(page.locator('main figure').count()).resolves.toBe(0);
      await expectAccessible(page, 'municipality dashboard with a malformed period');

      // Corrected in the same form, the figures come: the last six months.
      const { from: start, to: end, shown } = lastMonths(6);
      await from.fill(start);
      await page.getByLabel('Til måned').fill(end);
      await page.getByRole('button', { name: 'Vis tallene' }).click();
      await page.waitForURL(new RegExp(`from=${start}&to=${end}`));
      await waitForText(page, shown);
      await expect(page.locator('main figure').count()).resolves.toBeGreaterThanOrEqual(8);
    },
    DASHBOARD_JOURNEY_MS,
  );
});
