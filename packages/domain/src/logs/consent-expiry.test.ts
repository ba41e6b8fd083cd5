import { describe, expect, it } from 'vitest';
import {
  CONSENT_EXPIRY_NOTICE_DAYS,
  consentExpiryNoticeDue,
  consentExpiryWindow,
  norwegianDate,
  type ConsentExpiryCandidate,
} from './consent-expiry';

const TODAY = '2027-03-10';
const due = (c: Partial<ConsentExpiryCandidate>, today = TODAY) =>
  consentExpiryNoticeDue(
    { validUntil: '2027-03-30', notifiedAt: null, logStatus: 'active', newest: true, ...c },
    today,
  );

describe('consentExpiryWindow', () => {
  it('runs from today to today + 30 days, across month ends and leap days', () => {
    expect(CONSENT_EXPIRY_NOTICE_DAYS).toBe(30);
    expect(consentExpiryWindow(TODAY)).toEqual({ from: '2027-03-10', to: '2027-04-09' });
    expect(consentExpiryWindow('2028-02-15')).toEqual({ from: '2028-02-15', to: '2028-03-16' });
    expect(consentExpiryWindow('2026-12-20')).toEqual({ from: '2026-12-20', to: '2027-01-19' });
  });
});

describe('consentExpiryNoticeDue', () => {
  it('is due for the newest consent of an active log that ends within 30 days', () => {
    expect(due({ validUntil: '2027-03-30' })).toBe(true);
  });

  it('includes both ends of the window: the last valid day today, and day 30', () => {
    expect(due({ validUntil: TODAY })).toBe(true);
    expect(due({ validUntil: '2027-04-09' })).toBe(true);
  });

  it('is not due a day outside the window: 31 days ahead, or already expired', () => {
    expect(due({ validUntil: '2027-04-10' })).toBe(false);
    expect(due({ validUntil: '2027-03-09' })).toBe(false);
    expect(due({ validUntil: '2027-05-09' })).toBe(false);
  });

  it('is sent once per consent', () => {
    expect(due({ notifiedAt: new Date('2027-03-01T05:00:00Z') })).toBe(false);
  });

  it('only for active logs', () => {
    expect(due({ logStatus: 'passive' })).toBe(false);
    expect(due({ logStatus: 'deleted' })).toBe(false);
  });

  it('only for the newest consent: an older one that runs out after a renewal says nothing', () => {
    expect(due({ newest: false })).toBe(false);
  });

  it('becomes due as the days pass', () => {
    const c = { validUntil: '2027-06-30' };
    expect(due(c, '2027-05-30')).toBe(false);
    expect(due(c, '2027-05-31')).toBe(true);
    expect(due(c, '2027-06-30')).toBe(true);
    expect(due(c, '2027-07-01')).toBe(false);
  });
});

describe('norwegianDate', () => {
  it('counts the day in Norway, not in UTC', () => {
    // 23.30 UTC on 31 December is already New Year's Day in Oslo (CET, UTC+1).
    expect(norwegianDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22.30 UTC in June is 00.30 the next day in Oslo (CEST, UTC+2).
    expect(norwegianDate(new Date('2027-06-14T22:30:00Z'))).toBe('2027-06-15');
    expect(norwegianDate(new Date('2027-06-14T21:30:00Z'))).toBe('2027-06-14');
  });
});
