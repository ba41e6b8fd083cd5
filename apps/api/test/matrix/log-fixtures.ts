import { schema, type Db } from '@stafett/db';
import { makeSyntheticNationalId, type LogCreate } from '@stafett/domain';
import { nationalIdOf, PUBLIC_ORIGIN, type Person, type World } from '../harness';
import { CONSENT_PDF, idOf, municipalityIdOf, postLog } from '../logs-support';

const V1 = '/api/v1';
/** Today in Norway, as the API counts it. */
export const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());

async function json<T>(res: Response, status: number, what: string): Promise<T> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/**
 * The fixture log of the log matrix, built through the API by its holder, and fresh rows for
 * single cells, written as the database owner so that no cell depends on what an earlier one did.
 */
export class LogFixtures {
  private counter = 0;

  private constructor(
    private readonly world: World,
    readonly ids: {
      municipalityId: string;
      nordbergId: string;
      holderId: string;
      jonasId: string;
      logId: string;
      /** Jonas Bakke has a measure here. */
      attentionA: string;
      /** No measure of Jonas here: he must not see it. */
      attentionB: string;
      consentFileId: string;
      /** A PDF attached to the holder's log note on attention A. */
      attachmentFileId: string;
    },
  ) {}

  /**
   * Ola Johansen creates Sander Moen's log at Nordberg skole (level 2, Liv Moen as guardian),
   * attention A with a measure for Jonas Bakke (PPT), for the home and for Sander, attention B
   * with none of Jonas's, and a log note on A with an attachment.
   */
  static async create(world: World, holder: Person): Promise<LogFixtures> {
    const nordbergId = await idOf(world, 'unit', 'Nordberg skole');
    const jonasId = await idOf(world, 'person', 'Jonas Bakke');
    const day = today();
    const data: LogCreate = {
      unitId: nordbergId,
      child: { nationalId: nationalIdOf('Sander Moen'), name: 'Sander Moen' },
      guardians: [
        { nationalId: nationalIdOf('Liv Moen'), name: 'Liv Moen', email: null, phone: null },
      ],
      level: 2,
      consent: {
        consentedBy: 'Sander Moen og Liv Moen',
        byYouth: true,
        consentedOn: day,
        validUntil: `${Number(day.slice(0, 4)) + 1}${day.slice(4, 8)}01`,
        services: ['school', 'ppt'],
      },
    };
    const { id: logId } = await json<{ id: string }>(await postLog(holder, data), 201, 'log');
    const send = (method: string, path: string, body: unknown) =>
      holder.call(`${V1}/logs/${logId}${path}`, {
        method,
        headers: { origin: PUBLIC_ORIGIN, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const attention = async (description: string) =>
      (
        await json<{ id: string }>(
          await send('POST', '/attentions', { category: 'Skolefravær', description }),
          201,
          'attention',
        )
      ).id;
    const attentionA = await attention('Sander kommer for sent til første time to dager i uka.');
    const attentionB = await attention('Sander sover dårlig før prøver (bare for holderen).');
    for (const m of [
      {
        text: 'Jonas går gjennom ukeplanen med Sander.',
        responsible: 'service',
        actorPersonId: jonasId,
      },
      { text: 'Liv vekker Sander kl. 07.00.', responsible: 'home' },
      { text: 'Sander legger mobilen i stua kl. 23.', responsible: 'child' },
    ]) {
      await json(
        await send('POST', `/attentions/${attentionA}/measures`, { ...m, startDate: day }),
        201,
        'measure',
      );
    }
    const { id: noteId } = await json<{ id: string }>(
      await send('POST', '/notes', {
        kind: 'log',
        text: 'Øvelsesark fra helsesykepleier.',
        attentionId: attentionA,
      }),
      201,
      'log note',
    );
    const form = new FormData();
    form.set('file', new File([new Uint8Array(CONSENT_PDF)], 'ovelser.pdf'));
    const { id: attachmentFileId } = await json<{ id: string }>(
      await holder.call(`${V1}/logs/${logId}/notes/${noteId}/attachments`, {
        method: 'POST',
        headers: { origin: PUBLIC_ORIGIN },
        body: form,
      }),
      201,
      'attachment',
    );
    const view = await json<{ consent: { fileId: string } | null; holder: { id: string } }>(
      await holder.call(`${V1}/logs/${logId}`),
      200,
      'view',
    );
    if (!view.consent) throw new Error('the fixture log has no consent');
    return new LogFixtures(world, {
      municipalityId: await municipalityIdOf(world, 'oslo'),
      nordbergId,
      holderId: view.holder.id,
      jonasId,
      logId,
      attentionA,
      attentionB,
      consentFileId: view.consent.fileId,
      attachmentFileId,
    });
  }

  private get db(): Db {
    return this.world.database.db;
  }

  private get base() {
    return { municipalityId: this.ids.municipalityId, logId: this.ids.logId };
  }

  /** A valid synthetic national id of a child nobody in the seed has (born 2015). */
  childNationalId(): string {
    const n = ++this.counter;
    const born = new Date(Date.UTC(2015, 0, 1) + (n % 360) * 86_400_000);
    return makeSyntheticNationalId(born.toISOString().slice(0, 10), 500 + Math.floor(n / 360));
  }

  /** A valid synthetic national id of an adult nobody in the seed has (born in the 1960s). */
  adultNationalId(): string {
    const n = ++this.counter;
    const born = new Date(Date.UTC(1960, 0, 1) + (n % 3650) * 86_400_000);
    return makeSyntheticNationalId(born.toISOString().slice(0, 10), 100 + Math.floor(n / 3650));
  }

  async attention(): Promise<{ id: string; version: number }> {
    const [row] = await this.db
      .insert(schema.attention)
      .values({
        ...this.base,
        category: 'Skolefravær',
        description: `Matriseoppmerksomhet ${++this.counter}`,
        createdBy: this.ids.holderId,
      })
      .returning({ id: schema.attention.id, version: schema.attention.version });
    return row!;
  }

  /** A home measure on attention A, written just now (its text is still open for correction). */
  async measure(): Promise<{ id: string; version: number }> {
    const [row] = await this.db
      .insert(schema.measure)
      .values({
        ...this.base,
        attentionId: this.ids.attentionA,
        text: `Matrisetiltak ${++this.counter}`,
        responsible: 'home',
        startDate: today(),
        deadline: today(),
        step: 100 + this.counter,
        createdBy: this.ids.holderId,
      })
      .returning({ id: schema.measure.id, version: schema.measure.version });
    return row!;
  }

  async brightSpot(authorId: string): Promise<{ id: string; version: number }> {
    const [row] = await this.db
      .insert(schema.brightSpot)
      .values({
        ...this.base,
        attentionId: this.ids.attentionA,
        authorPersonId: authorId,
        text: `Matriselysglimt ${++this.counter}`,
      })
      .returning({ id: schema.brightSpot.id, version: schema.brightSpot.version });
    return row!;
  }

  /** Active staff of Nordberg skole who may act, with no part in the log: a grant's recipient. */
  async staffPerson(): Promise<string> {
    const [row] = await this.db
      .insert(schema.person)
      .values({
        municipalityId: this.ids.municipalityId,
        nationalId: this.adultNationalId(),
        name: `Matriseansatt ${this.counter}`,
      })
      .returning({ id: schema.person.id });
    await this.db.insert(schema.staffMembership).values({
      municipalityId: this.ids.municipalityId,
      unitId: this.ids.nordbergId,
      personId: row!.id,
      canAct: true,
    });
    return row!.id;
  }

  /** A live read grant to the whole log, for fresh staff. */
  async grant(): Promise<string> {
    const [row] = await this.db
      .insert(schema.accessGrant)
      .values({
        ...this.base,
        personId: await this.staffPerson(),
        guardianConsent: 'Liv Moen, muntlig',
        grantedBy: this.ids.holderId,
      })
      .returning({ id: schema.accessGrant.id });
    return row!.id;
  }

  /** A planned meeting that began an hour ago, so it may be changed, cancelled or marked held. */
  async meeting(): Promise<{ id: string; version: number }> {
    const [row] = await this.db
      .insert(schema.meeting)
      .values({
        ...this.base,
        title: `Matrisemøte ${++this.counter}`,
        startsAt: new Date(Date.now() - 3_600_000),
        createdBy: this.ids.holderId,
      })
      .returning({ id: schema.meeting.id, version: schema.meeting.version });
    return row!;
  }

  async note(authorId: string, kind: 'private' | 'log'): Promise<{ id: string; version: number }> {
    const [row] = await this.db
      .insert(schema.note)
      .values({
        ...this.base,
        kind,
        attentionId: kind === 'log' ? this.ids.attentionA : null,
        authorPersonId: authorId,
        text: `Matrisenotat ${++this.counter}`,
      })
      .returning({ id: schema.note.id, version: schema.note.version });
    return row!;
  }
}
