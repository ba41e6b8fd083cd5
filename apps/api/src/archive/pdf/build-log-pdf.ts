import type { ArchiveReason } from '@stafett/domain';
import type { LogContent } from '../../logs/log-content';
import type { ArchivePdfLabels } from './labels';
import { TaggedPdf } from './tagged-pdf';

type Head = NonNullable<LogContent['head']>;
type Measure = LogContent['measures'][number];

export interface ArchivePdfInput {
  municipalityName: string;
  /** The log as selectLogContent reads it, without notes (they are never printed). */
  content: LogContent & { head: Head };
  /** yyyy-mm-dd, from the national id; empty when unknown. */
  birthDate: string;
  /** The attentions to print; empty: the whole log. */
  attentionIds: readonly string[];
  reason: ArchiveReason | null;
  /** Holders over time, oldest first, when the log has been passed on. */
  holderHistory: readonly { name: string; from: Date }[];
  printedAt: Date;
}

const osloDate = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
/** 24.03.2027 from a Date or from yyyy-mm-dd. */
export function nbDate(value: Date | string): string {
  if (typeof value === 'string') {
    const [y, m, d] = value.slice(0, 10).split('-');
    return y && m && d ? `${d}.${m}.${y}` : value;
  }
  return osloDate.format(value);
}

/**
 * The archive PDF of a log (DOMAIN.md L8): PDF/A-2a, tagged, in Norwegian, with real text. Pure
 * apart from reading the font files: the same input gives the same document. Notes are left out
 * entirely (decisions.md, "Archive PDFs and Noark 5").
 */
export async function buildLogPdf(input: ArchivePdfInput, t: ArchivePdfLabels): Promise<Buffer> {
  const { content, printedAt } = input;
  const head = content.head;
  const chosen = new Set(input.attentionIds);
  const partial = chosen.size > 0;
  const attentions = content.attentions.filter((a) => !partial || chosen.has(a.id));
  const shown = new Set(attentions.map((a) => a.id));
  const title = partial ? t.partialTitle(head.child.name) : t.documentTitle(head.child.name);

  const pdf = new TaggedPdf({
    title,
    author: input.municipalityName,
    subject: t.subject,
    lang: 'nb',
  });
  pdf.heading(1, title);
  pdf.sect(() => about(pdf, input, head, t));
  pdf.sect(() => consent(pdf, content.consent, t));
  if (input.holderHistory.length > 1) {
    pdf.sect(() => {
      pdf.heading(2, t.holderHistory);
      pdf.list(input.holderHistory.map((h) => t.holderSince(h.name, nbDate(h.from))));
    });
  }
  pdf.sect(() => {
    pdf.heading(2, t.attentions);
    if (attentions.length === 0) pdf.paragraph(t.noAttentions);
    attentions.forEach((a, i) => pdf.sect(() => attention(pdf, content, a, i + 1, t)));
  });
  const spots = content.brightSpots.filter((b) =>
    b.attentionId === null ? !partial : shown.has(b.attentionId),
  );
  pdf.sect(() => {
    pdf.heading(2, t.brightSpots);
    if (spots.length === 0) pdf.paragraph(t.noBrightSpots);
    pdf.list(
      [...spots]
        .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())
        .map((b) => t.brightSpot(nbDate(b.createdAt), b.authorName, b.text)),
    );
  });
  const meetings = content.meetings.filter(
    (m) => !partial || m.attentionIds.some((id) => shown.has(id)),
  );
  pdf.sect(() => meetingsPart(pdf, meetings, t));
  pdf.sect(() => pdf.paragraph(t.notesLeftOut, { italic: true }));

  const printed = t.printed(nbDate(printedAt));
  return pdf.finish((n, of) => `${printed} · ${t.page(n, of)}`);
}

function about(pdf: TaggedPdf, input: ArchivePdfInput, head: Head, t: ArchivePdfLabels) {
  pdf.heading(2, t.about);
  pdf.facts([
    [t.municipality, input.municipalityName],
    [t.unit, `${head.unit.name} (${t.unitTypes[head.unit.type]})`],
    [t.child, head.child.name],
    [t.birthDate, input.birthDate ? nbDate(input.birthDate) : ''],
    [
      t.guardians,
      input.content.guardians.length > 0
        ? input.content.guardians.map((g) => g.name).join(', ')
        : t.noGuardians,
    ],
    [t.holder, head.holder.name],
    [t.level, t.levels[head.level] ?? String(head.level)],
    [t.status, t.statuses[head.status] ?? head.status],
    [t.opened, nbDate(head.openedAt)],
    [t.closed, head.closedAt ? nbDate(head.closedAt) : ''],
    [t.reason, input.reason ? t.reasons[input.reason] : ''],
  ]);
}

