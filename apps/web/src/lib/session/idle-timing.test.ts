import { describe, expect, it } from 'vitest';
import { clockOffset, idlePhase, msUntilNextPhase, type SessionTiming } from './idle-timing';

const T0 = Date.parse('2025-03-01T10:00:00.000Z');
const min = 60_000;

/** A session last active at T0: idle limit 30 minutes, absolute limit 120 minutes after start. */
const timing = (over: Partial<SessionTiming> = {}): SessionTiming => ({
  idleExpiresAt: new Date(T0 + 30 * min).toISOString(),
  absoluteExpiresAt: new Date(T0 + 90 * min).toISOString(),
  warnBeforeSeconds: 300,
  ...over,
});

describe('idlePhase', () => {
  it('is active until warnBeforeSeconds before the idle limit', () => {
    expect(idlePhase(timing(), T0)).toEqual({
      phase: 'active',
      reason: 'idle',
      msUntilWarning: 25 * min,
    });
    expect(idlePhase(timing(), T0 + 25 * min - 1).phase).toBe('active');
  });

  it('warns for the last five minutes, counting whole minutes up', () => {
    expect(idlePhase(timing(), T0 + 25 * min)).toEqual({
      phase: 'warning',
      reason: 'idle',
      msLeft: 5 * min,
      minutesLeft: 5,
    });
    expect(idlePhase(timing(), T0 + 26 * min + 1)).toMatchObject({ minutesLeft: 4 });
    expect(idlePhase(timing(), T0 + 30 * min - 1_000)).toMatchObject({ minutesLeft: 1 });
  });

  it('is expired at the idle limit', () => {
    expect(idlePhase(timing(), T0 + 30 * min)).toEqual({ phase: 'expired', reason: 'idle' });
    expect(idlePhase(timing(), T0 + 3 * 60 * min)).toEqual({ phase: 'expired', reason: 'idle' });
  });

  it('says when the absolute limit, which extending cannot move, comes first', () => {
    const capped = timing({
      idleExpiresAt: new Date(T0 + 10 * min).toISOString(),
      absoluteExpiresAt: new Date(T0 + 10 * min).toISOString(),
    });
    expect(idlePhase(capped, T0 + 6 * min)).toMatchObject({ phase: 'warning', reason: 'absolute' });
    expect(idlePhase(capped, T0 + 10 * min)).toEqual({ phase: 'expired', reason: 'absolute' });
  });

  it('corrects for a browser clock that is wrong', () => {
    // The browser is 3 minutes ahead: its 10:28 is the server's 10:25, the start of the warning.
    const ahead = 3 * min;
    expect(idlePhase(timing(), T0 + 28 * min, ahead)).toMatchObject({
      phase: 'warning',
      minutesLeft: 5,
    });
    expect(idlePhase(timing(), T0 + 27 * min, ahead).phase).toBe('active');
  });

  it('warns at once when the warning window is longer than the time left', () => {
    expect(idlePhase(timing({ warnBeforeSeconds: 3600 }), T0)).toMatchObject({
      phase: 'warning',
      minutesLeft: 30,
    });
  });
});

describe('msUntilNextPhase', () => {
  it('waits until the warning, then until the end, then stops', () => {
    expect(msUntilNextPhase(idlePhase(timing(), T0))).toBe(25 * min);
    expect(msUntilNextPhase(idlePhase(timing(), T0 + 27 * min))).toBe(3 * min);
    expect(msUntilNextPhase(idlePhase(timing(), T0 + 31 * min))).toBeNull();
  });

  it('never asks for a timer longer than a browser can wait', () => {
    const far = timing({
      idleExpiresAt: new Date(T0 + 100 * 24 * 60 * min).toISOString(),
      absoluteExpiresAt: new Date(T0 + 200 * 24 * 60 * min).toISOString(),
    });
    expect(msUntilNextPhase(idlePhase(far, T0))).toBe(2 ** 31 - 1);
  });
});

describe('clockOffset', () => {
  it('is browser minus server', () => {
    expect(clockOffset(new Date(T0).toISOString(), T0 + 5_000)).toBe(5_000);
    expect(clockOffset('not a date', T0)).toBe(0);
  });
});
