/**
 * What the log journeys share: reading the page, the consent file, and the holder's forms for
 * attentions and measures, by their labels as a person sees them.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A minimal PDF: the API knows a PDF by its signature and its end marker. */
export const consentPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

export async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').textContent()) ?? '';
}

/** Waits until `scope` (the main area by default) says `text`, e.g. after an enhanced form. */
export async function waitForText(page: Page, text: string | RegExp, scope?: Locator) {
  try {
    await (scope ?? page.getByRole('main')).getByText(text).first().waitFor({ timeout: 15_000 });
  } catch (err) {
    throw new Error(`"${text}" not on ${page.url()}; the page says: ${await mainText(page)}`, {
      cause: err,
    });
  }
}

/** On a phone (360 px wide) nothing makes the page scroll sideways. */
export async function expectFitsPhone(page: Page, label: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${label} is ${width} px wide`).toBeLessThanOrEqual(360);
}

export async function attachConsent(page: Page) {
  await page.getByLabel('Det signerte samtykket').setInputFiles({
    name: 'samtykke.pdf',
    mimeType: 'application/pdf',
    buffer: consentPdf,
  });
}

/**
 * Opens a page and waits until the app has started on it (SvelteKit's router sets
 * history.scrollRestoration to 'manual' then), as meetings.e2e.ts does. Before that the page is
 * the server's HTML: a panel opened then is closed again when the app takes over, and a form is
 * sent without keeping drafts. On a slow machine that takes seconds after the load event.
 */
export async function openPage(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => history.scrollRestoration === 'manual');
}

/** The card of the attention with this describing sentence. */
export const attentionCard = (page: Page, description: string) =>
  page.locator('article').filter({ has: page.getByRole('heading', { name: description }) });

/**
 * Opens the <details> panel around a form unless it is open. Asks the panel's open property, not
 * the form's visibility: a panel shutting after the previous save stays visible while it closes.
 */
async function openPanel(scope: Page | Locator, formAction: string, summary: string) {
  const panel = scope.locator(`details:has(form[action="${formAction}"])`);
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await scope.getByText(summary, { exact: true }).click();
  }
}

export async function addAttention(
  page: Page,
  a: { description: string; goal: string; signs: string; category?: string },
) {
  const form = page.locator('form[action="?/addAttention"]');
  await openPanel(page, '?/addAttention', 'Legg til en oppmerksomhet');
  // The first of the municipality's categories unless one is named: another journey may have
  // changed the list.
  const category = form.getByLabel('Kategori');
  if (a.category) await category.selectOption(a.category);
  else await category.selectOption({ index: 1 });
  await form.getByLabel('Oppmerksomhet', { exact: true }).fill(a.description);
  await form.getByLabel(/^Mål/).fill(a.goal);
  await form.getByLabel(/^Kjennetegn/).fill(a.signs);
  await form.getByRole('button', { name: 'Lagre oppmerksomheten' }).click();
  await waitForText(page, a.description, page.getByRole('heading', { name: a.description }));
}

export type Party = 'Tjenesten (en aktør)' | 'Hjemmet (foresatte)' | 'Barnet';

export async function addMeasure(
  page: Page,
  description: string,
  party: Party,
  text: string,
  actor?: string,
) {
  const where = attentionCard(page, description);
  const form = where.locator('form[action="?/addMeasure"]');
  await openPanel(where, '?/addMeasure', 'Legg til et tiltak');
  await form.getByLabel('Tiltak', { exact: true }).fill(text);
  await form.getByLabel(party, { exact: true }).check();
  if (actor) {
    const select = form.getByLabel('Aktør i tjenesten');
    const value = await select.locator('option', { hasText: actor }).getAttribute('value');
    await select.selectOption(value ?? '');
  }
  await form.getByRole('button', { name: 'Lagre tiltaket' }).click();
  await waitForText(page, text, where.getByRole('heading', { name: text }));
}

/**
 * Creates a log through the API, through the web origin, as the signed-in holder on `page` (for
 * journeys whose subject is not the create form). Returns the new log's id.
 */
export async function createLogThroughApi(
  page: Page,
  webUrl: string,
  log: {
    unitName: string;
    child: { name: string; nationalId: string };
    guardian: { name: string; nationalId: string };
  },
): Promise<string> {
  const me = (await (await page.request.get(`${webUrl}/api/v1/me`)).json()) as {
    roles: { role: string; unit?: { id: string; name: string } }[];
  };
  const unitId = me.roles.find((r) => r.role === 'holder' && r.unit?.name === log.unitName)?.unit
    ?.id;
  expect(unitId, `the person holds logs in ${log.unitName}`).toBeTruthy();
  const created = await page.request.post(`${webUrl}/api/v1/logs`, {
    headers: { origin: webUrl },
    multipart: {
      data: JSON.stringify({
        unitId,
        child: log.child,
        guardians: [{ ...log.guardian, email: null, phone: null }],
        level: 2,
        consent: {
          consentedBy: log.guardian.name,
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
  return ((await created.json()) as { id: string }).id;
}
