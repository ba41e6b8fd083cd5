import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import { LOGO_MAX_BYTES, municipalityLogoSchema } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import {
  deleteLogo,
  pngBytes,
  problem,
  putLogo,
  readSettings,
  storedMunicipality,
  writesNothing,
} from './settings-support';

let world: World;
let kari: Person;
let lars: Person;
const others: Person[] = [];

beforeAll(async () => {
  world = await createWorld();
  kari = new Person(world);
  await kari.signIn('oslo', nationalIdOf('Kari Nordmann'));
  lars = new Person(world);
  await lars.signIn('haugesund', nationalIdOf('Lars Eide'));
  for (const name of ['Per Hansen', 'Ingrid Berg', 'Ola Johansen', 'Anne Solberg']) {
    const p = new Person(world);
    await p.signIn('oslo', nationalIdOf(name));
    others.push(p);
  }
});
afterAll(async () => {
  await world?.close();
});

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';
const cleanSvg =
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg ${SVG_NS} viewBox="0 0 64 64" width="64" height="64">` +
  '<defs><linearGradient id="g"><stop offset="0" stop-color="#1f42aa"/></linearGradient></defs>' +
  '<rect width="64" height="64" fill="url(#g)"/><text x="8" y="40">Oslo &amp; omegn</text></svg>';

async function lastAudit(action: string) {
  const [row] = await world.database.db
    .select()
    .from(schema.auditEvent)
    .where(eq(schema.auditEvent.action, action))
    .orderBy(desc(schema.auditEvent.at))
    .limit(1);
  return row;
}

async function servedLogo(slug: string) {
  const res = await world.app.request(`/api/v1/municipalities/${slug}/logo`);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: new Uint8Array(await res.arrayBuffer()),
  };
}

describe('PUT /municipality/logo', () => {
  it('stores a PNG checked by its bytes, serves it, bumps the version and audits before/after', async () => {
    const before = await readSettings(kari);
    const haugesund = await storedMunicipality(world, 'haugesund');
    const png = pngBytes(300, 120);
    const res = await putLogo(kari, png, 'image/png');
    expect(res.status, await res.clone().text()).toBe(200);
    expect(municipalityLogoSchema.parse(await res.json())).toEqual({
      logoUrl: expect.stringMatching(/^\/api\/v1\/municipalities\/oslo\/logo\?v=\d+$/),
      version: before.version + 1,
    });
    const served = await servedLogo('oslo');
    expect(served.type).toBe('image/png');
    expect(served.body).toEqual(png);
    expect(await storedMunicipality(world, 'haugesund')).toEqual(haugesund);

    const audit = await lastAudit('municipality.logo_updated');
    expect(audit?.data).toMatchObject({
      before: { mime: 'image/svg+xml' }, // the seeded shield
      after: { mime: 'image/png', width: 300, height: 120, bytes: png.length },
    });
    expect(JSON.stringify(audit?.data)).toMatch(/"sha256":"[0-9a-f]{64}"/);
  });

  it('stores a clean SVG as it was drawn (gradients, text and viewBox kept)', async () => {
    const res = await putLogo(kari, cleanSvg, 'image/svg+xml');
    expect(res.status, await res.clone().text()).toBe(200);
    const served = await servedLogo('oslo');
    expect(served.type).toBe('image/svg+xml');
    const text = new TextDecoder().decode(served.body);
    expect(text).toContain('viewBox="0 0 64 64"');
    expect(text).toContain('<linearGradient id="g">');
    expect(text).toContain('fill="url(#g)"');
    expect(text).toContain('Oslo &amp; omegn');
  });

  it('quietly removes foreign objects and external references from an SVG, and says so in the trail', async () => {
    const svg =
      `<svg ${SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">` +
      '<style>@import url(https://fonts.example/x.css); .a{fill:url(https://track.example/p.png)}</style>' +
      '<image xlink:href="https://track.example/pixel.png" width="1" height="1"/>' +
      '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hei</div></foreignObject>' +
      '<rect class="a" width="10" height="10"/></svg>';
    const res = await putLogo(kari, svg, 'image/svg+xml');
    expect(res.status, await res.clone().text()).toBe(200);
    const text = new TextDecoder().decode((await servedLogo('oslo')).body);
    expect(text).not.toMatch(/foreignObject|example|@import/);
    expect(text).toContain('<rect class="a"');
    const audit = await lastAudit('municipality.logo_updated');
    expect((audit?.data as { after: { removed: string[] } }).after.removed).toEqual(
      expect.arrayContaining(['<foreignObject>', '@import', 'url()']),
    );
  });

  it('is refused for everyone but the admin, writing nothing', async () => {
    for (const person of others) {
      await writesNothing(world, async () => {
        const put = await problem(await putLogo(person, pngBytes(10, 10), 'image/png'), 403);
        expect(put.detail).toMatch(/tilgang/);
        const del = await problem(await deleteLogo(person), 403);
        expect(del.detail).toMatch(/tilgang/);
      });
    }
    await writesNothing(world, async () => {
      const res = await world.app.request('/api/v1/municipality/logo', {
        method: 'PUT',
        headers: { 'content-type': 'image/png' },
        body: pngBytes(10, 10),
      });
      await problem(res, 401);
    });
  });

  const hostile: [string, string, RegExp][] = [
    [
      'a <script>',
      `<svg ${SVG_NS}><script>alert(document.cookie)</script><rect/></svg>`,
      /<script>/,
    ],
    ['an onload= handler', `<svg ${SVG_NS} onload="alert(1)"><rect/></svg>`, /onload=/],
    [
      'an onclick= handler deep inside',
      `<svg ${SVG_NS}><g><rect onclick="steal()"/></g></svg>`,
      /onclick=/,
    ],
    [
      'a javascript: URL',
      `<svg ${SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href=" jav&#x09;ascript:alert(1)"><rect/></a></svg>`,
      /javascript:/,
    ],
    [
      'an animation that sets a javascript: URL',
      `<svg ${SVG_NS}><a><set attributeName="href" to="javascript:alert(1)"/><rect/></a></svg>`,
      /javascript:/,
    ],
    [
      'a script in a foreign object',
      `<svg ${SVG_NS}><foreignObject><script xmlns="http://www.w3.org/1999/xhtml">x()</script></foreignObject></svg>`,
      /<script>/,
    ],
  ];
  it.each(hostile)(
    'refuses an SVG with %s (422, saying it is unsafe), writing nothing',
    async (_n, svg, found) => {
      await writesNothing(world, async () => {
        const body = await problem(await putLogo(kari, svg, 'image/svg+xml'), 422);
        expect(body.detail).toMatch(/kan kjøre kode i nettleseren. Vi lagrer den ikke/);
        expect(body.detail).toMatch(found);
        expect(body.errors?.[0]?.field).toBe('logo');
      });
    },
  );

  const bad: [string, Uint8Array<ArrayBuffer> | string, string, string, RegExp][] = [
    [
      'a "PNG" that is really text',
      'just some text, not an image',
      'image/png',
      'logo',
      /verken et PNG-bilde eller en SVG/,
    ],
    [
      'a PNG declared as SVG',
      pngBytes(10, 10),
      'image/svg+xml',
      'content-type',
      /PNG-bilde, men ble sendt som SVG/,
    ],
    [
      'an SVG declared as PNG',
      cleanSvg,
      'image/png',
      'content-type',
      /SVG-tegning, men ble sendt som PNG/,
    ],
    [
      'a PNG larger than 2000 × 2000',
      pngBytes(4000, 100),
      'image/png',
      'logo',
      /4000 × 100 piksler/,
    ],
    [
      'a truncated PNG',
      pngBytes(10, 10).slice(0, 40),
      'image/png',
      'logo',
      /skadet eller ufullstendig/,
    ],
    [
      'an SVG that is not well-formed XML',
      `<svg ${SVG_NS}><rect></svg>`,
      'image/svg+xml',
      'logo',
      /ikke gyldig XML/,
    ],
    ['an SVG without the SVG namespace', '<svg><rect/></svg>', 'image/svg+xml', 'logo', /xmlns/],
    [
      'an SVG declaring entities',
      `<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg ${SVG_NS}>&a;</svg>`,
      'image/svg+xml',
      'logo',
      /verken/,
    ],
    ['HTML', '<html><body><svg></svg></body></html>', 'image/svg+xml', 'logo', /verken/],
    [
      'another content type',
      pngBytes(10, 10),
      'application/octet-stream',
      'content-type',
      /image\/png eller image\/svg\+xml/,
    ],
    ['an empty file', new Uint8Array(), 'image/png', 'logo', /tom/],
  ];
  it.each(bad)(
    'refuses %s with 422 naming what to fix, writing nothing',
    async (_n, bytes, type, field, message) => {
      await writesNothing(world, async () => {
        const body = await problem(await putLogo(kari, bytes, type), 422);
        expect(body.errors?.[0]?.field).toBe(field);
        expect(body.detail).toMatch(message);
      });
    },
  );

  it('refuses a file over 200 KB with 413 and a clear message, writing nothing', async () => {
    await writesNothing(world, async () => {
      const body = await problem(
        await putLogo(kari, pngBytes(10, 10, LOGO_MAX_BYTES), 'image/png'),
        413,
      );
      expect(body.detail).toMatch(/høyst 200 KB/);
    });
  });

  it("Haugesund's admin changes Haugesund's logo only", async () => {
    const oslo = await storedMunicipality(world, 'oslo');
    expect((await putLogo(lars, pngBytes(50, 50), 'image/png')).status).toBe(200);
    expect((await servedLogo('haugesund')).type).toBe('image/png');
    expect(await storedMunicipality(world, 'oslo')).toEqual(oslo);
  });
});

describe('DELETE /municipality/logo', () => {
  it('removes the logo, audits it, and is a no-op without one', async () => {
    const before = await readSettings(kari);
    const res = await deleteLogo(kari);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ logoUrl: null, version: before.version + 1 });
    expect((await servedLogo('oslo')).status).toBe(404);
    expect((await readSettings(kari)).branding.logoUrl).toBeNull();
    expect((await lastAudit('municipality.logo_removed'))?.data).toMatchObject({
      before: { mime: 'image/svg+xml' },
      after: null,
    });
    await writesNothing(world, async () => {
      const again = await deleteLogo(kari);
      expect(again.status).toBe(200);
    });
  });
});
