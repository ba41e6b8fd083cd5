import type { RequestEvent } from '@sveltejs/kit';
import { apiUrl } from '$lib/api/client';

/** Headers that belong to one connection, not to the request or response being passed on. */
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
];

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * Passes a browser request for /api/* on to the API as it is — method, headers (cookie
 * included), body as a stream — and the answer back, redirects and Set-Cookie included. In
 * production the load balancer routes /api/* to the API itself; this keeps one origin for
 * `npm start`, development and the end-to-end tests.
 */
export async function proxyToApi(event: RequestEvent): Promise<Response> {
  const { request, url } = event;
  const target = new URL(url.pathname + url.search, apiUrl());

  const headers = new Headers(request.headers);
  for (const name of HOP_BY_HOP) headers.delete(name);
  try {
    const client = event.getClientAddress();
    const forwarded = headers.get('x-forwarded-for');
    headers.set('x-forwarded-for', forwarded ? `${forwarded}, ${client}` : client);
  } catch {
    // No client address (never in a real request); nothing to add.
  }

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers,
    body: hasBody ? request.body : null,
    redirect: 'manual',
  };
  if (hasBody) init.duplex = 'half';

  let upstream: Response;
  try {
    upstream = await fetch(target, init);
  } catch {
    return Response.json(
      {
        type: 'about:blank',
        title: 'Stafett svarer ikke akkurat nå. Prøv igjen om litt.',
        status: 502,
      },
      { status: 502, headers: { 'content-type': 'application/problem+json' } },
    );
  }

  const responseHeaders = new Headers(upstream.headers);
  for (const name of HOP_BY_HOP) responseHeaders.delete(name);
  // fetch has already decoded a compressed body: its length and encoding no longer apply.
  if (responseHeaders.has('content-encoding')) {
    responseHeaders.delete('content-encoding');
    responseHeaders.delete('content-length');
  }
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}
