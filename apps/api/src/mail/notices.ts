/**
 * The text of every notice Stafett e-mails, in bokmål and nynorsk. E-mail is not a secure
 * channel, so a notice says only that something happened and where to read it: never an
 * attention, a measure's text, an agenda or a bright spot (docs/decisions.md, "E-mail"). The
 * child's name stays out of subjects, which show on lock screens and in shared inboxes. Where a
 * sentence reads the same in both standards it is written once.
 */
import { calendarInvitation } from './ics';
import { dateText, dateTimeText, footer, type WrittenStandard } from './format';
import type { MailContent } from './outbox';

function body(standard: WrittenStandard, lines: string[]): string {
  return [...lines, '', footer(standard)].join('\n');
}

export interface NewLogNoticeInput {
  childName: string;
  holderName: string;
  unitName: string;
  municipalityName: string;
  link: string;
}

/** To each guardian when a log is created (DOMAIN.md L3). */
export function newLogNotice(standard: WrittenStandard, n: NewLogNoticeInput): MailContent {
  const nb = standard === 'nb';
  return {
    subject: 'Ny stafettlogg',
    text: body(standard, [
      nb
        ? `${n.holderName} i ${n.unitName} har opprettet en stafettlogg for ${n.childName}.`
        : `${n.holderName} i ${n.unitName} har oppretta ein stafettlogg for ${n.childName}.`,
      nb
        ? `${n.holderName} er loggholder og svarer på spørsmål om loggen.`
        : `${n.holderName} er loggheldar og svarar på spørsmål om loggen.`,
      '',
      `Logg inn for å lese loggen: ${n.link}`,
      '',
      nb ? `Hilsen ${n.municipalityName}` : `Helsing ${n.municipalityName}`,
    ]),
    attachments: [],
  };
}

export interface MeetingInvitationInput {
  title: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  /** Not sent: an agenda names what the meeting is about (see the module comment). */
  agenda?: string;
  organizerName: string;
  organizerEmail?: string;
  link: string;
  /** Stable per meeting, so a changed time updates the calendar entry instead of adding one. */
  uid: string;
}

/** To each participant when the holder calls a meeting (C6), with a calendar invitation. */
export function meetingInvitation(
  standard: WrittenStandard,
  m: MeetingInvitationInput,
): MailContent {
  const nb = standard === 'nb';
  const when = dateTimeText(m.startsAt);
  return {
    subject: `Innkalling til møte ${when}`,
    text: body(standard, [
      nb
        ? `${m.organizerName} kaller deg inn til møtet «${m.title}».`
        : `${m.organizerName} kallar deg inn til møtet «${m.title}».`,
      `Tid: ${when} (${m.durationMinutes} ${nb ? 'minutter' : 'minutt'})`,
      `${nb ? 'Sted' : 'Stad'}: ${m.place}`,
      '',
      nb ? `Logg inn for å lese sakslisten: ${m.link}` : `Logg inn for å lese sakslista: ${m.link}`,
      nb
        ? 'Vedlegget legger møtet inn i kalenderen din.'
        : 'Vedlegget legg møtet inn i kalenderen din.',
    ]),
    attachments: [
      {
        filename: 'innkalling.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: calendarInvitation(standard, m),
      },
    ],
  };
}

/** To the participants when the holder cancels a meeting (C6); the .ics removes it. */
export function meetingCancelledNotice(
  standard: WrittenStandard,
  m: MeetingInvitationInput,
): MailContent {
  const nb = standard === 'nb';
  const when = dateTimeText(m.startsAt);
  return {
    subject: nb ? `Møtet ${when} er avlyst` : `Møtet ${when} er avlyst`,
    text: body(standard, [
      nb
        ? `${m.organizerName} har avlyst møtet «${m.title}» ${when}.`
        : `${m.organizerName} har avlyst møtet «${m.title}» ${when}.`,
      nb
        ? 'Vedlegget tar møtet ut av kalenderen din.'
        : 'Vedlegget tek møtet ut av kalenderen din.',
      '',
      `${nb ? 'Logg inn for å se loggen' : 'Logg inn for å sjå loggen'}: ${m.link}`,
    ]),
    attachments: [
      {
        filename: 'avlysning.ics',
        contentType: 'text/calendar; charset=utf-8; method=CANCEL',
        content: calendarInvitation(standard, m, true),
      },
    ],
  };
}

