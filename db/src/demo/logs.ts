import { createHash } from 'node:crypto';
import type { Tx } from '../client';
import {
  attention,
  brightSpot,
  consent,
  evaluation,
  guardianship,
  log,
  measure,
  measureEvent,
  meeting,
  meetingAttention,
  meetingParticipant,
  note,
  person,
  storedFile,
  type UnitType,
} from '../schema';

/**
 * The demo's logs, in Oslo only (issue 4): Ella Haugen's log follows the staff guide's example
 * (seeds/002, «Ella har gode læringsstrategier», adapted to her last year in kindergarten), and
 * three more children show the other stages a holder and a leader meet — just created, overdue
 * with consent about to expire, and passive. Every date counts from `today`, so deadlines stay
 * overdue or upcoming whenever the demo is seeded, and the same `today` gives the same rows.
 *
 * Emma Solberg and Sander Moen get no log here: the API's tests create theirs.
 */

/**
 * Children and guardians who exist only in these logs. They do not sign in, so they are not in
 * people.ts (which the local sign-in page reads). National ids are synthetic (month + 80),
 * computed once with makeSyntheticNationalId from @stafett/domain and pasted as literals.
 */
export const demoLogFamilies = [
  {
    child: { name: 'Nora Nilsen', nationalId: '03892451264' }, // 2024-09-03
    guardian: { name: 'Sara Nilsen', nationalId: '17829423332' }, // 1994-02-17
  },
  {
    child: { name: 'Lukas Andersen', nationalId: '18841654230' }, // 2016-04-18
    guardian: { name: 'Tone Andersen', nationalId: '29888711897' }, // 1987-08-29
  },
  {
    child: { name: 'Oskar Lund', nationalId: '10861952784' }, // 2019-06-10
    guardian: { name: 'Eva Lund', nationalId: '04928916281' }, // 1989-12-04
  },
] as const;

export interface DemoLogContext {
  municipalityId: string;
  /** The id of a person seeded from people.ts, by name. */
  personId: (name: string) => string;
  unitId: (name: string) => string;
  /** The day the demo counts from, yyyy-mm-dd (Norwegian time). */
  today: string;
}

/** An ISO date plus whole calendar days. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An ISO date plus whole months; the 31st becomes the month's last day. */
function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Today in Norway, as the API counts it. */
export function todayInOslo(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/** The smallest file that passes as a PDF, naming the child so each consent is its own file. */
function consentPdf(child: string): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n% Samtykke til stafettlogg for ${child} (demo)\n` +
      '1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seedDemoLogs: ${what} was not created`);
  return value;
}

