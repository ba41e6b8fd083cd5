import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPeople } from '@stafett/db/demo';
import { makeSyntheticNationalId } from '@stafett/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn } from '../browser';
import { consentPdf, mainText, waitForText } from '../logs';

/**
 * The archive (DOMAIN.md L8, issue 6 item 5): the holder of a kindergarten log makes the archive
 * PDF from the log's archive page, downloads it and marks the obligation archived with a journal
 * number; the unit leader sees the unit's open obligations and downloads the Noark 5 package.
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

// A new child at Korsvoll barnehage (synthetic id), the demo's Marte Haugen as guardian; a log of
// its own so that other journeys (transfers, closing) cannot change it underneath.
const child = { name: 'Tiril Haugen', nationalId: makeSyntheticNationalId('2022-02-14', 611) };
const marte = demoPeople.find((p) => p.name === 'Marte Haugen');
if (!marte) throw new Error('The demo has no Marte Haugen');

let logId = '';
let unitId = '';

async function newPage(name: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, webUrl, 'oslo', name);
  return page;
}

const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('the archive', () => {
  it('the holder (Hanne Strand) makes the archive PDF, downloads it and marks it archived', async () => {
    const page = await newPage('Hanne Strand');
    const me = (await (await page.request.get(`${webUrl}/api/v1/me`)).json()) as {
      roles: { role: string; unit?: { id: string; name: string } }[];
    };
    unitId = me.roles.find((r) => r.unit?.name === 'Korsvoll barnehage')?.unit?.id ?? '';
    expect(unitId).toBeTruthy();
    const created = await page.request.post(`${webUrl}/api/v1/logs`, {
      headers: { origin: webUrl },
      multipart: {
        data: JSON.stringify({
          unitId,
          child,
          guardians: [{ nationalId: marte.nationalId, name: marte.name, email: null, phone: null }],
          level: 1,
          consent: {
            consentedBy: marte.name,
            byYouth: false,
            consentedOn: '2026-11-20',
            validUntil: '2030-11-20',
            services: ['kindergarten'],
          },
        }),
        consentFile: { name: 'samtykke.pdf', mimeType: 'application/pdf', buffer: consentPdf },
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    logId = ((await created.json()) as { id: string }).id;

    // From the log page's header to its archive page.
    await page.goto(`${webUrl}/oslo/logger/${logId}`);
    await page.getByRole('link', { name: 'Arkiv', exact: true }).click();
    await page.waitForURL(`**/oslo/logger/${logId}/arkiv`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      child.name,
    );
    expect(await mainText(page)).toContain('Årlig arkivering');
    await expectAccessible(page, 'archive page (holder)');

    // The child moves away: an obligation due today, first in the list of open ones.
    await page.getByRole('button', { name: 'Legg til arkivplikt for flytting' }).click();
    await waitForText(page, 'Arkivplikten for flytting er lagt til, med frist i dag.');
    expect(await mainText(page)).toContain('Barnet flytter fra kommunen');

    await page.getByRole('button', { name: 'Lag arkiv-PDF' }).click();
    await waitForText(page, 'Arkiv-PDF-en er laget.');
    await expectAccessible(page, 'archive page with a PDF');

    const link = page.getByRole('link', { name: /Last ned arkiv-PDF/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/api/v1/logs/${logId}/archive/[0-9a-f-]+/pdf$`));
    const answer = await page.request.get(`${webUrl}${href}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.byteLength).toBeGreaterThan(10_000);
    if (hasTool('pdftotext')) {
      const dir = mkdtempSync(join(tmpdir(), 'archive-e2e-'));
      try {
        writeFileSync(join(dir, 'log.pdf'), bytes);
        const text = execFileSync('pdftotext', [join(dir, 'log.pdf'), '-'], { encoding: 'utf8' });
        expect(text).toContain(`Stafettlogg for ${child.name}`);
        expect(text).toContain('Utskrevet');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    await page.getByLabel('Journalnummer (valgfritt)').fill('2026/4711-1');
    await page.getByRole('button', { name: 'Marker som arkivert' }).click();
    await waitForText(page, 'Arkivplikten er markert som arkivert.');
    const text = await mainText(page);
    expect(text).toContain('Journalnummer: 2026/4711-1');
    expect(text).toContain('Arkivert');
  });

  it('the unit leader (Geir Dahl) sees open obligations and downloads the Noark 5 package', async () => {
    const page = await newPage('Geir Dahl');
    await page.goto(`${webUrl}/oslo/enheter/${unitId}`);
    await page.getByRole('link', { name: 'Arkiv og Noark 5-uttrekk' }).click();
    await page.waitForURL(`**/oslo/enheter/${unitId}/arkiv`);
    const text = await mainText(page);
    expect(text).toContain(`${child.name}, stafettholder Hanne Strand`);
    expect(text).toContain('Årlig arkivering');
    await expectAccessible(page, 'unit archive page');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned Noark 5-uttrekk' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^noark5-korsvoll-barnehage-.*\.zip$/);
    const zip = readFileSync(await download.path());
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const names = zip.toString('latin1');
    for (const name of ['arkivstruktur.xml', 'arkivuttrekk.xml', 'endringslogg.xml', 'DOKUMENT/']) {
      expect(names).toContain(name);
    }
  });
});
