import { describe, expect, it } from 'vitest';
import {
  ALLOWED_NAMES,
  writingHints,
  type WritingHint,
  type WritingHintKind,
} from './writing-help';

/** Every hint's offsets point at its match; returns [kind, match] pairs for short asserts. */
function hintsOf(text: string, opts?: { maxSentenceWords?: number }): Array<[string, string]> {
  const hints = writingHints(text, opts);
  for (const h of hints) {
    expect(text.slice(h.start, h.end)).toBe(h.match);
    expect(h.message.nb.length).toBeGreaterThan(0);
    expect(h.message.nn.length).toBeGreaterThan(0);
  }
  return hints.map((h) => [h.kind, h.match]);
}

const only = (text: string, kind: WritingHintKind) =>
  hintsOf(text)
    .filter(([k]) => k === kind)
    .map(([, m]) => m);

describe('writingHints: vague time', () => {
  it('flags "snarest" and "innen rimelig tid" in bokmål', () => {
    expect(hintsOf('Mor ringer skolen snarest.')).toEqual([['vague-time', 'snarest']]);
    expect(hintsOf('Skolen svarer innen rimelig tid.')).toEqual([
      ['vague-time', 'innen rimelig tid'],
    ]);
    expect(hintsOf('Læreren sender planen så snart som mulig.')).toEqual([
      ['vague-time', 'så snart som mulig'],
    ]);
  });

  it('flags "snarast" and "innan rimeleg tid" in nynorsk, in any case and across line breaks', () => {
    expect(hintsOf('Helsesjukepleiaren ringjer snarast.')).toEqual([['vague-time', 'snarast']]);
    expect(hintsOf('Skulen svarar Innan rimeleg\ntid.')).toEqual([
      ['vague-time', 'Innan rimeleg\ntid'],
    ]);
    expect(hintsOf('SNAREST')).toEqual([['vague-time', 'SNAREST']]);
  });

  it('says what to write instead, in both standards', () => {
    const [hint] = writingHints('Mor ringer snarest.');
    expect(hint!.message.nb).toBe('Skriv en dato eller et klokkeslett i stedet for «snarest».');
    expect(hint!.message.nn).toBe('Skriv ein dato eller eit klokkeslett i staden for «snarest».');
  });

  it('respects word boundaries with æøå', () => {
    expect(hintsOf('snarestø og usnarest')).toEqual([]);
  });
});

describe('writingHints: vague extent', () => {
  it('flags the bokmål phrases', () => {
    expect(only('Far hjelper i den grad det er mulig.', 'vague-extent')).toEqual([
      'i den grad det er mulig',
    ]);
    expect(only('Emma får hjelp etter behov, om mulig også hjemme.', 'vague-extent')).toEqual([
      'etter behov',
      'om mulig',
    ]);
  });

  it('flags the nynorsk phrases', () => {
    expect(only('Far hjelper i den grad det er mogleg.', 'vague-extent')).toEqual([
      'i den grad det er mogleg',
    ]);
    expect(only('Mor les med Emma om mogleg.', 'vague-extent')).toEqual(['om mogleg']);
  });

  it('does not see "om mulig" inside "så snart som mulig"', () => {
    expect(hintsOf('Mor ringer så snart som mulig.')).toEqual([
      ['vague-time', 'så snart som mulig'],
    ]);
  });
});

describe('writingHints: abbreviations', () => {
  it('flags common abbreviations, with and without the closing dot', () => {
    const text =
      'Emma trenger bl.a. ro, f.eks. et eget rom, evt. hodetelefoner, ca 20 minutter pga. støy, osv.';
    expect(only(text, 'abbreviation')).toEqual(['bl.a.', 'f.eks.', 'evt.', 'ca', 'pga.', 'osv.']);
  });

  it('flags the rest of the list, also with a space after the inner dot', () => {
    const text = 'ifm. mht. iht. dvs. ift. ang. vedr. ped. f. eks. m.m.';
    expect(only(text, 'abbreviation')).toEqual([
      'ifm.',
      'mht.',
      'iht.',
      'dvs.',
      'ift.',
      'ang.',
      'vedr.',
      'ped.',
      'f. eks.',
      'm.m.',
    ]);
  });

  it('names the whole word in both standards', () => {
    const [hint] = writingHints('Vi møtes f.eks. tirsdag.');
    expect(hint!.kind).toBe('abbreviation');
    expect(hint!.message.nb).toContain('for eksempel');
    expect(hint!.message.nn).toContain('til dømes');
  });

  it('does not flag words that merely start like one', () => {
    expect(only('Cathrine har angst og pedagogen evaluerte kafeen.', 'abbreviation')).toEqual([]);
  });

  it('never flags the established service names on the allow-list', () => {
    expect(ALLOWED_NAMES).toEqual(expect.arrayContaining(['PPT', 'NAV', 'BUP']));
    const text = `Mor møter ${ALLOWED_NAMES.join(', ')} og skolen klokka 10.`;
    expect(only(text, 'abbreviation')).toEqual([]);
    expect(hintsOf('PPT tester Emma. NAV ringer mor. BUP møter Emma kl. 14.')).toEqual([]);
  });
});

