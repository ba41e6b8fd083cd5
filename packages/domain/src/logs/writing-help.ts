/**
 * Writing help (C9): flags the seeds' language rules while an author types, so the text in a
 * log stays short, concrete and active — written to the child and the guardians.
 *
 * The rules come from the staff guides (seeds 000, 001, 002, 004):
 * - vague time ("snarest", "snarast", "innen rimelig tid", "innan rimeleg tid") → write a date;
 * - vague extent ("i den grad det er mulig", "i rimelig omfang", "etter behov") → say how much;
 * - abbreviations ("f.eks.", "bl.a.", "pga.") → write the whole word;
 * - passive -es / -ast forms ("det undersøkes") → say who does what ("Legen undersøker");
 * - the pronoun "man" → name the person, their role or family relation;
 * - long sentences → write short sentences.
 *
 * Hints are gentle: they never block saving, so every rule prefers missing a case to
 * flagging good Norwegian. The function is pure, works for bokmål and nynorsk, and makes one
 * linear pass over the text per rule.
 */

export type WritingHintKind =
  'vague-time' | 'vague-extent' | 'abbreviation' | 'passive' | 'man' | 'long-sentence';

export interface WritingHint {
  kind: WritingHintKind;
  /** Offsets into the text: `text.slice(start, end) === match`. */
  start: number;
  end: number;
  match: string;
  /** Short and friendly; says what to write instead. */
  message: { nb: string; nn: string };
}

export interface WritingHintOptions {
  /** A sentence with more words than this gets a 'long-sentence' hint. Default 25. */
  maxSentenceWords?: number;
}

export const DEFAULT_MAX_SENTENCE_WORDS = 25;

// Letters and digits of any script, so æ, ø and å count as word characters. JavaScript's \b
// only knows ASCII and would see a boundary inside "mogleg" or "så".
const WORD_CHAR = '[\\p{L}\\p{N}]';
const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern for phrases; any run of whitespace between words. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    // Longest first, so "så snart som mulig" wins over a shorter phrase at the same place.
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map(escapeRegExp).join('\\s+'));
  return new RegExp(`${BEFORE}(?:${alternatives.join('|')})${AFTER}`, 'giu');
}

// ---------------------------------------------------------------------------------------------
// Vague time and extent

const VAGUE_TIME = [
  'snarest',
  'snarast',
  'snarlig',
  'snarleg',
  'så snart som mulig',
  'så snart som mogleg',
  'så fort som mulig',
  'så fort som mogleg',
  'så raskt som mulig',
  'så raskt som mogleg',
  'innen rimelig tid',
  'innan rimeleg tid',
  'innen kort tid',
  'innan kort tid',
] as const;

const VAGUE_EXTENT = [
  'i den grad det er mulig',
  'i den grad det er mogleg',
  'i rimelig omfang',
  'i rimeleg omfang',
  'om mulig',
  'om mogleg',
  'hvis mulig',
  'viss mogleg',
  'dersom mulig',
  'dersom mogleg',
  'etter behov',
  'ved behov',
] as const;

const VAGUE_TIME_RE = phrasePattern(VAGUE_TIME);
const VAGUE_EXTENT_RE = phrasePattern(VAGUE_EXTENT);

// ---------------------------------------------------------------------------------------------
// Abbreviations

/**
 * Abbreviations common in Norwegian case writing, with the whole words to write instead.
 * Keys are the usual spelling; `parts` drives the pattern. Parts are joined by a dot with an
 * optional space ("f.eks.", "f. eks."); the closing dot is optional ("evt", "pga").
 */
