import { describe, expect, it } from 'vitest';
import { buildLogPdf } from '../src/archive/pdf/build-log-pdf';
import { NB_LABELS } from '../src/archive/pdf/labels';
import { HAVE_POPPLER, pdfStructure, renderPdf, sampleContent } from './archive-support';

const input = (attentionIds: string[] = []) => ({
  municipalityName: 'Oslo kommune',
  content: sampleContent(),
  birthDate: '2021-04-03',
  attentionIds,
  reason: 'yearly' as const,
  holderHistory: [
    { name: 'Kari Lund', from: new Date('2025-08-01T08:00:00Z') },
    { name: 'Hanne Strand', from: new Date('2026-01-05T10:00:00Z') },
  ],
  printedAt: new Date('2026-12-01T12:00:00Z'),
});

/** The PDF as text with its structure markers, for checks on the file itself. */
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('the archive PDF (L8)', () => {
  it('is PDF/A-2a, tagged, in Norwegian, with its title shown', async () => {
    const raw = latin1(await buildLogPdf(input(), NB_LABELS));
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(raw).toContain('/Lang (nb)');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/OutputIntents');
    // Embedded TrueType fonts only (PDF/A): no standard-14 font by name.
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it.skipIf(!HAVE_POPPLER)('renders, and its text is real text (pdftoppm, pdftotext)', async () => {
    const { text, png } = renderPdf(await buildLogPdf(input(), NB_LABELS));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.byteLength).toBeGreaterThan(2_000);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Stafettlogg for Ella Haugen',
      'Kommune: Oslo kommune',
      'Enhet: Korsvoll barnehage (Barnehage)',
      'Fødselsdato: 03.04.2021',
      'Foresatte: Marte Haugen',
      'Stafettholder: Hanne Strand',
      'Samtykket av: Marte Haugen',
      'Gyldig til: 05.01.2027',
      'Tjenester som kan delta: Barnehage, PPT',
      'Bekymring 1: Språk',
      'Mål: Ella bruker setninger på tre ord i lek innen mars.',
      'Trinn 1: Lesestund i liten gruppe hver dag',
      'Ansvarlig: Tjenesten – Jonas Bakke (PPT Nordre Aker)',
      'Ansvarlig: Hjemmet (foresatte)',
      'Evaluering: Virket delvis (gul)',
      'Familiens syn: Vi hører mer prat hjemme.',
      'Fristen ble flyttet fra 01.02.2026 til 15.02.2026 (Sykdom',
      'Ella sang en hel sang i bursdagen!',
      'Oppstartsmøte',
      'Evaluering av møtet: Alle fikk sagt sitt',
      'Kari Lund, fra 01.08.2025',
      'Utskrevet 01.12.2026 fra Stafett',
      'Side 1 av',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).not.toContain('HEMMELIG');
  });

  it.skipIf(!HAVE_POPPLER)(
    'has a structure tree: headings, sections, lists, paragraphs',
    async () => {
      const tags = pdfStructure(await buildLogPdf(input(), NB_LABELS));
      expect(tags[0]).toBe('Document');
      for (const tag of ['H1', 'H2', 'H3', 'Sect', 'P', 'L', 'LI', 'Lbl', 'LBody']) {
        expect(tags, tag).toContain(tag);
      }
      expect(tags.filter((t) => t === 'H1')).toHaveLength(1);
    },
  );

  it.skipIf(!HAVE_POPPLER)('of chosen attentions holds only those', async () => {
    const { text } = renderPdf(await buildLogPdf(input(['a2']), NB_LABELS));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('utvalgte bekymringer');
    expect(flat).toContain('Motorikk');
    expect(flat).not.toContain('Språk');
    expect(flat).not.toContain('Lesestund');
    // The meeting was about the attention left out; the general bright spot is left out too.
    expect(flat).not.toContain('Oppstartsmøte');
    expect(flat).not.toContain('bursdagen');
  });
});