describe('writingHints: passive', () => {
  it('flags the guide example and the common case-language verbs in bokmål', () => {
    expect(hintsOf('Det undersøkes om Emma hører godt.')).toEqual([['passive', 'undersøkes']]);
    expect(
      only(
        'Saken vurderes. Behovet avklares, kartlegges og følges opp. Tiltaket gjennomføres og iverksettes. Det søkes om plass.',
        'passive',
      ),
    ).toEqual([
      'vurderes',
      'avklares',
      'kartlegges',
      'følges',
      'gjennomføres',
      'iverksettes',
      'søkes',
    ]);
  });

  it('flags any -es verb after det/blir/skal/må/vil, also with "ikke" between', () => {
    expect(only('Det ringes til mor. Leksene skal sjekkes.', 'passive')).toEqual([
      'ringes',
      'sjekkes',
    ]);
    expect(only('Planen må ikke endres, men vil justeres.', 'passive')).toEqual([
      'endres',
      'justeres',
    ]);
  });

  it('leaves the active s-verbs alone: reciprocal and deponent ("vi kan møtes", "Ella trives")', () => {
    expect(only('Vi kan møtes på tirsdag. Ella trives, og det finnes en plan.', 'passive')).toEqual(
      [],
    );
    expect(only('Vi kan møtast på tysdag. Ella trivst, og det finst ein plan.', 'passive')).toEqual(
      [],
    );
  });

  it('flags -ast forms in nynorsk', () => {
    expect(only('Det undersøkjast om Emma høyrer godt.', 'passive')).toEqual(['undersøkjast']);
    expect(only('Leksene skal sjekkast. Planen må endrast.', 'passive')).toEqual([
      'sjekkast',
      'endrast',
    ]);
    expect(only('Saka vurderast på neste møte.', 'passive')).toEqual(['vurderast']);
  });

  it('flags a passive verb opening a sentence when "av", "ved", "opp" … follows', () => {
    expect(only('Testes av PPT i mars. Avklares ved neste møte.', 'passive')).toEqual([
      'Testes',
      'Avklares',
    ]);
  });

  it('leaves nouns, names and adjectives ending in -es alone', () => {
    const text =
      'Prosessen er i gang. Tores mor ringer. Agnes skal være med. Skal Agnes være med? ' +
      'Adressen er ny. Hjemmets rutiner er gode. Deres datter leser. Det er stress hjemme. ' +
      'Vi har fast møte. Skolens prosess er god.';
    expect(only(text, 'passive')).toEqual([]);
  });

  it('lets "snarast" be vague time, not passive', () => {
    expect(hintsOf('Mor må snarast ringe.')).toEqual([['vague-time', 'snarast']]);
  });
});

describe('writingHints: "man"', () => {
  it('flags the pronoun in any case', () => {
    expect(hintsOf('Man bør ringe mor.')).toEqual([['man', 'Man']]);
    expect(hintsOf('Det er viktig at man leser hver dag.')).toEqual([['man', 'man']]);
  });

  it('does not flag "mann", "mannen" or Monday', () => {
    expect(hintsOf('Mannen til mor er en god mann.')).toEqual([]);
    expect(hintsOf('Ella arbeider med lekser man-torsdag fra kl.17-18.')).toEqual([]);
    expect(hintsOf('Vi møtes man. 3. mars.')).toEqual([]);
  });

  it('gives the same advice in nynorsk', () => {
    const [hint] = writingHints('Her skal man lese.');
    expect(hint!.message.nn).toContain('kven du meiner');
  });
});

