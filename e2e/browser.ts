import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium; no browser is downloaded (ARCHITECTURE.md "Tests and checks"). */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
    ],
  });
  // E2E_TRACE_DIR=<folder>: every browser context records a Playwright trace (actions, network,
  // screenshots, DOM snapshots) into <folder>/<pid>-<time>-<n>.zip when it is closed, for a
  // journey that fails only now and then (open with `npx playwright-core show-trace <zip>`).
  const dir = process.env.E2E_TRACE_DIR;
  if (dir) {
    const newContext = browser.newContext.bind(browser);
    let n = 0;
    browser.newContext = async (opts) => {
      const context = await newContext(opts);
      const name = `${dir}/${process.pid}-${Date.now()}-${n++}.zip`;
      await context.tracing.start({ screenshots: true, snapshots: true });
      const close = context.close.bind(context);
      context.close = async (o) => {
        await context.tracing.stop({ path: name }).catch(() => undefined);
        return close(o);
      };
      return context;
    };
  }
  return browser;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe with the WCAG 2.1 A and AA rules on the page as it is now; fails on any violation. */
export async function expectAccessible(page: Page, label = page.url()) {
  // Colours measured halfway through a fade-in (a dialog appearing) are not the page's colours.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** Signs in through the municipality's page and the local ID-porten stand-in, picking a person. */
export async function signIn(page: Page, webUrl: string, slug: string, personName: string) {
  await page.goto(`${webUrl}/${slug}`);
  await page
    .getByRole('link', { name: /Logg inn/i })
    .or(page.getByRole('button', { name: /Logg inn/i }))
    .first()
    .click();
  await page.getByRole('button', { name: new RegExp(personName) }).click();
  await page.waitForURL((url) => url.pathname.startsWith(`/${slug}/`));
}

/** Signs in as any national id through the local provider's free-text field. */
export async function signInWithNationalId(
  page: Page,
  webUrl: string,
  slug: string,
  nationalId: string,
) {
  await page.goto(`${webUrl}/${slug}`);
  await page
    .getByRole('link', { name: /Logg inn/i })
    .first()
    .click();
  await page.getByLabel('Fødselsnummer (11 siffer)').fill(nationalId);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith(`/${slug}/`));
}
