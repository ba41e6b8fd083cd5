/**
 * When to warn about, and when to end, an idle session (DOMAIN.md A2). Pure: it is given the
 * session's deadlines as the API states them (server clock) and the browser's clock, and says
 * which phase the session is in and when that changes.
 */

export interface SessionTiming {
  /** When the session ends if nothing happens: the idle limit, or the absolute one if sooner. */
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  warnBeforeSeconds: number;
}

export type EndReason = 'idle' | 'absolute';

export type IdlePhase =
  | { phase: 'active'; reason: EndReason; msUntilWarning: number }
  | { phase: 'warning'; reason: EndReason; msLeft: number; minutesLeft: number }
  | { phase: 'expired'; reason: EndReason };

/**
 * @param now the browser's clock, in ms
 * @param clockOffsetMs browser clock minus server clock (positive when the browser is ahead)
 */
export function idlePhase(timing: SessionTiming, now: number, clockOffsetMs = 0): IdlePhase {
  const idle = Date.parse(timing.idleExpiresAt);
  const absolute = Date.parse(timing.absoluteExpiresAt);
  // Extending cannot move the end past the absolute limit: then the warning says so.
  const reason: EndReason = absolute <= idle ? 'absolute' : 'idle';
  const expiresAt = Math.min(idle, absolute) + clockOffsetMs;
  const warnAt = expiresAt - Math.max(0, timing.warnBeforeSeconds) * 1000;

  if (now >= expiresAt) return { phase: 'expired', reason };
  if (now >= warnAt) {
    const msLeft = expiresAt - now;
    return {
      phase: 'warning',
      reason,
      msLeft,
      minutesLeft: Math.max(1, Math.ceil(msLeft / 60_000)),
    };
  }
  return { phase: 'active', reason, msUntilWarning: warnAt - now };
}

/** Longest a browser timer can wait (about 24.8 days); longer waits fire at once. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/** How long to wait before looking again: until the next phase begins. Null when expired. */
export function msUntilNextPhase(phase: IdlePhase): number | null {
  switch (phase.phase) {
    case 'active':
      return Math.min(MAX_TIMEOUT, Math.max(0, phase.msUntilWarning));
    case 'warning':
      return Math.min(MAX_TIMEOUT, Math.max(0, phase.msLeft));
    case 'expired':
      return null;
  }
}

/** Browser clock minus server clock, from a moment both stated. */
export function clockOffset(serverNow: string, browserNow: number): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : browserNow - server;
}