describe('writingHints: long sentences', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

  it('flags a sentence over the threshold, spanning the sentence', () => {
    const long = `${words(26)}.`;
    const text = `Kort setning. ${long} Kort igjen.`;
    const hints = writingHints(text);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatchObject({ kind: 'long-sentence', match: long });
    expect(text.slice(hints[0]!.start, hints[0]!.end)).toBe(long);
    expect(hints[0]!.message.nb).toContain('26 ord');
    expect(hints[0]!.message.nn).toContain('26 ord');
  });

  it('accepts exactly the threshold, and honours maxSentenceWords', () => {
    expect(writingHints(`${words(25)}.`)).toEqual([]);
    expect(hintsOf(`${words(11)}.`, { maxSentenceWords: 10 })).toEqual([
      ['long-sentence', `${words(11)}.`],
    ]);
    expect(hintsOf(`${words(10)}.`, { maxSentenceWords: 10 })).toEqual([]);
  });

  it('counts dates and times as part of the sentence, and ends sentences at line breaks', () => {
    // "14. mars" does not end the sentence; the line break does.
    const text = `Emma leser 14. mars ${words(10)}\n${words(10)}`;
    expect(hintsOf(text, { maxSentenceWords: 12 })).toEqual([
      ['long-sentence', `Emma leser 14. mars ${words(10)}`],
    ]);
  });

  it('does not end a sentence at an abbreviation followed by lower case', () => {
    const text = `Legen, f.eks. fastlegen, ${words(9)}. Ny setning.`;
    expect(hintsOf(text, { maxSentenceWords: 11 }).filter(([k]) => k === 'long-sentence')).toEqual([
      ['long-sentence', `Legen, f.eks. fastlegen, ${words(9)}.`],
    ]);
    expect(writingHints(text, { maxSentenceWords: 11 }).map((h) => h.kind)).toEqual([
      'long-sentence',
      'abbreviation',
    ]);
  });

  it('keeps word hints inside a long sentence, sorted by start', () => {
    const text = `Mor ringer snarest ${words(30)}.`;
    const hints = writingHints(text);
    expect(hints.map((h) => h.kind)).toEqual(['long-sentence', 'vague-time']);
    expect(hints.map((h) => h.start)).toEqual([0, 11]);
  });
});

describe('writingHints: whole texts', () => {
  it('returns nothing for an empty or blank string', () => {
    expect(writingHints('')).toEqual([]);
    expect(writingHints('   \n ')).toEqual([]);
  });

  it('finds nothing in well-written paragraphs from the guides, in bokmål and nynorsk', () => {
    const bokmål =
      'Legen undersøker Emma på tirsdag 14. mars klokka 10. Barnet ringer mor etter skolen. ' +
      'Ella arbeider med lekser mandag til torsdag fra klokka 17 til 18. Hun ber foresatte om ' +
      'hjelp til å løse oppgavene dersom hun står fast. Kontaktlæreren sender ukeplanen til ' +
      'far hver fredag. Helsesykepleieren møter Emma og mor på skolen 2. april.';
    const nynorsk =
      'Legen undersøkjer Emma tysdag 14. mars klokka 10. Ella arbeider med lekser måndag til ' +
      'torsdag frå klokka 17 til 18. Ho ber føresette om hjelp når ho står fast. ' +
      'Kontaktlæraren sender vekeplanen til far kvar fredag.';
    expect(writingHints(bokmål)).toEqual([]);
    expect(writingHints(nynorsk)).toEqual([]);
  });

  it('returns several kinds sorted by start with no overlapping duplicates', () => {
    const text = 'Man bør f.eks. ringe snarest. Det vurderes om mulig.';
    const hints: WritingHint[] = writingHints(text);
    expect(hints.map((h) => [h.kind, h.match])).toEqual([
      ['man', 'Man'],
      ['abbreviation', 'f.eks.'],
      ['vague-time', 'snarest'],
      ['passive', 'vurderes'],
      ['vague-extent', 'om mulig'],
    ]);
    for (let i = 1; i < hints.length; i++) {
      expect(hints[i]!.start).toBeGreaterThanOrEqual(hints[i - 1]!.end);
    }
  });

  // Speed is a benchmark's business, not a test's: this only checks that a long text is whole.
  it('finds every hint in a long text', () => {
    const text = 'Det undersøkes snarest, f.eks. av PPT, om man trenger hjelp. '.repeat(5000);
    expect(writingHints(text).length).toBe(5000 * 4);
  });
});
