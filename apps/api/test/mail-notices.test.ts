import { writingHints } from '@stafett/domain';
import { describe, expect, it } from 'vitest';
import { dateText, dateTimeText } from '../src/mail/format';
import {
  brightSpotNotice,
  consentExpiringNotice,
  meetingInvitation,
  measureAssignedNotice,
  newLogNotice,
  type MeetingInvitationInput,
} from '../src/mail/notices';
import type { MailContent } from '../src/mail/outbox';

const LINK = 'https://stafett.test/logger/42';
const STANDARDS = ['nb', 'nn'] as const;

const meeting: MeetingInvitationInput = {
  title: 'Oppstartsmøte',
  // 14.00 in Oslo (CET, UTC+1).
  startsAt: new Date('2027-03-12T13:00:00Z'),
  durationMinutes: 90,
  place: 'Solbakken skole, møterom 2',
  agenda: 'Skolefravær og søvn',
  organizerName: 'Kari Holder',
  organizerEmail: 'kari@solbakken.test',
  link: LINK,
  uid: 'meeting-42@stafett.test',
};

const builders: Record<string, (s: 'nb' | 'nn') => MailContent> = {
  newLog: (s) =>
    newLogNotice(s, {
      childName: 'Ola',
      holderName: 'Kari Holder',
      unitName: 'Solbakken skole',
      municipalityName: 'Eksempel kommune',
      link: LINK,
    }),
  meeting: (s) => meetingInvitation(s, meeting),
  brightSpot: (s) => brightSpotNotice(s, { childName: 'Ola', authorName: 'Per Aktør', link: LINK }),
  measure: (s) =>
    measureAssignedNotice(s, {
      childName: 'Ola',
      measureText: 'Øve på lesing med mor hver kveld',
      deadline: '2027-04-02',
      link: LINK,
    }),
  consent: (s) =>
    consentExpiringNotice(s, { childName: 'Ola', validUntil: '2027-06-30', link: LINK }),
};

/** Unfolds an iCalendar text (RFC 5545 3.1) into its content lines. */
function icsLines(ics: string): string[] {
  return ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter(Boolean);
}

describe('notices', () => {
  for (const [name, build] of Object.entries(builders)) {
    for (const standard of STANDARDS) {
      it(`${name} (${standard}) links to Stafett, keeps the child out of the subject and follows the writing rules`, () => {
        const mail = build(standard);
        expect(mail.text).toContain(LINK);
        expect(mail.subject).not.toContain('Ola');
        expect(mail.text).toContain(
          standard === 'nb' ? 'ikke en sikker kanal' : 'ikkje ein sikker kanal',
        );
        // The same rules the writing help shows authors of a log (C9).
        expect(writingHints(`${mail.subject}. ${mail.text}`)).toEqual([]);
      });
    }
  }

  it('writes bokmål and nynorsk differently', () => {
    for (const build of Object.values(builders))
      expect(build('nb').text).not.toBe(build('nn').text);
  });

  it('leaves child content in Stafett: no measure text, no agenda', () => {
    expect(builders.measure?.('nb').text).not.toContain('lesing');
    const invitation = meetingInvitation('nn', meeting);
    expect(invitation.text).not.toContain('Skolefravær');
    expect(invitation.attachments[0]?.content).not.toContain('Skolefravær');
  });

  it('says when and where a meeting is, in Norwegian time', () => {
    const mail = meetingInvitation('nb', meeting);
    expect(mail.subject).toBe('Innkalling til møte 12. mars 2027 kl. 14.00');
    expect(mail.text).toContain('Sted: Solbakken skole, møterom 2');
    expect(meetingInvitation('nn', meeting).text).toContain('Stad: Solbakken skole, møterom 2');
  });

  it('attaches the meeting as a VCALENDAR with its start in UTC', () => {
    const [attachment] = meetingInvitation('nb', meeting).attachments;
    expect(attachment?.filename).toBe('innkalling.ics');
    expect(attachment?.contentType).toMatch(/^text\/calendar/);
    const lines = icsLines(attachment?.content ?? '');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('DTSTART:20270312T130000Z');
    expect(lines).toContain('DURATION:PT90M');
    expect(lines).toContain('UID:meeting-42@stafett.test');
    expect(lines).toContain('SUMMARY:Oppstartsmøte');
    expect(
      lines.some((l) => l.startsWith('ORGANIZER') && l.endsWith(':MAILTO:kari@solbakken.test')),
    ).toBe(true);
  });

  it('leaves out the organizer when there is no e-mail address for replies', () => {
    const { organizerEmail: _omit, ...rest } = meeting;
    const lines = icsLines(meetingInvitation('nb', rest).attachments[0]?.content ?? '');
    expect(lines.some((l) => l.startsWith('ORGANIZER'))).toBe(false);
  });
});

describe('dates in notices', () => {
  it('writes times in Oslo time, across daylight saving', () => {
    expect(dateTimeText(new Date('2027-01-05T07:30:00Z'))).toBe('5. januar 2027 kl. 08.30');
    expect(dateTimeText(new Date('2027-07-05T07:30:00Z'))).toBe('5. juli 2027 kl. 09.30');
    expect(dateTimeText(new Date('2027-12-31T23:15:00Z'))).toBe('1. januar 2028 kl. 00.15');
  });

  it('writes calendar dates without a time zone and refuses other formats', () => {
    expect(dateText('2027-04-02')).toBe('2. april 2027');
    expect(() => dateText('02.04.2027')).toThrow(TypeError);
  });
});
