import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import type { LogView, MeetingView } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { emmaLog, idOf, municipalityIdOf, postLog } from './logs-support';
import { ok, problem, send } from './org-helpers';

let world: World;
let ola: Person; // holder, Nordberg skole
let anne: Person; // Emma's mother
let jonas: Person; // PPT; invited to a meeting, no access to the log
let ingrid: Person; // unit leader, Nordberg skole: the log's metadata only
let oslo: string;
let logId: string;
let attentionId: string;
let otherAttention: string; // in Sander's log
const ids: Record<string, string> = {};

const DAY = 86_400_000;
/** Times relative to now, so "already started" and "not yet" hold whenever the suite runs. */
const past = new Date(Math.floor((Date.now() - 3 * DAY) / 60_000) * 60_000);
const future = new Date(Math.floor((Date.now() + 10 * DAY) / 60_000) * 60_000);
const later = new Date(future.getTime() + DAY + 3_600_000);
/** The same instant written in Norwegian winter time, as a browser in Oslo might send it. */
const withOffset = (d: Date) =>
  new Date(d.getTime() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+01:00');
const icsUtc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

beforeAll(async () => {
  world = await createWorld();
  oslo = await municipalityIdOf(world, 'oslo');
  const signedIn = async (name: string) => {
    const p = new Person(world);
    await p.signIn('oslo', nationalIdOf(name));
    return p;
  };
  ola = await signedIn('Ola Johansen');
  anne = await signedIn('Anne Solberg');
  jonas = await signedIn('Jonas Bakke');
  ingrid = await signedIn('Ingrid Berg');
  for (const name of ['Jonas Bakke', 'Anne Solberg', 'Nina Lie', 'Marte Haugen', 'Tor Haugland']) {
    ids[name] = await idOf(world, 'person', name);
  }
  logId = (await ok<{ id: string }>(await postLog(ola, await emmaLog(world)), 201)).id;
  const sander = await emmaLog(world);
  sander.child = { nationalId: nationalIdOf('Sander Moen'), name: 'Sander Moen' };
  sander.guardians = [
    { nationalId: nationalIdOf('Liv Moen'), name: 'Liv Moen', email: null, phone: null },
  ];
  sander.consent.consentedBy = 'Liv Moen';
  const otherLog = (await ok<{ id: string }>(await postLog(ola, sander), 201)).id;
  otherAttention = (
    await ok<{ id: string }>(
      await send(ola, 'POST', `/logs/${otherLog}/attentions`, {
        category: 'Skolefravær',
        description: 'Sander er borte fra skolen én dag i uka.',
      }),
      201,
    )
  ).id;
});
afterAll(async () => {
  await world?.close();
});

const view = async (who: Person) => ok<LogView>(await send(who, 'GET', `/logs/${logId}`));
const meetingOf = async (id: string): Promise<MeetingView> => {
  const found = (await view(ola)).meetings.find((m) => m.id === id);
  if (!found) throw new Error(`meeting ${id} is not in the log`);
  return found;
};
const mailOf = (kind: string) =>
  world.database.db
    .select()
    .from(schema.mailOutbox)
    .where(and(eq(schema.mailOutbox.municipalityId, oslo), eq(schema.mailOutbox.kind, kind)));
const count = async (
  table: 'meeting' | 'meetingParticipant' | 'meetingAttention' | 'mailOutbox',
) => {
  const t = schema[table];
  const [row] = await world.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(eq(t.municipalityId, oslo));
  return Number(row?.n ?? 0);
};
const counts = async () =>
  Promise.all([
    count('meeting'),
    count('meetingParticipant'),
    count('meetingAttention'),
    count('mailOutbox'),
  ]);

let firstMeeting: string; // before any attention, already started
let meetingId: string; // with participants, in the future

describe('the holder calls meetings (C6)', () => {
  it('a meeting may exist before any attention', async () => {
    firstMeeting = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/meetings`, {
          title: 'Oppstartsmøte',
          startsAt: past.toISOString(),
          place: 'Nordberg skole',
        }),
        201,
      )
    ).id;
    expect(await meetingOf(firstMeeting)).toMatchObject({
      title: 'Oppstartsmøte',
      startsAt: past.toISOString(),
      durationMinutes: 60,
      status: 'planned',
      participants: [],
      attentionIds: [],
      version: 1,
    });
  });

  it('invites staff, a guardian and an external person, each with a calendar file', async () => {
    attentionId = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/attentions`, {
          category: 'Språk og kommunikasjon',
          description: 'Emma sier lite i samlingsstunder med hele klassen.',
        }),
        201,
      )
    ).id;
    meetingId = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/meetings`, {
          title: 'Samarbeidsmøte',
          startsAt: withOffset(future),
          durationMinutes: 90,
          place: 'Nordberg skole, møterom 2',
          agenda: 'Hemmelig saksliste: Emma og samlingsstund',
          participants: [
            { personId: ids['Jonas Bakke'] },
            { personId: ids['Anne Solberg'] },
            { name: 'Kari Fysio', email: 'kari.fysio@example.no' },
          ],
          attentionIds: [attentionId],
        }),
        201,
      )
    ).id;
    const meeting = await meetingOf(meetingId);
    expect(meeting.startsAt).toBe(future.toISOString());
    expect(meeting.participants.map((p) => p.name).sort()).toEqual([
      'Anne Solberg',
      'Jonas Bakke',
      'Kari Fysio',
    ]);
    expect(meeting.attentionIds).toEqual([attentionId]);

    const mail = await mailOf('meeting.invited');
    expect(mail.map((m) => m.toAddress).sort()).toEqual([
      'anne.solberg@oslo.example.no',
      'jonas.bakke@oslo.example.no',
      'kari.fysio@example.no',
    ]);
    for (const m of mail) {
      expect(m.textBody).not.toContain('Hemmelig');
      const [ics] = m.attachments;
      expect(ics?.contentType).toMatch(/^text\/calendar/);
      expect(ics?.content).toContain('METHOD:PUBLISH');
      expect(ics?.content).toContain(`UID:${meetingId}@stafett`);
      expect(ics?.content).toContain(`DTSTART:${icsUtc(future)}`);
      expect(ics?.content).not.toContain('Hemmelig');
    }
    const [audit] = await world.database.db
      .select()
      .from(schema.auditEvent)
      .where(
        and(
          eq(schema.auditEvent.action, 'meeting.created'),
          eq(schema.auditEvent.entityId, meetingId),
        ),
      );
    expect(audit?.data).toMatchObject({ logId, participants: 3, invited: 3 });
  });

  it('the agenda alone sends nothing; a new time sends an updated invitation with the same uid', async () => {
    const mailBefore = await count('mailOutbox');
    const agenda = await ok<{ version: number }>(
      await send(ola, 'PATCH', `/logs/${logId}/meetings/${meetingId}`, {
        agenda: 'Språk i samlingsstund, og hjemmet',
        version: 1,
      }),
    );
    expect(agenda.version).toBe(2);
    expect(await count('mailOutbox')).toBe(mailBefore);

    const moved = await ok<{ version: number }>(
      await send(ola, 'PATCH', `/logs/${logId}/meetings/${meetingId}`, {
        startsAt: later.toISOString(),
        version: 2,
      }),
    );
    expect(moved.version).toBe(3);
    const updated = await mailOf('meeting.updated');
    expect(updated).toHaveLength(3);
    for (const m of updated) {
      expect(m.attachments[0]?.content).toContain(`UID:${meetingId}@stafett`);
      expect(m.attachments[0]?.content).toContain(`DTSTART:${icsUtc(later)}`);
    }
    expect(await meetingOf(meetingId)).toMatchObject({
      startsAt: later.toISOString(),
      agenda: 'Språk i samlingsstund, og hjemmet',
      version: 3,
    });
  });

  it('a stale version is 409 and changes nothing', async () => {
    const res = await send(ola, 'PATCH', `/logs/${logId}/meetings/${meetingId}`, {
      startsAt: future.toISOString(),
      version: 2,
    });
    expect((await problem(res, 409)).detail).toMatch(/endret/);
    expect(await meetingOf(meetingId)).toMatchObject({ startsAt: later.toISOString(), version: 3 });
  });

  it('a new participant gets an invitation; those already invited get nothing more', async () => {
    const invitedBefore = (await mailOf('meeting.invited')).length;
    await ok(
      await send(ola, 'PATCH', `/logs/${logId}/meetings/${meetingId}`, {
        participants: [
          { personId: ids['Anne Solberg'] },
          { name: 'Kari Fysio', email: 'kari.fysio@example.no' },
          { personId: ids['Nina Lie'] },
        ],
        version: 3,
      }),
    );
    const invited = await mailOf('meeting.invited');
    expect(invited.slice(invitedBefore).map((m) => m.toAddress)).toEqual([
      'nina.lie@oslo.example.no',
    ]);
    expect((await meetingOf(meetingId)).participants.map((p) => p.name).sort()).toEqual([
      'Anne Solberg',
      'Kari Fysio',
      'Nina Lie',
    ]);
  });
});

describe('bad input is 422 naming the field, and writes nothing', () => {
  const base = () => ({ title: 'Møte', startsAt: future.toISOString() });
  const cases: [string, () => Record<string, unknown>, string][] = [
    ['a malformed time', () => ({ ...base(), startsAt: '10.12.2026 09:00' }), 'startsAt'],
    ['a time without a zone', () => ({ ...base(), startsAt: '2026-12-10T09:00:00' }), 'startsAt'],
    [
      'an attention of another log',
      () => ({ ...base(), attentionIds: [otherAttention] }),
      'attentionIds.0',
    ],
    [
      'a person of another municipality',
      () => ({ ...base(), participants: [{ personId: ids['Tor Haugland'] }] }),
      'participants.0.personId',
    ],
    [
      'a guardian of another child, not staff',
      () => ({
        ...base(),
        participants: [{ personId: ids['Jonas Bakke'] }, { personId: ids['Marte Haugen'] }],
      }),
      'participants.1.personId',
    ],
    [
      'an external person without an e-mail',
      () => ({ ...base(), participants: [{ name: 'Kari Fysio' }] }),
      'participants.0',
    ],
  ];
  for (const [what, input, field] of cases) {
    it(`creating a meeting with ${what}`, async () => {
      const before = await counts();
      const res = await send(ola, 'POST', `/logs/${logId}/meetings`, input());
      const body = await problem(res, 422);
      expect(body.errors?.map((e) => e.field)).toEqual([field]);
      expect(await counts()).toEqual(before);
    });
  }

  it('changing a meeting to discuss another log’s attention', async () => {
    const before = await counts();
    const version = (await meetingOf(meetingId)).version;
    const res = await send(ola, 'PATCH', `/logs/${logId}/meetings/${meetingId}`, {
      title: 'Nytt navn',
      attentionIds: [attentionId, otherAttention],
      version,
    });
    expect((await problem(res, 422)).errors?.map((e) => e.field)).toEqual(['attentionIds.1']);
    expect(await counts()).toEqual(before);
    expect(await meetingOf(meetingId)).toMatchObject({ title: 'Samarbeidsmøte', version });
  });
});

describe('only the holder changes meetings (L5)', () => {
  it('the guardian and the unit leader get 403; an invited person without access 404', async () => {
    const before = await counts();
    const version = (await meetingOf(meetingId)).version;
    const create = { title: 'Møte', startsAt: future.toISOString() };
    await problem(await send(anne, 'POST', `/logs/${logId}/meetings`, create), 403);
    await problem(await send(ingrid, 'POST', `/logs/${logId}/meetings`, create), 403);
    await problem(await send(jonas, 'POST', `/logs/${logId}/meetings`, create), 404);
    const path = `/logs/${logId}/meetings/${meetingId}`;
    await problem(await send(anne, 'PATCH', path, { title: 'X', version }), 403);
    await problem(await send(jonas, 'PATCH', path, { title: 'X', version }), 404);
    await problem(await send(anne, 'POST', `${path}/cancel`, { version }), 403);
    await problem(
      await send(jonas, 'POST', `${path}/held`, { meetingEvaluation: 'X', version }),
      404,
    );
    expect(await counts()).toEqual(before);
  });

  it('a meeting of one log is not found through another', async () => {
    const version = (await meetingOf(meetingId)).version;
    const otherLog = (await ok<{ items: { id: string }[] }>(await send(ola, 'GET', '/logs'))).items
      .map((l) => l.id)
      .find((id) => id !== logId);
    await problem(
      await send(ola, 'POST', `/logs/${otherLog}/meetings/${meetingId}/cancel`, { version }),
      404,
    );
  });
});

describe('held and cancelled (C6)', () => {
  it('a meeting that has not started cannot be marked held', async () => {
    const version = (await meetingOf(meetingId)).version;
    const res = await send(ola, 'POST', `/logs/${logId}/meetings/${meetingId}/held`, {
      meetingEvaluation: 'Nei.',
      version,
    });
    expect((await problem(res, 409)).detail).toMatch(/ikke begynt/);
  });

  it('held needs the meeting’s own evaluation, and then the meeting is fixed', async () => {
    const path = `/logs/${logId}/meetings/${firstMeeting}`;
    const missing = await problem(await send(ola, 'POST', `${path}/held`, { version: 1 }), 422);
    expect(missing.errors?.map((e) => e.field)).toEqual(['meetingEvaluation']);
    const heldMeeting = await ok<{ version: number }>(
      await send(ola, 'POST', `${path}/held`, {
        meetingEvaluation: 'Vi burde hatt bedre tid til å høre Emmas egen stemme.',
        version: 1,
      }),
    );
    expect(await meetingOf(firstMeeting)).toMatchObject({
      status: 'held',
      meetingEvaluation: 'Vi burde hatt bedre tid til å høre Emmas egen stemme.',
    });
    const version = heldMeeting.version;
    expect(
      (await problem(await send(ola, 'PATCH', path, { title: 'X', version }), 409)).detail,
    ).toMatch(/holdt/);
    await problem(await send(ola, 'POST', `${path}/cancel`, { version }), 409);
  });

  it('the holder cancels a planned meeting; it stays in the log as cancelled', async () => {
    const path = `/logs/${logId}/meetings/${meetingId}`;
    const version = (await meetingOf(meetingId)).version;
    const cancelled = await ok<{ version: number }>(
      await send(ola, 'POST', `${path}/cancel`, { version }),
    );
    expect((await meetingOf(meetingId)).status).toBe('cancelled');
    // The participants with e-mail hear it is off; the calendar file takes it out again.
    const told = await mailOf('meeting.cancelled');
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]?.subject).toMatch(/er avlyst/);
    expect(told[0]?.attachments[0]?.content).toMatch(/METHOD:CANCEL[\s\S]*STATUS:CANCELLED/);
    const again = await send(ola, 'POST', `${path}/cancel`, { version: cancelled.version });
    expect((await problem(again, 409)).detail).toMatch(/avlyst/);
    const actions = await world.database.db
      .select({ action: schema.auditEvent.action })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.entity, 'meeting'));
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set(['meeting.created', 'meeting.updated', 'meeting.held', 'meeting.cancelled']),
    );
  });
});

describe('meeting mode shows nothing private (C7)', () => {
  const secrets = {
    logNote: 'Loggnotat: øvelser fra fysioterapeuten',
    restricted: 'Begrenset notat om familien',
    olaPrivate: 'Huskeliste for Ola før møtet',
    annePrivate: 'Annes egne tanker før møtet',
  };

  beforeAll(async () => {
    const note = (who: Person, input: Record<string, unknown>) =>
      send(who, 'POST', `/logs/${logId}/notes`, input).then((r) => ok(r, 201));
    await note(ola, { kind: 'log', text: secrets.logNote, attentionId });
    await note(ola, { kind: 'log', text: secrets.restricted, attentionId, restricted: true });
    await note(ola, { kind: 'private', text: secrets.olaPrivate });
    await note(anne, { kind: 'private', text: secrets.annePrivate });
    await ok(
      await send(anne, 'POST', `/logs/${logId}/bright-spots`, {
        text: 'Emma fortalte om boka hele middagen.',
      }),
      201,
    );
  });

  const reads = async (action: string) => {
    const [row] = await world.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.action, action), eq(schema.auditEvent.entityId, logId)));
    return Number(row?.n ?? 0);
  };

  it('the holder’s meeting view has the log but no note of any kind; audited as meeting mode', async () => {
    const [readsBefore, modeBefore] = [await reads('log.read'), await reads('log.meeting_mode')];
    const shown = await ok<LogView>(await send(ola, 'GET', `/logs/${logId}/meeting-view`));
    expect(shown.notes).toEqual([]);
    const text = JSON.stringify(shown);
    for (const secret of Object.values(secrets)) expect(text).not.toContain(secret);
    expect(shown.attentions.map((a) => a.id)).toEqual([attentionId]);
    expect(shown.meetings.map((m) => m.id).sort()).toEqual([firstMeeting, meetingId].sort());
    expect(shown.brightSpots.map((b) => b.text)).toEqual(['Emma fortalte om boka hele middagen.']);
    expect(await reads('log.read')).toBe(readsBefore);
    expect(await reads('log.meeting_mode')).toBe(modeBefore + 1);
  });

  it('the ordinary log page still shows each person the notes they may read', async () => {
    const texts = async (who: Person) => (await view(who)).notes.map((n) => n.text).sort();
    expect(await texts(ola)).toEqual(
      [secrets.restricted, secrets.logNote, secrets.olaPrivate].sort(),
    );
    expect(await texts(anne)).toEqual([secrets.annePrivate, secrets.logNote].sort());
  });

  it('the guardian may use meeting mode too; without content access it is 403 or 404', async () => {
    const shown = await ok<LogView>(await send(anne, 'GET', `/logs/${logId}/meeting-view`));
    expect(shown.notes).toEqual([]);
    expect(JSON.stringify(shown)).not.toContain(secrets.annePrivate);
    await problem(await send(ingrid, 'GET', `/logs/${logId}/meeting-view`), 403);
    await problem(await send(jonas, 'GET', `/logs/${logId}/meeting-view`), 404);
  });
});