const ABBREVIATIONS: Readonly<Record<string, { parts: string[]; nb: string; nn: string }>> = {
  'f.eks.': { parts: ['f', 'eks'], nb: 'for eksempel', nn: 'til dømes' },
  'bl.a.': { parts: ['bl', 'a'], nb: 'blant annet', nn: 'mellom anna' },
  'm.m.': { parts: ['m', 'm'], nb: 'med mer', nn: 'med meir' },
  'o.l.': { parts: ['o', 'l'], nb: 'og lignende', nn: 'og liknande' },
  't.o.m.': { parts: ['t', 'o', 'm'], nb: 'til og med', nn: 'til og med' },
  'f.o.m.': { parts: ['f', 'o', 'm'], nb: 'fra og med', nn: 'frå og med' },
  'ifm.': { parts: ['ifm'], nb: 'i forbindelse med', nn: 'i samband med' },
  'evt.': { parts: ['evt'], nb: 'eventuelt', nn: 'eventuelt' },
  'ev.': { parts: ['ev'], nb: 'eventuelt', nn: 'eventuelt' },
  'ca.': { parts: ['ca'], nb: 'omtrent', nn: 'omtrent' },
  'mht.': { parts: ['mht'], nb: 'med hensyn til', nn: 'med omsyn til' },
  'iht.': { parts: ['iht'], nb: 'i henhold til', nn: 'i samsvar med' },
  'osv.': { parts: ['osv'], nb: 'og så videre', nn: 'og så vidare' },
  'dvs.': { parts: ['dvs'], nb: 'det vil si', nn: 'det vil seie' },
  'pga.': { parts: ['pga'], nb: 'på grunn av', nn: 'på grunn av' },
  'ift.': { parts: ['ift'], nb: 'i forhold til', nn: 'i forhold til' },
  'ang.': { parts: ['ang'], nb: 'angående', nn: 'når det gjeld' },
  'vedr.': { parts: ['vedr'], nb: 'vedrørende', nn: 'når det gjeld' },
  'ped.': { parts: ['ped'], nb: 'pedagogisk', nn: 'pedagogisk' },
  'jf.': { parts: ['jf'], nb: 'jamfør', nn: 'jamfør' },
  'etc.': { parts: ['etc'], nb: 'og så videre', nn: 'og så vidare' },
  'mv.': { parts: ['mv'], nb: 'med videre', nn: 'med vidare' },
  'tlf.': { parts: ['tlf'], nb: 'telefon', nn: 'telefon' },
};

/**
 * Established names of services and documents. They are proper names that families meet in
 * letters and on signs, so the writing help never flags them — even though they are built
 * like abbreviations. Only the fixed list above is flagged, so these pass by construction;
 * the list is exported so the page can say why, and tests keep it honest.
 *
 * "kl." (klokka/klokken) is deliberately not flagged either: the staff guide's own model
 * goal writes "fra kl.17-18", and a time next to it makes it clear.
 */
export const ALLOWED_NAMES = [
  'PPT',
  'PPT-tjenesten',
  'PP-tjenesten',
  'NAV',
  'BUP',
  'BUF',
  'Bufetat',
  'BTI',
  'SFO',
  'AKS',
  'IOP',
  'IP',
  'ADHD',
  'TIBIR',
  'PMTO',
  'kl.',
] as const;

