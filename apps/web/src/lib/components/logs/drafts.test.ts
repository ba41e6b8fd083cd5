import { describe, expect, it } from 'vitest';
import {
  DRAFT_FORMAT_VERSION,
  DRAFT_MAX_AGE_MS,
  DRAFT_STORAGE_PREFIX,
  isSignInRedirect,
  clearDrafts,
  draftNamespace,
  draftScope,
  draftStorageKey,
  draftToRestore,
  isExpired,
  parseDraft,
  pruneDrafts,
  readDraft,
  sameText,
  saveDraft,
  serializeDraft,
  type DraftScope,
  type DraftStorage,
} from './drafts';

/** localStorage's behaviour over a Map; `full` makes setItem throw like a full quota. */
class FakeStorage implements DraftStorage {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const kari: DraftScope = { municipality: 'bergen', personId: 'p-kari' };
const ola: DraftScope = { municipality: 'bergen', personId: 'p-ola' };
const NOW = Date.UTC(2025, 2, 14, 13, 32);
const DAY = 24 * 60 * 60 * 1000;

describe('draftScope', () => {
  it('is the municipality and the signed-in person', () => {
    expect(
      draftScope({ municipality: { slug: 'bergen' }, me: { person: { id: 'p-kari' } } }),
    ).toEqual(kari);
  });

  it('is null when nobody is signed in or there is no municipality', () => {
    expect(draftScope({ municipality: { slug: 'bergen' } })).toBeNull();
    expect(draftScope({ me: { person: { id: 'p-kari' } } })).toBeNull();
    expect(draftScope({ municipality: null, me: null })).toBeNull();
  });
});

describe('keys', () => {
  it('namespaces a field by municipality and person', () => {
    expect(draftStorageKey(kari, 'log:1:attention:new:goal')).toBe(
      `${DRAFT_STORAGE_PREFIX}bergen:p-kari:log:1:attention:new:goal`,
    );
  });

  it('gives two people, or two municipalities, different keys for the same field', () => {
    const key = 'log:1:goal';
    expect(draftStorageKey(kari, key)).not.toBe(draftStorageKey(ola, key));
    expect(draftStorageKey(kari, key)).not.toBe(
      draftStorageKey({ ...kari, municipality: 'oslo' }, key),
    );
  });

  it('encodes the parts, so no namespace is the prefix of another person’s', () => {
    const tricky = draftNamespace({ municipality: 'a', personId: 'b:c' });
    const other = draftNamespace({ municipality: 'a', personId: 'b' });
    expect(tricky.startsWith(other)).toBe(false);
    expect(draftNamespace({ municipality: 'a:b', personId: 'c' })).not.toBe(
      draftNamespace({ municipality: 'a', personId: 'b:c' }),
    );
  });

  it('needs a draftKey', () => {
    expect(() => draftStorageKey(kari, '')).toThrow();
  });
});

describe('serialise and parse', () => {
  it('round-trips text with line breaks, quotes and emoji', () => {
    const draft = { text: 'Mål: «lese 20 min»\nhver dag 📚', savedAt: NOW };
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
  });

  it('stores the format version', () => {
    expect(JSON.parse(serializeDraft({ text: 'x', savedAt: NOW }))).toMatchObject({
      v: DRAFT_FORMAT_VERSION,
    });
  });

  it.each([
    ['nothing', null],
    ['empty', ''],
    ['not JSON', '{oops'],
    ['a string', '"text"'],
    ['an array', '[1,2]'],
    ['another version', JSON.stringify({ v: 2, text: 'x', savedAt: NOW })],
    ['no version', JSON.stringify({ text: 'x', savedAt: NOW })],
    ['text not a string', JSON.stringify({ v: 1, text: 3, savedAt: NOW })],
    ['time not a number', JSON.stringify({ v: 1, text: 'x', savedAt: '2025-03-14' })],
  ])('refuses %s', (_what, raw) => {
    expect(parseDraft(raw)).toBeNull();
  });
});

describe('expiry', () => {
  it('keeps a draft for 14 days and drops it after', () => {
    expect(isExpired({ text: 'x', savedAt: NOW - 13 * DAY }, NOW)).toBe(false);
    expect(isExpired({ text: 'x', savedAt: NOW - DRAFT_MAX_AGE_MS }, NOW)).toBe(false);
    expect(isExpired({ text: 'x', savedAt: NOW - DRAFT_MAX_AGE_MS - 1 }, NOW)).toBe(true);
    expect(DRAFT_MAX_AGE_MS).toBe(14 * DAY);
  });

  it('counts a time in the future (a clock turned back) as fresh', () => {
    expect(isExpired({ text: 'x', savedAt: NOW + 3 * DAY }, NOW)).toBe(false);
  });
});

describe('draftToRestore', () => {
  const raw = (text: string, savedAt = NOW - 60_000) => serializeDraft({ text, savedAt });

  it('offers a fresh draft that differs from the field', () => {
    expect(draftToRestore(raw('Mitt utkast'), '', NOW)).toEqual({
      text: 'Mitt utkast',
      savedAt: NOW - 60_000,
    });
  });

  it('offers nothing when the draft is what the field already shows', () => {
    expect(draftToRestore(raw('Samme'), 'Samme', NOW)).toBeNull();
    // Browsers send CRLF; the draft has LF.
    expect(draftToRestore(raw('a\nb'), 'a\r\nb', NOW)).toBeNull();
  });

  it('offers nothing for an expired or damaged draft', () => {
    expect(draftToRestore(raw('Gammelt', NOW - 15 * DAY), '', NOW)).toBeNull();
    expect(draftToRestore('{', '', NOW)).toBeNull();
    expect(draftToRestore(null, '', NOW)).toBeNull();
  });

  it('treats line endings alike but not other whitespace', () => {
    expect(sameText('a\r\nb\rc', 'a\nb\nc')).toBe(true);
    expect(sameText('a b', 'a  b')).toBe(false);
  });
});

describe('storage', () => {
  const key = draftStorageKey(kari, 'log:1:goal');

  it('saves a draft and reads it back', () => {
    const storage = new FakeStorage();
    expect(saveDraft(storage, key, 'Ny tekst', '', NOW)).toBe('saved');
    expect(readDraft(storage, key, NOW + 1000)).toEqual({ text: 'Ny tekst', savedAt: NOW });
  });

  it('removes the draft when the text is back to what the field started with', () => {
    const storage = new FakeStorage();
    saveDraft(storage, key, 'Ny tekst', 'Lagret', NOW);
    expect(saveDraft(storage, key, 'Lagret', 'Lagret', NOW)).toBe('removed');
    expect(storage.items.size).toBe(0);
  });

  it('says so when storage is full, and throws nothing', () => {
    const storage = new FakeStorage();
    storage.full = true;
    expect(saveDraft(storage, key, 'Ny tekst', '', NOW)).toBe('failed');
  });

  it('removes an expired or damaged draft when reading it', () => {
    const storage = new FakeStorage();
    storage.setItem(key, serializeDraft({ text: 'Gammelt', savedAt: NOW - 15 * DAY }));
    expect(readDraft(storage, key, NOW)).toBeNull();
    expect(storage.items.has(key)).toBe(false);

    storage.setItem(key, 'not json');
    expect(readDraft(storage, key, NOW)).toBeNull();
    expect(storage.items.has(key)).toBe(false);
  });

  it('leaves a draft in a newer format alone', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ v: DRAFT_FORMAT_VERSION + 1, body: 'x' });
    storage.setItem(key, newer);
    expect(readDraft(storage, key, NOW)).toBeNull();
    expect(storage.getItem(key)).toBe(newer);
  });

  it('survives a storage that throws on every call', () => {
    const broken: DraftStorage = {
      get length(): number {
        throw new Error('denied');
      },
      key: () => {
        throw new Error('denied');
      },
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readDraft(broken, key, NOW)).toBeNull();
    expect(saveDraft(broken, key, 'x', '', NOW)).toBe('failed');
    expect(saveDraft(broken, key, 'x', 'x', NOW)).toBe('removed');
    expect(clearDrafts('', kari, broken)).toBe(0);
    expect(pruneDrafts(broken, NOW)).toBe(0);
  });
});