function consent(pdf: TaggedPdf, c: LogContent['consent'], t: ArchivePdfLabels) {
  pdf.heading(2, t.consent);
  if (!c) {
    pdf.paragraph(t.noConsent);
    return;
  }
  pdf.facts([
    [c.byYouth ? t.consentedByYouth : t.consentedBy, c.consentedBy],
    [t.consentedOn, nbDate(c.consentedOn)],
    [t.validUntil, nbDate(c.validUntil)],
    [t.services, c.services.map((s) => t.unitTypes[s]).join(', ')],
  ]);
}

function attention(
  pdf: TaggedPdf,
  content: LogContent,
  a: LogContent['attentions'][number],
  n: number,
  t: ArchivePdfLabels,
) {
  pdf.heading(3, `${t.attention(n, a.category)}${a.ended ? ` ${t.ended}` : ''}`);
  pdf.paragraph(a.description);
  pdf.facts([
    [t.maintainingFactors, a.maintainingFactors],
    [t.goal, a.goal],
    [t.signsOfSuccess, a.signsOfSuccess],
  ]);
  const measures = content.measures.filter((m) => m.attentionId === a.id);
  pdf.paragraph(measures.length === 0 ? t.noMeasures : t.measures);
  for (const m of measures) measure(pdf, content, m, t);
}

function measure(pdf: TaggedPdf, content: LogContent, m: Measure, t: ArchivePdfLabels) {
  const responsible =
    m.responsible === 'service'
      ? t.responsibleService(m.actorName, m.actorUnit)
      : m.responsible === 'home'
        ? t.responsibleHome
        : t.responsibleChild;
  const ev = content.evaluations.find((e) => e.measureId === m.id);
  pdf.paragraph(t.measure(m.step, m.text));
  pdf.facts([
    [t.responsible, responsible],
    [t.start, nbDate(m.startDate)],
    [t.deadline, nbDate(m.deadline)],
    [t.measureStatus, t.measureStatuses[m.status] ?? m.status],
    [
      t.evaluation,
      ev
        ? `${t.outcomes[ev.outcome] ?? ev.outcome}. ${t.evaluatedBy(ev.byName, nbDate(ev.at))}`
        : t.notEvaluated,
    ],
    [t.comment, ev?.comment ?? ''],
    [t.familyView, ev?.familyView ?? ''],
    [t.decision, ev ? (t.decisions[ev.decision] ?? ev.decision) : ''],
  ]);
  const history = content.events.filter((e) => e.measureId === m.id);
  if (history.length > 0) {
    pdf.list(
      history.map((e) => {
        const what = t.historyKinds[e.kind] ?? t.historyOther;
        const change = changeText(e.before, e.after);
        const reason = e.reason ? ` (${e.reason})` : '';
        return `${t.history}: ${nbDate(e.at)}, ${e.byName}: ${what}${change}${reason}`;
      }),
    );
  }
}

/** "fra X til Y" when both sides hold one printable value. */
function changeText(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const one = (o: Record<string, unknown>) => {
    const values = Object.values(o).filter((v) => typeof v === 'string' || typeof v === 'number');
    return values.length === 1 ? String(values[0]) : null;
  };
  const b = one(before);
  const a = one(after);
  const show = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? nbDate(v) : `«${v}»`);
  return b !== null && a !== null ? ` fra ${show(b)} til ${show(a)}` : '';
}

function meetingsPart(pdf: TaggedPdf, meetings: LogContent['meetings'], t: ArchivePdfLabels) {
  pdf.heading(2, t.meetings);
  if (meetings.length === 0) pdf.paragraph(t.noMeetings);
  const oldestFirst = [...meetings].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  for (const m of oldestFirst) {
    pdf.sect(() => {
      pdf.heading(3, t.meeting(m.title, nbDate(m.startsAt)));
      pdf.facts([
        [t.status, t.meetingStatuses[m.status] ?? m.status],
        [t.place, m.place],
        [t.participants, m.participants.map((p) => p.name).join(', ')],
        [t.agenda, m.agenda],
        [t.meetingEvaluation, m.meetingEvaluation],
      ]);
    });
  }
}
