import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import { addYears, type ArchiveList, type UnitArchiveList } from '@stafett/domain';
import {
  HAVE_POPPLER,
  HAVE_SCHEMAS,
  renderPdf,
  SKIP_SCHEMAS_WHY,
  xmllint,
} from './archive-support';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { emmaLog, idOf, municipalityIdOf, postLog } from './logs-support';
import { ok, problem, send } from './org-helpers';

/**
 * Archive obligations, the archive PDF and the Noark 5 package through the API (issue 6 item 5,
 * L8), on a real database: the holder makes the PDF, the unit leader exports the period, and the
 * package validates against Arkivverket's schemas.
 */
let world: World;
let ola: Person; // holder, Nordberg skole
let ingrid: Person; // unit leader, Nordberg skole
let anne: Person; // Emma's mother: reads the log, has no archive duty
let nina: Person; // staff without a part in the log
let oslo: string;
let unitId: string;
let logId: string;
let keep: string;
let drop: string;

const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
const archive = (who: Person) =>
  send(who, 'GET', `/logs/${logId}/archive`).then((r) => ok<ArchiveList>(r));

beforeAll(async () => {
  world = await createWorld();
  oslo = await municipalityIdOf(world, 'oslo');
  const signedIn = async (name: string) => {
    const p = new Person(world);
    await p.signIn('oslo', nationalIdOf(name));
    return p;
  };
  ola = await signedIn('Ola Johansen');
  ingrid = await signedIn('Ingrid Berg');
  anne = await signedIn('Anne Solberg');
  nina = await signedIn('Nina Lie');
  unitId = await idOf(world, 'unit', 'Nordberg skole');
  logId = (await ok<{ id: string }>(await postLog(ola, await emmaLog(world)), 201)).id;
  const attention = async (category: string, description: string) =>
    (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/attentions`, { category, description }),
        201,
      )
    ).id;
  keep = await attention('Språk og kommunikasjon', 'Emma sier lite i samlingsstunder.');
  drop = await attention('Motorikk', 'Emma faller ofte i friminuttene.');
  await ok(
    await send(ola, 'POST', `/logs/${logId}/attentions/${keep}/measures`, {
      text: 'Mamma leser med Emma hver kveld.',
      responsible: 'home',
      startDate: today(),
    }),
    201,
  );
});
afterAll(async () => {
  await world?.close();
});

describe('archive obligations (L8)', () => {
  it('a new log has a yearly obligation due a year after opening, made when read', async () => {
    const list = await archive(ola);
    expect(list.childName).toBe('Emma Solberg');
    expect(list.items.map((o) => [o.reason, o.dueOn, o.state])).toEqual([
      ['yearly', addYears(today(), 1), 'upcoming'],
    ]);
    expect(list.attentions.map((a) => a.id)).toEqual([keep, drop]);
    // Reading again makes nothing more.
    expect((await archive(ola)).items).toHaveLength(1);
  });

  it('the unit leader sees the obligations, not the attentions; others do not get in', async () => {
    const list = await archive(ingrid);
    expect(list.items).toHaveLength(1);
    expect(list.attentions).toEqual([]);
    await problem(await send(anne, 'GET', `/logs/${logId}/archive`), 403);
    await problem(await send(nina, 'GET', `/logs/${logId}/archive`), 404);
  });

  it('moving away adds an obligation due today', async () => {
    const { id } = await ok<{ id: string }>(
      await send(ola, 'POST', `/logs/${logId}/archive/moving-away`),
      201,
    );
    const item = (await archive(ola)).items.find((o) => o.id === id);
    expect(item).toMatchObject({ reason: 'moving_away', dueOn: today(), state: 'due', file: null });
  });
});

describe('the archive PDF', () => {
  let obligationId: string;

  it('refuses attentions of another log and marking done before a PDF exists', async () => {
    const before = await world.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.storedFile);
    const p = await problem(
      await send(ola, 'POST', `/logs/${logId}/archive/pdf`, {
        attentionIds: [crypto.randomUUID()],
      }),
      422,
    );
    expect(p.errors?.[0]?.field).toBe('attentionIds');
    const after = await world.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.storedFile);
    expect(after).toEqual(before);
    obligationId = (await archive(ola)).items.find((o) => o.reason === 'moving_away')!.id;
    await problem(await send(ola, 'POST', `/logs/${logId}/archive/${obligationId}/done`, {}), 409);
  });

  it('the holder makes it for chosen attentions; it is stored, linked and audited', async () => {
    const made = await ok<{ id: string; obligationId: string; byteSize: number }>(
      await send(ola, 'POST', `/logs/${logId}/archive/pdf`, { attentionIds: [keep], obligationId }),
      201,
    );
    expect(made.obligationId).toBe(obligationId);
    const item = (await archive(ola)).items.find((o) => o.id === obligationId);
    expect(item?.file).toMatchObject({ id: made.id, byteSize: made.byteSize });
    expect(item?.file?.filename).toMatch(/^stafettlogg-emma-solberg-\d{4}-\d{2}-\d{2}\.pdf$/);
    const [audit] = await world.database.db
      .select({ data: schema.auditEvent.data })
      .from(schema.auditEvent)
      .where(
        and(
          eq(schema.auditEvent.municipalityId, oslo),
          eq(schema.auditEvent.action, 'archive.pdf_made'),
        ),
      );
    expect(audit?.data).toMatchObject({ logId, fileId: made.id, attentions: 1 });
    // Making the PDF reads the log: it is in the read history the family sees.
    const reads = await ok<{ items: { person: { name: string } }[] }>(
      await send(anne, 'GET', `/logs/${logId}/reads`),
    );
    expect(reads.items.map((r) => r.person.name)).toContain('Ola Johansen');
  });

  it('downloads as a PDF whose text holds the child and only the chosen attention', async () => {
    const res = await send(ingrid, 'GET', `/logs/${logId}/archive/${obligationId}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    if (!HAVE_POPPLER) return;
    const text = renderPdf(bytes).text.replace(/\s+/g, ' ');
    expect(text).toContain('Stafettlogg for Emma Solberg');
    expect(text).toContain('Foresatte: Anne Solberg');
    expect(text).toContain('Språk og kommunikasjon');
    expect(text).toContain('Mamma leser med Emma hver kveld.');
    expect(text).not.toContain('Motorikk');
    expect(text).toContain('Nordberg skole');
  });

  it('marks the obligation filed with the journal number; twice is a conflict', async () => {
    const done = await ok<{ doneAt: string }>(
      await send(ola, 'POST', `/logs/${logId}/archive/${obligationId}/done`, {
        archiveReference: '2026/4711-3',
      }),
    );
    expect(done.doneAt).toBeTruthy();
    const item = (await archive(ola)).items.find((o) => o.id === obligationId);
    expect(item).toMatchObject({ state: 'done', archiveReference: '2026/4711-3' });
    expect(item?.doneBy?.name).toBe('Ola Johansen');
    await problem(await send(ola, 'POST', `/logs/${logId}/archive/${obligationId}/done`, {}), 409);
    await problem(await send(ola, 'POST', `/logs/${logId}/archive/pdf`, { obligationId }), 409);
  });

  it('a PDF made again for an open obligation replaces the earlier one', async () => {
    const first = await ok<{ id: string; obligationId: string }>(
      await send(ola, 'POST', `/logs/${logId}/archive/pdf`, {}),
      201,
    );
    const second = await ok<{ id: string; obligationId: string }>(
      await send(ola, 'POST', `/logs/${logId}/archive/pdf`, { obligationId: first.obligationId }),
      201,
    );
    const rows = await world.database.db
      .select({ id: schema.storedFile.id })
      .from(schema.storedFile)
      .where(eq(schema.storedFile.id, first.id));
    expect(rows).toEqual([]);
    expect((await archive(ola)).items.find((o) => o.id === second.obligationId)?.file?.id).toBe(
      second.id,
    );
  });
});

