import type { WritingHint, WritingHintKind } from '@stafett/domain';
import type { Lang } from '$lib/i18n';

/** At most this many hints are listed at once; the rest are counted ("and 3 more"). */
export const MAX_SHOWN_HINTS = 5;

/** Wait this long after the last keystroke before the hints follow the text. */
export const HINT_DELAY_MS = 300;

export interface ShownHint {
  /**
   * Stays the same while the author types elsewhere in the text, so the polite live region
   * announces a hint once — when it appears — not again on every keystroke.
   */
  key: string;
  kind: WritingHintKind;
  /** The flagged words; a long sentence is shortened to its first words. */
  phrase: string;
  message: string;
  /** The message's language: English pages show the bokmål message (the log is Norwegian). */
  messageLang: 'nb' | 'nn';
}

/** The first `maxWords` words of a text on one line, with "…" when there were more. */
export function excerpt(text: string, maxWords = 8): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ')} …` : words.join(' ');
}

/** The hints as the field lists them: in text order, in the page's language, with stable keys. */
export function shownHints(hints: readonly WritingHint[], lang: Lang): ShownHint[] {
  const messageLang = lang === 'nn' ? 'nn' : 'nb';
  const seen = new Map<string, number>();
  return hints.map((hint) => {
    // The nth hint of this kind for these words; long sentences change as they grow, so only
    // their position among the long sentences identifies them.
    const base =
      hint.kind === 'long-sentence'
        ? hint.kind
        : `${hint.kind}:${hint.match.toLowerCase().replace(/\s+/g, ' ')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      key: `${base}#${n}`,
      kind: hint.kind,
      phrase: hint.kind === 'long-sentence' ? excerpt(hint.match) : hint.match,
      message: hint.message[messageLang],
      messageLang,
    };
  });
}