export interface BrightSpotNoticeInput {
  childName: string;
  authorName: string;
  link: string;
}

/** To those with access when someone writes a bright spot (C4); the text stays in the log. */
export function brightSpotNotice(standard: WrittenStandard, b: BrightSpotNoticeInput): MailContent {
  const nb = standard === 'nb';
  return {
    subject: 'Nytt lysglimt i stafettloggen',
    text: body(standard, [
      nb
        ? `${b.authorName} har skrevet et lysglimt i stafettloggen til ${b.childName}.`
        : `${b.authorName} har skrive eit lysglimt i stafettloggen til ${b.childName}.`,
      '',
      `Logg inn for å lese det: ${b.link}`,
    ]),
    attachments: [],
  };
}

export interface MeasureAssignedNoticeInput {
  childName: string;
  /** Not sent: a measure's text tells what the child struggles with. */
  measureText?: string;
  /** The evaluation deadline, YYYY-MM-DD. */
  deadline: string;
  link: string;
}

/** To the staff actor who becomes responsible for a measure (C2). */
export function measureAssignedNotice(
  standard: WrittenStandard,
  m: MeasureAssignedNoticeInput,
): MailContent {
  const nb = standard === 'nb';
  const deadline = dateText(m.deadline);
  return {
    subject: nb ? 'Du har fått ansvar for et tiltak' : 'Du har fått ansvar for eit tiltak',
    text: body(standard, [
      nb
        ? `Du har fått ansvar for et nytt tiltak i stafettloggen til ${m.childName}.`
        : `Du har fått ansvar for eit nytt tiltak i stafettloggen til ${m.childName}.`,
      `Fristen for å evaluere tiltaket er ${deadline}.`,
      '',
      `Logg inn for å lese tiltaket: ${m.link}`,
    ]),
    attachments: [],
  };
}

export interface ConsentExpiringNoticeInput {
  childName: string;
  /** The last day the consent is valid, YYYY-MM-DD. */
  validUntil: string;
  link: string;
}

/** To the holder before the consent of a log runs out (L2). */
export function consentExpiringNotice(
  standard: WrittenStandard,
  c: ConsentExpiringNoticeInput,
): MailContent {
  const nb = standard === 'nb';
  const until = dateText(c.validUntil);
  return {
    subject: nb ? 'Samtykket til en stafettlogg går ut' : 'Samtykket til ein stafettlogg går ut',
    text: body(standard, [
      nb
        ? `Samtykket til stafettloggen for ${c.childName} gjelder til og med ${until}.`
        : `Samtykket til stafettloggen for ${c.childName} gjeld til og med ${until}.`,
      nb
        ? `Be familien om et nytt, signert samtykke og last det opp i loggen før ${until}.`
        : `Be familien om eit nytt, signert samtykke og last det opp i loggen før ${until}.`,
      '',
      nb ? `Logg inn for å åpne loggen: ${c.link}` : `Logg inn for å opne loggen: ${c.link}`,
    ]),
    attachments: [],
  };
}

export interface TransferStartedNoticeInput {
  childName: string;
  fromName: string;
  toUnitName: string;
  /** True for the recipient (or the receiving unit's leaders), false for the guardians. */
  forRecipient: boolean;
  link: string;
}

