/**
 * Drafts of the log's text fields (DOMAIN.md A2: nothing typed is ever lost).
 *
 * While an author types, the field's text is kept in the browser's localStorage, so it survives
 * an expired session, a reload and signing in again on the same device. Each draft belongs to
 * one person in one municipality and one field (`draftKey`, chosen by the page, e.g.
 * `log:<logId>:attention:new:goal`). A draft is removed when the text is saved or discarded,
 * and dropped after 14 days. See docs/decisions.md, "Drafts (A2)".
 *
 * Everything here is plain TypeScript: storage is passed in, so the rules are unit-tested
 * without a browser. `browserStorage()` is the real localStorage, or null when there is none
 * (on the server, or when the browser refuses storage).
 */

/** Every draft's storage key starts with this. */
export const DRAFT_STORAGE_PREFIX = 'stafett:draft:';
/** The stored format; a draft in another format is ignored (and never overwritten by reading). */
export const DRAFT_FORMAT_VERSION = 1;
/** Drafts older than this are dropped. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** Whose drafts: one person in one municipality. */
export interface DraftScope {
  municipality: string;
  personId: string;
}

export interface Draft {
  text: string;
  /** When the text was last stored (milliseconds since the epoch, the browser's clock). */
  savedAt: number;
}

/** The part of localStorage drafts use; a Map-backed fake in the tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The scope for a signed-in page's data (`page.data`), or null when nobody is signed in. */
export function draftScope(data: {
  municipality?: { slug: string } | null;
  me?: { person: { id: string } } | null;
}): DraftScope | null {
  const municipality = data.municipality?.slug;
  const personId = data.me?.person.id;
  return municipality && personId ? { municipality, personId } : null;
}

/** The start of every storage key of one person's drafts. */
export function draftNamespace(scope: DraftScope): string {
  // Encoded, so a ':' in either part can never make one person's namespace a prefix of another's.
  return `${DRAFT_STORAGE_PREFIX}${encodeURIComponent(scope.municipality)}:${encodeURIComponent(scope.personId)}:`;
}

/** The storage key of one field's draft. */
export function draftStorageKey(scope: DraftScope, draftKey: string): string {
  if (!draftKey) throw new Error('A draft needs a draftKey');
  return draftNamespace(scope) + draftKey;
}

export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ v: DRAFT_FORMAT_VERSION, text: draft.text, savedAt: draft.savedAt });
}

/** The draft in a stored value, or null when it is missing, damaged or in another format. */
export function parseDraft(raw: string | null | undefined): Draft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { v, text, savedAt } = value as Record<string, unknown>;
  if (v !== DRAFT_FORMAT_VERSION) return null;
  if (typeof text !== 'string' || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) {
    return null;
  }
  return { text, savedAt };
}

/**
 * True when the draft is older than 14 days. A time in the future (the clock was turned back)
 * counts as fresh: dropping text because of a wrong clock would be the worse mistake.
 */
export function isExpired(draft: Draft, now: number): boolean {
  return now - draft.savedAt > DRAFT_MAX_AGE_MS;
}

/** Browsers send line breaks as CRLF but show LF; both are the same text to the author. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
}

/** The draft worth offering back: fresh, and different from what the field starts with. */
export function draftToRestore(raw: string | null, initial: string, now: number): Draft | null {
  const draft = parseDraft(raw);
  if (!draft || isExpired(draft, now) || sameText(draft.text, initial)) return null;
  return draft;
}

// ---------------------------------------------------------------------------------------------
// Storage

/** localStorage, or null on the server and when the browser refuses it (privacy settings). */
export function browserStorage(): DraftStorage | null {
  try {
    if (typeof window === 'undefined') return null;
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads a field's draft. A damaged or expired one is removed; another format is left alone. */
export function readDraft(storage: DraftStorage, key: string, now: number): Draft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const draft = parseDraft(raw);
  if (!draft) {
    if (!isOtherFormat(raw)) removeDraft(storage, key);
    return null;
  }
  if (isExpired(draft, now)) {
    removeDraft(storage, key);
    return null;
  }
  return draft;
}

export type SaveOutcome = 'saved' | 'removed' | 'failed';

/**
 * Keeps the text as the field's draft — or removes the draft when the text is back to what the
 * field started with (there is nothing to keep). 'failed' when storage is full or refused.
 */
export function saveDraft(
  storage: DraftStorage,
  key: string,
  text: string,
  initial: string,
  now: number,
): SaveOutcome {
  if (sameText(text, initial)) {
    removeDraft(storage, key);
    return 'removed';
  }
  try {
    storage.setItem(key, serializeDraft({ text, savedAt: now }));
    return 'saved';
  } catch {
    return 'failed';
  }
}

export function removeDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing more to do: storage that refuses a removal keeps nothing new either.
  }
}

function keysStartingWith(storage: DraftStorage, prefix: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
  } catch {
    return keys;
  }
  return keys;
}

/**
 * Removes one person's drafts whose draftKey starts with `prefix` — call it after a successful
 * save (`clearDrafts('log:123:attention:new:', scope)`); an empty prefix removes all of them
 * (for signing out). Returns how many were removed; without a scope or storage, none.
 */
export function clearDrafts(
  prefix: string,
  scope: DraftScope | null | undefined,
  storage: DraftStorage | null = browserStorage(),
): number {
  if (!scope || !storage) return 0;
  const keys = keysStartingWith(storage, draftNamespace(scope) + prefix);
  for (const key of keys) removeDraft(storage, key);
  return keys.length;
}

/**
 * Drops every expired or damaged draft on this device, whoever wrote it, so drafts nobody comes
 * back for do not stay on a shared computer. Returns how many were removed.
 */
export function pruneDrafts(storage: DraftStorage, now: number): number {
  let removed = 0;
  for (const key of keysStartingWith(storage, DRAFT_STORAGE_PREFIX)) {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      continue;
    }
    const draft = parseDraft(raw);
    const drop = draft ? isExpired(draft, now) : raw !== null && !isOtherFormat(raw);
    if (drop) {
      removeDraft(storage, key);
      removed++;
    }
  }
  return removed;
}

/** A draft written in another (newer) format: someone else's to read, not ours to delete. */
function isOtherFormat(raw: string): boolean {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return false;
    const { v } = value as Record<string, unknown>;
    return typeof v === 'number' && v !== DRAFT_FORMAT_VERSION;
  } catch {
    return false;
  }
}

/**
 * Whether a form's redirect is to sign in again (the municipality's own page, `/{slug}`), as the
 * actions answer an expired session. That is no save: the drafts must stay (A2).
 */
export function isSignInRedirect(location: string): boolean {
  const path = new URL(location, 'http://x').pathname.replace(/\/+$/, '');
  return /^\/[^/]+$/.test(path);
}