const ABBREVIATION_RE = (() => {
  const alternatives = Object.values(ABBREVIATIONS)
    .map((a) =>
      // Dots between the parts are required (optionally followed by a space: "f. eks."); a
      // multi-part abbreviation without dots ("fom") is too likely a real word.
      a.parts.length > 1 ? a.parts.map(escapeRegExp).join('\\.\\s?') : escapeRegExp(a.parts[0]!),
    )
    .sort((a, b) => b.length - a.length);
  // The closing dot is optional ("evt", "pga"), and belongs to the match when present. Without
  // it, the abbreviation must end the word, so "cabin" or "angst" never match.
  return new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives.join('|')})(?:\\.|${AFTER})`, 'giu');
})();

function abbreviationEntry(match: string): { nb: string; nn: string } | undefined {
  const key = match.toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');
  for (const entry of Object.values(ABBREVIATIONS)) {
    if (entry.parts.join('.') === key) return entry;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Passive (-es in bokmål, -ast in nynorsk)

/**
 * Passive verbs that turn up again and again in case writing. Flagged wherever they stand,
 * in either written standard.
 */
const COMMON_PASSIVES = new Set([
  // bokmål
  'undersøkes',
  'vurderes',
  'avklares',
  'følges',
  'kartlegges',
  'gjennomføres',
  'iverksettes',
  'søkes',
  'drøftes',
  'ringes',
  'sendes',
  'innkalles',
  'henvises',
  'meldes',
  'kontaktes',
  'tilrettelegges',
  'utredes',
  'innhentes',
  'tas',
  'gis',
  'fås',
  'ses',
  'sees',
  'prøves',
  'testes',
  'observeres',
  'evalueres',
  'dokumenteres',
  'informeres',
  'etableres',
  // nynorsk
  'undersøkjast',
  'vurderast',
  'avklarast',
  'følgjast',
  'kartleggjast',
  'gjennomførast',
  'setjast',
  'søkjast',
  'drøftast',
  'ringjast',
  'sendast',
  'kallast',
  'tilvisast',
  'meldast',
  'kontaktast',
  'leggjast',
  'greiast',
  'hentast',
  'takast',
  'gjevast',
  'givast',
  'prøvast',
  'testast',
  'observerast',
  'evaluerast',
  'dokumenterast',
  'informerast',
  'etablerast',
]);

/**
 * Words after which an -es / -ast verb is passive: "det undersøkes", "skal vurderes",
 * "må avklarast". Inflected modals and nynorsk "vert" included.
 */
const PASSIVE_TRIGGERS = new Set([
  'det',
  'blir',
  'vert',
  'skal',
  'skulle',
  'må',
  'måtte',
  'vil',
  'ville',
  'kan',
  'kunne',
  'bør',
  'burde',
]);

/** Small words that may stand between a trigger and the verb: "skal ikke vurderes". */
const PASSIVE_FILLERS = new Set([
  'ikke',
  'ikkje',
  'også',
  'òg',
  'nå',
  'no',
  'da',
  'då',
  'derfor',
  'difor',
  'straks',
  'alltid',
  'fortsatt',
  'framleis',
  'videre',
  'vidare',
]);

/**
 * At the start of a sentence the verb is capitalised, just like a name in the genitive
 * ("Tores mor", "Agnes skal"). A clause-start -es word is only passive when one of these
 * follows it: "Avklares ved neste møte", "Testes av PPT".
 */
const PASSIVE_FOLLOWERS = new Set([
  'av',
  'opp',
  'ved',
  'innen',
  'innan',
  'inn',
  'ut',
  'nærmere',
  'nærare',
  'videre',
  'vidare',
  'fortløpende',
  'jevnlig',
  'jamleg',
]);

/**
 * Words with a passive-looking ending that are something else: nouns and adverbs, and the
 * deponent and reciprocal s-verbs, which are active ("vi kan møtes", "Ella trives", "det finnes").
 */
const NOT_PASSIVE = new Set([
  'deres',
  'snarast',
  'fast',
  'last',
  'kast',
  'mast',
  'rast',
  // bokmål
  'møtes',
  'treffes',
  'snakkes',
  'høres',
  'synes',
  'trives',
  'lykkes',
  'mislykkes',
  'finnes',
  'minnes',
  'skilles',
  'enes',
  'kjennes',
  'føles',
  'undres',
  // nynorsk
  'møtast',
  'treffast',
  'snakkast',
  'høyrast',
  'synast',
  'trivast',
  'lukkast',
  'mislukkast',
  'finnast',
  'minnast',
  'skiljast',
  'einast',
  'kjennast',
  'undrast',
]);

const WORD_RE = /\p{L}+/gu;

/** -es (not -ss, so "prosess" and "stress" stay clear) or -ast, long enough to be a verb. */
function looksPassive(lower: string): boolean {
  if (NOT_PASSIVE.has(lower)) return false;
  if (lower.endsWith('ast')) return lower.length >= 6;
  return lower.endsWith('es') && !lower.endsWith('ss') && lower.length >= 5;
}

/** -eres / -erast is the passive of the many loan verbs in -ere ("vurderes", "evalueres"). */
function isEreVerbPassive(lower: string): boolean {
  if (NOT_PASSIVE.has(lower)) return false;
  return (lower.endsWith('eres') && lower.length >= 6) || lower.endsWith('erast');
}

const isLowerCaseStart = (word: string): boolean => word[0] === word[0]!.toLowerCase();

function passiveSpans(text: string): Array<[number, number]> {
  const words = [...text.matchAll(WORD_RE)].map((m) => ({
    word: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const gapBefore = prev ? text.slice(prev.end, w.start) : '';
    // Sentence punctuation, a colon, a bullet or a line break before the word makes it a
    // clause start, where a capital letter says nothing about whether it is a name.
    const atClauseStart = !prev || /[.!?:;\n•–]/.test(gapBefore);

    let passive = COMMON_PASSIVES.has(w.lower) || isEreVerbPassive(w.lower);

    if (!passive && looksPassive(w.lower) && !atClauseStart && isLowerCaseStart(w.word)) {
      // Inside a sentence: passive after a trigger, possibly with one filler in between.
      // Capitalised words are left alone: they are names ("Skal Agnes være med?").
      let j = i - 1;
      if (
        words[j] &&
        PASSIVE_FILLERS.has(words[j]!.lower) &&
        !PASSIVE_TRIGGERS.has(words[j]!.lower)
      )
        j--;
      const trigger = words[j];
      const between = trigger ? text.slice(trigger.end, w.start) : '';
      passive = !!trigger && PASSIVE_TRIGGERS.has(trigger.lower) && !/[.!?:;\n]/.test(between);
    }

    if (!passive && looksPassive(w.lower) && atClauseStart) {
      const next = words[i + 1];
      const gapAfter = next ? text.slice(w.end, next.start) : '';
      passive = !!next && PASSIVE_FOLLOWERS.has(next.lower) && /^\s+$/.test(gapAfter);
    }

    if (passive) spans.push([w.start, w.end]);
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// "man"

// Not "mann", "mannen" (whole word), and not "man-tors"/"søn-man" or "man. 3. mars", where
// "man" is short for Monday.
const MAN_RE = new RegExp(`(?<![\\p{L}\\p{N}-])man(?![\\p{L}\\p{N}-])(?!\\.\\s*\\d)`, 'giu');

// ---------------------------------------------------------------------------------------------
// Long sentences

/**
 * A sentence ends at a line break, or at . ! ? followed by space or the end of the text.
 * A lone dot after a number or a short word ("14. mars", "kl. 10", "f.eks. legen") does not
 * end it when lower case or a digit follows, so dates and abbreviations do not chop a long
 * sentence into short ones. Authors often start a sentence in lower case, so that alone is
 * not enough to join sentences.
 */
const SENTENCE_END_RE = /[.!?]+(?=\s|$)|\n/gu;
const DOT_AFTER_SHORT_TOKEN_RE = /(?:^|[^\p{L}\p{N}])(?:\p{N}+|[\p{L}.]{1,5})$/u;
const LOWER_OR_DIGIT_NEXT_RE = /^\s*[\p{Ll}\p{N}]/u;

function endsSentence(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  if (m[0] !== '.') return true;
  const before = text.slice(Math.max(0, m.index! - 12), m.index);
  const after = text.slice(m.index! + 1, m.index! + 4);
  return !(DOT_AFTER_SHORT_TOKEN_RE.test(before) && LOWER_OR_DIGIT_NEXT_RE.test(after));
}
const SENTENCE_WORD_RE = /[\p{L}\p{N}]+(?:[-.'’/][\p{L}\p{N}]+)*/gu;

function longSentences(text: string, max: number): WritingHint[] {
  const hints: WritingHint[] = [];
  let from = 0;
  const flush = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const start = from + lead;
    const end = to - trail;
    if (end > start) {
      const count = text.slice(start, end).match(SENTENCE_WORD_RE)?.length ?? 0;
      if (count > max) {
        hints.push({
          kind: 'long-sentence',
          start,
          end,
          match: text.slice(start, end),
          message: {
            nb: `Setningen har ${count} ord. Del den gjerne opp i kortere setninger (høyst ${max} ord).`,
            nn: `Setninga har ${count} ord. Del ho gjerne opp i kortare setningar (høgst ${max} ord).`,
          },
        });
      }
    }
  };
  for (const m of text.matchAll(SENTENCE_END_RE)) {
    if (!endsSentence(text, m)) continue;
    flush(m.index + m[0].length);
    from = m.index + m[0].length;
  }
  flush(text.length);
  return hints;
}

// ---------------------------------------------------------------------------------------------

function regexHints(
  text: string,
  re: RegExp,
  kind: WritingHintKind,
  message: (match: string) => { nb: string; nn: string } | undefined,
): WritingHint[] {
  const hints: WritingHint[] = [];
  for (const m of text.matchAll(re)) {
    const msg = message(m[0]);
    if (msg) {
      hints.push({ kind, start: m.index, end: m.index + m[0].length, match: m[0], message: msg });
    }
  }
  return hints;
}

/**
 * Hints for a text as typed. Sorted by start (then end); a word or phrase gets at most one
 * hint — when rules overlap, the more specific one wins (vague time before passive, so
 * "snarast" is not also called passive). A long-sentence hint spans its sentence and may
 * contain word hints.
 */
export function writingHints(text: string, opts: WritingHintOptions = {}): WritingHint[] {
  const max = opts.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS;
  if (!text) return [];

  // In priority order: the first rule to claim a piece of text keeps it.
  const candidates: WritingHint[] = [
    ...regexHints(text, VAGUE_TIME_RE, 'vague-time', (m) => ({
      nb: `Skriv en dato eller et klokkeslett i stedet for «${m}».`,
      nn: `Skriv ein dato eller eit klokkeslett i staden for «${m}».`,
    })),
    ...regexHints(text, VAGUE_EXTENT_RE, 'vague-extent', (m) => ({
      nb: `Skriv hvor mye og hvor ofte i stedet for «${m}» – hvem avgjør hva som er mulig?`,
      nn: `Skriv kor mykje og kor ofte i staden for «${m}» – kven avgjer kva som er mogleg?`,
    })),
    ...regexHints(text, ABBREVIATION_RE, 'abbreviation', (m) => {
      const entry = abbreviationEntry(m);
      return entry
        ? {
            nb: `Skriv hele ordet: «${entry.nb}» i stedet for «${m}».`,
            nn: `Skriv heile ordet: «${entry.nn}» i staden for «${m}».`,
          }
        : undefined;
    }),
    ...regexHints(text, MAN_RE, 'man', () => ({
      nb: 'Skriv hvem du mener i stedet for «man»: et navn, en stilling eller en familierelasjon.',
      nn: 'Skriv kven du meiner i staden for «man»: eit namn, ei stilling eller ein familierelasjon.',
    })),
    ...passiveSpans(text).map(([start, end]): WritingHint => ({
      kind: 'passive',
      start,
      end,
      match: text.slice(start, end),
      message: {
        nb: `Skriv hvem som gjør det, i aktiv form: «Legen undersøker» i stedet for «det undersøkes».`,
        nn: `Skriv kven som gjer det, i aktiv form: «Legen undersøkjer» i staden for «det undersøkjast».`,
      },
    })),
  ];

  // One flag per character, so resolving overlaps stays linear in the length of the matches.
  const claimed = new Uint8Array(text.length);
  const kept: WritingHint[] = [];
  for (const hint of candidates) {
    if (claimed.subarray(hint.start, hint.end).includes(1)) continue;
    claimed.fill(1, hint.start, hint.end);
    kept.push(hint);
  }
  kept.push(...longSentences(text, max));
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
