import { untrack } from 'svelte';
import {
  clockOffset,
  idlePhase,
  msUntilNextPhase,
  type EndReason,
  type IdlePhase,
  type SessionTiming,
} from './idle-timing';

/** The session as a signed-in page's layout data carries it. */
export interface SessionSnapshot extends SessionTiming {
  /** The server's clock when it read the session, to correct a browser clock that is off. */
  serverNow: string;
}

/** While warning, look again this often so "in N minutes" stays true. */
const WARNING_REFRESH_MS = 30_000;

function isSnapshot(value: unknown): value is SessionSnapshot {
  const v = value as Partial<SessionSnapshot> | null;
  return (
    typeof v?.idleExpiresAt === 'string' &&
    typeof v.serverNow === 'string' &&
    typeof v.absoluteExpiresAt === 'string' &&
    typeof v.warnBeforeSeconds === 'number'
  );
}

/**
 * Watches a signed-in session in the browser: warns `warnBeforeSeconds` before it ends, lets
 * the person extend it, and calls `onExpired` when the time is up. Before warning and before
 * ending it asks the API again (GET /session does not count as activity), because the person
 * may have been active in another tab.
 */
export class IdleSession {
  phase: IdlePhase = $state({ phase: 'active', reason: 'idle', msUntilWarning: Infinity });
  extending = $state(false);
  extendFailed = $state(false);
  /** The person has read the warning that the absolute limit is near (nothing to extend). */
  acknowledged = $state(false);

  /** Whether the warning dialog should be open. */
  readonly warning = $derived(
    this.phase.phase === 'warning' && !(this.phase.reason === 'absolute' && this.acknowledged),
  );

  #timing: SessionTiming | null = null;
  #offset = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  #onExpired: (reason: EndReason) => void;

  constructor(onExpired: (reason: EndReason) => void) {
    this.#onExpired = onExpired;
  }

  /** New session state from the server, e.g. the layout data after a navigation. */
  update(snapshot: SessionSnapshot): void {
    untrack(() => {
      this.#accept(snapshot);
      if (this.#running) void this.#tick();
    });
  }

  /** Every answer from the API carries its clock, so the offset is measured afresh each time. */
  #accept(snapshot: SessionSnapshot): void {
    this.#timing = snapshot;
    this.#offset = clockOffset(snapshot.serverNow, Date.now());
  }

  /** Starts watching; returns the function that stops it (an $effect's cleanup). */
  start(): () => void {
    return untrack(() => {
      this.#running = true;
      // Timers sleep with the laptop: look again when the page is seen again.
      const onVisible = () => {
        if (document.visibilityState === 'visible') void this.#tick();
      };
      document.addEventListener('visibilitychange', onVisible);
      void this.#tick();
      return () => {
        this.#running = false;
        clearTimeout(this.#timer);
        document.removeEventListener('visibilitychange', onVisible);
      };
    });
  }

  /** "Fortsett å være innlogget": POST /session/extend. */
  async extend(): Promise<void> {
    this.extending = true;
    try {
      const response = await fetch('/api/v1/session/extend', {
        method: 'POST',
        headers: { accept: 'application/json' },
      });
      if (response.status === 401) return this.#expire();
      const body: unknown = response.ok ? await response.json() : null;
      if (!isSnapshot(body)) throw new Error(`extend answered ${response.status}`);
      this.#accept(body);
      this.extendFailed = false;
      await this.#tick();
    } catch {
      this.extendFailed = true;
    } finally {
      this.extending = false;
    }
  }

  /** "Jeg forstår" on the warning that the absolute limit is near. */
  acknowledge(): void {
    this.acknowledged = true;
  }

  #compute(): IdlePhase {
    return this.#timing
      ? idlePhase(this.#timing, Date.now(), this.#offset)
      : { phase: 'active', reason: 'idle', msUntilWarning: Infinity };
  }

  /** Asks the API for the session as it is now: its timing, 'gone', or null if unknown. */
  async #fetchSession(): Promise<SessionSnapshot | 'gone' | null> {
    try {
      const response = await fetch('/api/v1/session', { headers: { accept: 'application/json' } });
      if (response.status === 401) return 'gone';
      const body: unknown = response.ok ? await response.json() : null;
      return isSnapshot(body) ? body : null;
    } catch {
      return null;
    }
  }

  async #tick(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.#running || !this.#timing) return;
    let next = this.#compute();
    const entering = next.phase !== 'active' && this.phase.phase === 'active';
    if (entering || next.phase === 'expired') {
      const fresh = await this.#fetchSession();
      if (!this.#running) return;
      if (fresh === 'gone') next = { phase: 'expired', reason: next.reason };
      else if (fresh) {
        this.#accept(fresh);
        next = this.#compute();
      }
    }
    if (next.phase === 'expired') return this.#expire(next.reason);
    if (next.phase === 'active') this.acknowledged = false;
    this.phase = next;
    const wait = msUntilNextPhase(next) ?? 0;
    this.#timer = setTimeout(
      () => void this.#tick(),
      next.phase === 'warning' ? Math.min(wait, WARNING_REFRESH_MS) : wait,
    );
  }

  #expire(reason: EndReason = this.phase.reason): void {
    clearTimeout(this.#timer);
    this.#running = false;
    this.phase = { phase: 'expired', reason };
    this.#onExpired(reason);
  }
}