describe('clearDrafts', () => {
  function filled() {
    const storage = new FakeStorage();
    for (const field of ['goal', 'description', 'signs']) {
      saveDraft(storage, draftStorageKey(kari, `log:1:attention:new:${field}`), 'x', '', NOW);
    }
    saveDraft(storage, draftStorageKey(kari, 'log:1:attention:a7:goal'), 'x', '', NOW);
    saveDraft(storage, draftStorageKey(kari, 'log:2:note:new:text'), 'x', '', NOW);
    saveDraft(storage, draftStorageKey(ola, 'log:1:attention:new:goal'), 'x', '', NOW);
    storage.setItem('theme', 'dark');
    return storage;
  }

  it('removes the person’s drafts under the prefix, and nothing else', () => {
    const storage = filled();
    expect(clearDrafts('log:1:attention:new:', kari, storage)).toBe(3);
    expect([...storage.items.keys()].sort()).toEqual(
      [
        draftStorageKey(kari, 'log:1:attention:a7:goal'),
        draftStorageKey(kari, 'log:2:note:new:text'),
        draftStorageKey(ola, 'log:1:attention:new:goal'),
        'theme',
      ].sort(),
    );
  });

  it('removes all of one person’s drafts with an empty prefix', () => {
    const storage = filled();
    expect(clearDrafts('', kari, storage)).toBe(5);
    expect([...storage.items.keys()].sort()).toEqual(
      [draftStorageKey(ola, 'log:1:attention:new:goal'), 'theme'].sort(),
    );
  });

  it('does nothing without a signed-in person or without storage', () => {
    const storage = filled();
    expect(clearDrafts('', null, storage)).toBe(0);
    expect(clearDrafts('', kari, null)).toBe(0);
    expect(storage.items.size).toBe(7);
  });
});

describe('pruneDrafts', () => {
  it('drops expired and damaged drafts of everyone, and keeps the rest', () => {
    const storage = new FakeStorage();
    const fresh = draftStorageKey(kari, 'log:1:goal');
    const old = draftStorageKey(ola, 'log:1:goal');
    const damaged = draftStorageKey(ola, 'log:2:goal');
    const newer = draftStorageKey(kari, 'log:3:goal');
    saveDraft(storage, fresh, 'x', '', NOW - DAY);
    saveDraft(storage, old, 'x', '', NOW - 20 * DAY);
    storage.setItem(damaged, '{');
    storage.setItem(newer, JSON.stringify({ v: DRAFT_FORMAT_VERSION + 1 }));
    storage.setItem('not-a-draft', '{');

    expect(pruneDrafts(storage, NOW)).toBe(2);
    expect([...storage.items.keys()].sort()).toEqual([fresh, newer, 'not-a-draft'].sort());
  });
});

describe('isSignInRedirect', () => {
  it('knows the municipality’s own page (where an expired session is sent) from a saved page', () => {
    expect(isSignInRedirect('/oslo')).toBe(true);
    expect(isSignInRedirect('/oslo/')).toBe(true);
    expect(isSignInRedirect('http://localhost:3000/oslo?utlopt=1')).toBe(true);
    expect(isSignInRedirect('/oslo/logger/1b2c')).toBe(false);
    expect(isSignInRedirect('/oslo/enheter/1?melding=endret')).toBe(false);
  });
});