describe('the unit leader', () => {
  it('lists the unit’s open obligations as metadata', async () => {
    const list = await ok<UnitArchiveList>(await send(ingrid, 'GET', `/units/${unitId}/archive`));
    const mine = list.items.filter((o) => o.logId === logId);
    expect(mine.map((o) => o.reason)).toEqual(['yearly']);
    expect(mine[0]).toMatchObject({ childName: 'Emma Solberg', holderName: 'Ola Johansen' });
    await problem(await send(ola, 'GET', `/units/${unitId}/archive`), 403);
  });

  it('exports the period as a Noark 5 package that validates', async () => {
    const res = await send(
      ingrid,
      'GET',
      `/units/${unitId}/archive/noark5?from=${today()}&to=${today()}`,
    );
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const pdfs = Object.keys(files).filter((n) => n.startsWith('DOKUMENT/'));
    expect(pdfs).toHaveLength(2);
    const struktur = strFromU8(files['arkivstruktur.xml']!);
    for (const name of pdfs) {
      const sha = createHash('sha256').update(files[name]!).digest('hex');
      expect(struktur).toContain(`<sjekksum>${sha}</sjekksum>`);
      expect(struktur).toContain(`<referanseDokumentfil>${name}</referanseDokumentfil>`);
    }
    expect(struktur).toContain('<registreringsID>2026/4711-3</registreringsID>');
    if (!HAVE_SCHEMAS) return console.warn(SKIP_SCHEMAS_WHY);
    expect(xmllint(files['arkivstruktur.xml']!, 'arkivstruktur.xsd')).toBe('');
    expect(xmllint(files['endringslogg.xml']!, 'endringslogg.xsd')).toBe('');
    expect(xmllint(files['arkivuttrekk.xml']!, 'addml.xsd')).toBe('');
  });

  it('an export is refused to others and a bad period is 422', async () => {
    await problem(
      await send(ola, 'GET', `/units/${unitId}/archive/noark5?from=2026-01-01&to=2026-12-31`),
      403,
    );
    await problem(
      await send(ingrid, 'GET', `/units/${unitId}/archive/noark5?from=2026-12-31&to=2026-01-01`),
      422,
    );
    const [row] = await world.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, 'archive.noark5_export'));
    expect(Number(row?.n)).toBe(1);
  });

  it('the holder exports the one log', async () => {
    const res = await send(ola, 'GET', `/logs/${logId}/archive/noark5`);
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).filter((n) => n.startsWith('DOKUMENT/'))).toHaveLength(2);
    if (HAVE_SCHEMAS) expect(xmllint(files['arkivstruktur.xml']!, 'arkivstruktur.xsd')).toBe('');
  });
});

describe('a closed log', () => {
  it('loses its open yearly obligation that falls due after closing; the closing one stays', async () => {
    const sander = await emmaLog(world);
    sander.child = { nationalId: nationalIdOf('Sander Moen'), name: 'Sander Moen' };
    sander.guardians = [
      { nationalId: nationalIdOf('Liv Moen'), name: 'Liv Moen', email: null, phone: null },
    ];
    sander.consent.consentedBy = 'Liv Moen';
    const id = (await ok<{ id: string }>(await postLog(ola, sander), 201)).id;
    const reasons = async () =>
      (await ok<ArchiveList>(await send(ola, 'GET', `/logs/${id}/archive`))).items.map(
        (o) => o.reason,
      );
    expect(await reasons()).toEqual(['yearly']);
    await ok(await send(ola, 'POST', `/logs/${id}/close`, { individualPlan: false }));
    expect(await reasons()).toEqual(['closing']);
  });
});