/** To the recipient and the guardians when a transfer of a log is started (X1, X2). */
export function transferStartedNotice(
  standard: WrittenStandard,
  n: TransferStartedNoticeInput,
): MailContent {
  const nb = standard === 'nb';
  const lines = n.forRecipient
    ? [
        `${n.fromName} vil overføre stafettloggen til ${n.childName} til ${n.toUnitName}.`,
        nb
          ? 'Loggen er overført først når den er godtatt. Du kan godta eller avslå.'
          : 'Loggen er overført først når ho er godteken. Du kan godta eller avslå.',
        '',
        `Logg inn for å svare: ${n.link}`,
      ]
    : [
        nb
          ? `${n.fromName} har bedt om å overføre stafettloggen til ${n.childName} til ${n.toUnitName}.`
          : `${n.fromName} har bede om å overføre stafettloggen til ${n.childName} til ${n.toUnitName}.`,
        nb
          ? `${n.fromName} er stafettholder til overføringen er godtatt.`
          : `${n.fromName} er stafetthaldar til overføringa er godteken.`,
        '',
        `Logg inn for å lese loggen: ${n.link}`,
      ];
  return {
    subject: nb ? 'En stafettlogg skal overføres' : 'Ein stafettlogg skal overførast',
    text: body(standard, lines),
    attachments: [],
  };
}

export interface TransferAcceptedNoticeInput {
  childName: string;
  newHolderName: string;
  unitName: string;
  link: string;
}

/** To the guardians and the old holder when a transfer is accepted (X2). */
export function transferAcceptedNotice(
  standard: WrittenStandard,
  n: TransferAcceptedNoticeInput,
): MailContent {
  const nb = standard === 'nb';
  return {
    subject: nb ? 'Stafettloggen har ny stafettholder' : 'Stafettloggen har ny stafetthaldar',
    text: body(standard, [
      nb
        ? `${n.newHolderName} i ${n.unitName} er ny stafettholder for stafettloggen til ${n.childName}.`
        : `${n.newHolderName} i ${n.unitName} er ny stafetthaldar for stafettloggen til ${n.childName}.`,
      '',
      `Logg inn for å lese loggen: ${n.link}`,
    ]),
    attachments: [],
  };
}

export interface ConsentWithdrawnNoticeInput {
  childName: string;
  link: string;
}

/**
 * To the holder when a guardian or the youth withdraws consent (L7): the log is closed. No reason
 * is asked of the family, so none is told.
 */
export function consentWithdrawnNotice(
  standard: WrittenStandard,
  c: ConsentWithdrawnNoticeInput,
): MailContent {
  const nb = standard === 'nb';
  return {
    subject: nb
      ? 'Samtykket til en stafettlogg er trukket'
      : 'Samtykket til ein stafettlogg er trekt',
    text: body(standard, [
      nb
        ? `Samtykket til stafettloggen for ${c.childName} er trukket tilbake. Loggen er avsluttet og kan bare leses.`
        : `Samtykket til stafettloggen for ${c.childName} er trekt tilbake. Loggen er avslutta og kan berre lesast.`,
      '',
      nb ? `Logg inn for å åpne loggen: ${c.link}` : `Logg inn for å opne loggen: ${c.link}`,
    ]),
    attachments: [],
  };
}

export interface DeletionRequestedNoticeInput {
  childName: string;
  unitName: string;
  link: string;
}

/** To the unit's leaders when a guardian or the youth demands that a log be deleted (L7). */
export function deletionRequestedNotice(
  standard: WrittenStandard,
  d: DeletionRequestedNoticeInput,
): MailContent {
  const nb = standard === 'nb';
  return {
    subject: nb
      ? 'Forespørsel om sletting av en stafettlogg'
      : 'Førespurnad om sletting av ein stafettlogg',
    text: body(standard, [
      nb
        ? `Familien ber om at stafettloggen for ${d.childName} i ${d.unitName} blir slettet.`
        : `Familien ber om at stafettloggen for ${d.childName} i ${d.unitName} blir sletta.`,
      nb
        ? 'Som enhetsleder svarer du på forespørselen og sletter loggen når arkivplikten er oppfylt.'
        : 'Som einingsleiar svarar du på førespurnaden og slettar loggen når arkivplikta er oppfylt.',
      '',
      nb ? `Logg inn for å svare: ${d.link}` : `Logg inn for å svare: ${d.link}`,
    ]),
    attachments: [],
  };
}