export async function seedDemoLogs(tx: Tx, ctx: DemoLogContext): Promise<void> {
  const municipalityId = ctx.municipalityId;
  const day = (offset: number) => addDays(ctx.today, offset);
  /** A moment on a day relative to today, at a whole hour (UTC). */
  const at = (offset: number, hour = 9) =>
    new Date(`${day(offset)}T${String(hour).padStart(2, '0')}:00:00Z`);

  // The families that exist only here.
  const created = await tx
    .insert(person)
    .values(
      demoLogFamilies.flatMap(({ child, guardian }) => [
        { municipalityId, ...child },
        {
          municipalityId,
          ...guardian,
          email: `${guardian.name.toLowerCase().replace(' ', '.')}@oslo.example.no`,
        },
      ]),
    )
    .returning({ id: person.id, name: person.name });
  const ids = new Map(created.map((p) => [p.name, p.id]));
  const personId = (name: string) => ids.get(name) ?? ctx.personId(name);
  await tx.insert(guardianship).values(
    demoLogFamilies.map(({ child, guardian }) => ({
      municipalityId,
      guardianPersonId: personId(guardian.name),
      childPersonId: personId(child.name),
    })),
  );

  interface NewLog {
    child: string;
    holder: string;
    unit: string;
    level: 1 | 2 | 3;
    openedOn: number;
    consentedBy: string;
    consentValidUntil?: string;
    services: UnitType[];
    lastActivity: number;
    closed?: { on: number; reason: string };
  }
  /** A log with its consent document; returns the log's id and its holder's. */
  const newLog = async (l: NewLog) => {
    const holderId = ctx.personId(l.holder);
    const [row] = await tx
      .insert(log)
      .values({
        municipalityId,
        childPersonId: personId(l.child),
        unitId: ctx.unitId(l.unit),
        holderPersonId: holderId,
        level: l.level,
        status: l.closed ? 'passive' : 'active',
        openedAt: at(l.openedOn),
        closedAt: l.closed ? at(l.closed.on, 13) : null,
        closeReason: l.closed?.reason ?? null,
        lastActivityAt: at(l.lastActivity, 12),
      })
      .returning({ id: log.id });
    const logId = must(row, `the log of ${l.child}`).id;
    const bytes = consentPdf(l.child);
    const [file] = await tx
      .insert(storedFile)
      .values({
        municipalityId,
        mime: 'application/pdf',
        filename: `samtykke-${l.child.toLowerCase().replace(' ', '-')}.pdf`,
        byteSize: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: bytes,
        uploadedBy: holderId,
        uploadedAt: at(l.openedOn),
      })
      .returning({ id: storedFile.id });
    const consentedOn = day(l.openedOn);
    await tx.insert(consent).values({
      municipalityId,
      logId,
      fileId: must(file, 'a consent file').id,
      consentedBy: l.consentedBy,
      consentedOn,
      validUntil: l.consentValidUntil ?? addMonths(consentedOn, 12),
      services: l.services,
      recordedBy: holderId,
      recordedAt: at(l.openedOn),
    });
    return { logId, holderId };
  };

  interface NewAttention {
    category: string;
    description: string;
    maintainingFactors: string;
    goal: string;
    signsOfSuccess: string;
    createdOn: number;
  }
  const newAttention = async (logId: string, by: string, a: NewAttention, position = 1) => {
    const { createdOn, ...text } = a;
    const [row] = await tx
      .insert(attention)
      .values({
        municipalityId,
        logId,
        ...text,
        position,
        createdBy: by,
        createdAt: at(createdOn, 10),
        updatedAt: at(createdOn, 10),
      })
      .returning({ id: attention.id });
    return must(row, a.description).id;
  };

  interface NewMeasure {
    text: string;
    responsible: 'service' | 'home' | 'child';
    actor?: string;
    startOn: number;
    deadlineOn: number;
    step: number;
    status?: 'active' | 'ended';
  }
  const newMeasure = async (logId: string, attentionId: string, by: string, m: NewMeasure) => {
    const [row] = await tx
      .insert(measure)
      .values({
        municipalityId,
        logId,
        attentionId,
        text: m.text,
        responsible: m.responsible,
        actorPersonId: m.actor ? ctx.personId(m.actor) : null,
        startDate: day(m.startOn),
        deadline: day(m.deadlineOn),
        step: m.step,
        status: m.status ?? 'active',
        createdBy: by,
        createdAt: at(m.startOn - 1, 11),
      })
      .returning({ id: measure.id });
    return must(row, m.text).id;
  };

  const newSpot = async (logId: string, author: string, text: string, on: number, att?: string) =>
    tx.insert(brightSpot).values({
      municipalityId,
      logId,
      attentionId: att ?? null,
      authorPersonId: personId(author),
      text,
      createdAt: at(on, 15),
      updatedAt: at(on, 15),
    });

  // Ella Haugen (born 2021), Korsvoll barnehage: the guide's example, in her last kindergarten
  // year. One attention with a measure in the service, at home and for Ella; the home measure
  // evaluated green in a meeting, the next meeting planned.
  {
    const { logId, holderId } = await newLog({
      child: 'Ella Haugen',
      holder: 'Hanne Strand',
      unit: 'Korsvoll barnehage',
      level: 2,
      openedOn: -35,
      consentedBy: 'Marte Haugen',
      services: ['kindergarten', 'ppt', 'health_station', 'school'],
      lastActivity: -6,
    });
    const attentionId = await newAttention(logId, holderId, {
      category: 'Oppmerksomhet og konsentrasjon',
      description:
        'Ella legger fra seg oppgavene i skolestartergruppa og går fra bordet når hun står fast.',
      maintainingFactors:
        'Ella synes det er flaut å ikke få det til, og hun vet ikke hvordan hun kan be om hjelp. ' +
        'Hjemme har hun ingen fast plass eller tid for oppgavene.',
      goal:
        'Ella har gode læringsstrategier. Ella arbeider med oppgavene fra skolestartergruppa ' +
        'mandag til torsdag fra kl. 17.00 til 17.15 og ber foresatte om hjelp til å løse ' +
        'oppgavene dersom hun står fast.',
      signsOfSuccess:
        'Ella sitter med oppgavene et kvarter fire dager i uka. Hun sier «Kan du hjelpe meg?» ' +
        'når hun står fast, både hjemme og i barnehagen.',
      createdOn: -35,
    });
    await newMeasure(logId, attentionId, holderId, {
      text: 'Ella går gjennom ukeplanen sammen med Hanne hver mandag i første samling i skolestartergruppa.',
      responsible: 'service',
      actor: 'Hanne Strand',
      startOn: -32,
      deadlineOn: 10,
      step: 1,
    });
    const homeMeasureId = await newMeasure(logId, attentionId, holderId, {
      text:
        'Ella har en egen plass på kjøkkenet til oppgavene, med blyant og viskelær tilgjengelig. ' +
        'Mamma sitter sammen med Ella når hun gjør oppgavene.',
      responsible: 'home',
      startOn: -32,
      deadlineOn: -11,
      step: 2,
    });
    await newMeasure(logId, attentionId, holderId, {
      text: 'Ella ber foresatte om hjelp når hun står fast med oppgaver.',
      responsible: 'child',
      startOn: -32,
      deadlineOn: 10,
      step: 3,
    });

    const [held] = await tx
      .insert(meeting)
      .values({
        municipalityId,
        logId,
        title: 'Evalueringsmøte om oppgavene hjemme',
        startsAt: at(-12, 13),
        durationMinutes: 45,
        place: 'Korsvoll barnehage, møterommet',
        agenda: 'Hvordan går det med plassen på kjøkkenet? Hva sier Ella selv?',
        status: 'held',
        meetingEvaluation: 'Møtet var godt. Neste gang vil Marte gjerne ha med seg Ellas tegning.',
        createdBy: holderId,
        createdAt: at(-20, 10),
      })
      .returning({ id: meeting.id });
    const heldId = must(held, 'the held meeting').id;
    await tx.insert(evaluation).values({
      municipalityId,
      logId,
      measureId: homeMeasureId,
      outcome: 'worked',
      comment: 'Ella har brukt plassen på kjøkkenet fire dager i uka, tre uker på rad.',
      familyView: 'Ella er stolt av plassen sin og henter blyanten selv. Vi fortsetter.',
      decision: 'continue',
      meetingId: heldId,
      evaluatedBy: holderId,
      evaluatedAt: at(-12, 14),
    });

    const [planned] = await tx
      .insert(meeting)
      .values({
        municipalityId,
        logId,
        title: 'Evaluering av ukeplanen og Ellas egne tiltak',
        startsAt: at(9, 13),
        durationMinutes: 60,
        place: 'Korsvoll barnehage, møterommet',
        agenda:
          '1. Hva har gått bra siden sist? 2. Evaluering: ukeplanen med Hanne og Ella som ber om hjelp. ' +
          '3. Hva trenger Ella før skolestart?',
        status: 'planned',
        createdBy: holderId,
        createdAt: at(-12, 15),
      })
      .returning({ id: meeting.id });
    const plannedId = must(planned, 'the planned meeting').id;
    for (const meetingId of [heldId, plannedId]) {
      await tx.insert(meetingAttention).values({ municipalityId, meetingId, attentionId });
      await tx.insert(meetingParticipant).values(
        ['Hanne Strand', 'Marte Haugen'].map((name) => ({
          municipalityId,
          meetingId,
          personId: personId(name),
          name,
        })),
      );
    }

    await newSpot(
      logId,
      'Marte Haugen',
      'Ella hentet blyanten og viskelæret selv i går og satte seg ved plassen sin på kjøkkenet.',
      -20,
      attentionId,
    );
    await newSpot(
      logId,
      'Hanne Strand',
      'Ella sa «Kan du hjelpe meg?» i skolestartergruppa i dag, og så fikk hun til hele oppgaven.',
      -6,
      attentionId,
    );
    await tx.insert(note).values({
      municipalityId,
      logId,
      kind: 'private',
      authorPersonId: holderId,
      text: 'Til neste møte: spør Marte hvordan kveldene går, og ta med Ellas oppgavehefte.',
      createdAt: at(-6, 16),
      updatedAt: at(-6, 16),
    });
  }

  // Nora Nilsen (born 2024), just created at the health station: consent, nothing else yet.
  await newLog({
    child: 'Nora Nilsen',
    holder: 'Nina Lie',
    unit: 'Nordre Aker helsestasjon',
    level: 1,
    openedOn: -1,
    consentedBy: 'Sara Nilsen',
    services: ['health_station'],
    lastActivity: -1,
  });

  // Lukas Andersen (born 2016), Nordberg skole: every evaluation deadline has passed, and the
  // consent given almost a year ago runs out within 30 days.
  {
    const { logId, holderId } = await newLog({
      child: 'Lukas Andersen',
      holder: 'Ola Johansen',
      unit: 'Nordberg skole',
      level: 2,
      openedOn: -345,
      consentedBy: 'Tone Andersen',
      consentValidUntil: day(20),
      services: ['school', 'school_health_service', 'ppt'],
      lastActivity: -40,
    });
    const attentionId = await newAttention(logId, holderId, {
      category: 'Skolefravær',
      description: 'Lukas kommer for sent til første time tre av fem skoledager.',
      maintainingFactors:
        'Lukas legger seg sent fordi han spiller på nettbrettet om kvelden. Morgenene hjemme er ' +
        'travle, og ingen følger ham til skolen.',
      goal: 'Lukas er i klasserommet kl. 08.30 hver skoledag.',
      signsOfSuccess:
        'Fraværslisten viser at Lukas kommer i tide minst fire av fem dager, fire uker på rad.',
      createdOn: -344,
    });
    const serviceId = await newMeasure(logId, attentionId, holderId, {
      text: 'Ola tar imot Lukas ved porten kl. 08.20 og går sammen med ham inn i klasserommet.',
      responsible: 'service',
      actor: 'Ola Johansen',
      startOn: -70,
      deadlineOn: -14,
      step: 1,
    });
    await tx.insert(measureEvent).values({
      municipalityId,
      measureId: serviceId,
      kind: 'extend_deadline',
      before: { deadline: day(-49) },
      after: { deadline: day(-14) },
      reason: 'Ola var på kurs i to uker, så tiltaket kom senere i gang.',
      byPersonId: holderId,
      at: at(-50, 12),
    });
    await newMeasure(logId, attentionId, holderId, {
      text: 'Foresatte tar nettbrettet ut av rommet til Lukas kl. 20.00 hver kveld.',
      responsible: 'home',
      startOn: -70,
      deadlineOn: -49,
      step: 2,
    });
    await newMeasure(logId, attentionId, holderId, {
      text: 'Lukas legger fram klærne og pakker sekken kvelden før.',
      responsible: 'child',
      startOn: -70,
      deadlineOn: -28,
      step: 3,
    });
    await newSpot(
      logId,
      'Ola Johansen',
      'Lukas var i klasserommet før klokka ringte alle dagene denne uka.',
      -40,
      attentionId,
    );
  }

  // Oskar Lund (born 2019), passive: his kindergarten log was closed when an individual plan
  // was made. It stays in Hanne's list, read-only, and the unit leader may reopen it (L6, L7).
  {
    const { logId, holderId } = await newLog({
      child: 'Oskar Lund',
      holder: 'Hanne Strand',
      unit: 'Korsvoll barnehage',
      level: 3,
      openedOn: -600,
      consentedBy: 'Eva Lund',
      services: ['kindergarten', 'ppt', 'health_station', 'specialist_health'],
      lastActivity: -240,
      closed: { on: -240, reason: 'Individuell plan opprettet' },
    });
    const attentionId = await newAttention(logId, holderId, {
      category: 'Språk og kommunikasjon',
      description: 'Oskar peker på det han vil ha i stedet for å si ordet.',
      maintainingFactors: 'De voksne forstår hva Oskar mener, så han trenger ikke å si det.',
      goal: 'Oskar sier ordet for det han vil ha ved måltidene i barnehagen og hjemme.',
      signsOfSuccess: 'Oskar sier ordet selv ved de fleste måltidene i to uker.',
      createdOn: -598,
    });
    const serviceId = await newMeasure(logId, attentionId, holderId, {
      text: 'Hanne leser bildebok med Oskar og to andre barn hver dag etter lunsj.',
      responsible: 'service',
      actor: 'Hanne Strand',
      startOn: -590,
      deadlineOn: -548,
      step: 1,
      status: 'ended',
    });
    await newMeasure(logId, attentionId, holderId, {
      text: 'Foresatte setter ord på det Oskar peker på ved middagsbordet.',
      responsible: 'home',
      startOn: -590,
      deadlineOn: -569,
      step: 2,
      status: 'ended',
    });
    await newMeasure(logId, attentionId, holderId, {
      text: 'Oskar sier ordet for det han vil ha før han får det ved måltidene.',
      responsible: 'child',
      startOn: -590,
      deadlineOn: -548,
      step: 3,
      status: 'ended',
    });
    await tx.insert(evaluation).values({
      municipalityId,
      logId,
      measureId: serviceId,
      outcome: 'partly',
      comment: 'Oskar følger med på bildeboka og sier noen ord, men bare når han er trygg.',
      familyView: 'Vi ser fremgang hjemme. Vi ønsker logopedhjelp og en individuell plan.',
      decision: 'end',
      evaluatedBy: holderId,
      evaluatedAt: at(-545, 13),
    });
  }
}
