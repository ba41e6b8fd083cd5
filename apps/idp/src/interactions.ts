/**
 * The login interaction: oidc-provider sends the browser to /interaction/:uid when someone must
 * sign in; we show the person picker and report the chosen national id back to the provider.
 * Written as a bare node handler so the idp needs no web framework besides oidc-provider.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors, type Provider } from 'oidc-provider';
import { acrFor, AMR } from './assurance';
import { escapeHtml, renderPage } from './html';
import { renderLoginPage } from './login-page';
import { parseNationalIdInput } from './national-id';
import type { DemoPerson } from './people';

export interface InteractionDeps {
  provider: Provider;
  people: () => Promise<readonly DemoPerson[]>;
}

export interface InteractionRoute {
  uid: string;
  action: 'show-or-login' | 'abort';
}

const ROUTE = /^\/interaction\/([A-Za-z0-9_-]+)(\/abort)?$/;
const MAX_FORM_BYTES = 8 * 1024;

export function matchInteraction(pathname: string): InteractionRoute | null {
  const m = ROUTE.exec(pathname);
  if (!m?.[1]) return null;
  return { uid: m[1], action: m[2] ? 'abort' : 'show-or-login' };
}

export async function handleInteraction(
  deps: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  route: InteractionRoute,
): Promise<void> {
  try {
    await dispatch(deps, req, res, route);
  } catch (err) {
    if (res.headersSent) {
      res.end();
      return;
    }
    if (err instanceof errors.SessionNotFound || err instanceof FormTooLarge) {
      sendHtml(res, 400, messagePage('Innloggingen kan ikke fortsette', EXPIRED));
      return;
    }
    // Log the error kind only: a request body here may hold a national id.
    console.error('idp: interaction failed:', err instanceof Error ? err.name : typeof err);
    sendHtml(res, 500, messagePage('Noe gikk galt', 'Prøv å logge inn på nytt fra tjenesten.'));
  }
}

const EXPIRED =
  'Innloggingen er utløpt eller ble startet i en annen fane. Gå tilbake til tjenesten og logg inn på nytt.';

async function dispatch(
  { provider, people }: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  route: InteractionRoute,
) {
  const action = `/interaction/${route.uid}`;
  const abortAction = `${action}/abort`;

  // interactionDetails also checks that this browser's interaction cookie belongs to the uid.
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== route.uid) throw new errors.SessionNotFound('interaction uid mismatch');

  if (req.method === 'GET' && route.action === 'show-or-login') {
    sendHtml(res, 200, renderLoginPage({ action, abortAction, people: await people() }));
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: route.action === 'abort' ? 'POST' : 'GET, POST' }).end();
    return;
  }

  if (route.action === 'abort') {
    // What ID-porten sends when the person presses "Avbryt".
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Brukeren avbrøt innloggingen' },
      { mergeWithLastSubmission: false },
    );
    return;
  }

  const form = await readForm(req);
  const typed = form.get('nationalId') ?? '';
  const parsed = parseNationalIdInput(typed);
  if (!parsed.ok) {
    const page = renderLoginPage({
      action,
      abortAction,
      people: await people(),
      typed,
      error: parsed.message,
    });
    sendHtml(res, 400, page);
    return;
  }

  const acrValues = typeof details.params.acr_values === 'string' ? details.params.acr_values : '';
  await provider.interactionFinished(
    req,
    res,
    {
      login: {
        accountId: parsed.nationalId,
        acr: acrFor(acrValues),
        amr: [...AMR],
        // ID-porten's SSO cookie lasts as long as the browser session, not across restarts.
        remember: false,
      },
    },
    { mergeWithLastSubmission: false },
  );
}

class FormTooLarge extends Error {}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_FORM_BYTES) throw new FormTooLarge();
    chunks.push(buf);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    // National ids are on these pages; keep them out of caches and out of other sites' frames.
    'cache-control': 'no-store',
    'content-security-policy': "frame-ancestors 'none'",
    'referrer-policy': 'no-referrer',
  });
  res.end(html);
}

export function messagePage(title: string, message: string): string {
  return renderPage({
    title,
    body: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`,
  });
}
