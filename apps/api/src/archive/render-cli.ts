/**
 * Renders an archive PDF for a person to look at: every page to PNG (pdftoppm) next to the file,
 * and its text (pdftotext) to standard output, which proves the text is real text.
 * `npm run archive:render -w @stafett/api -- <file.pdf>`; without a file it makes a sample PDF of
 * a made-up log first. Needs poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildLogPdf } from './pdf/build-log-pdf';
import { NB_LABELS } from './pdf/labels';

async function samplePdf(): Promise<string> {
  const at = new Date();
  const file = join(tmpdir(), `stafettlogg-eksempel-${process.pid}.pdf`);
  const bytes = await buildLogPdf(
    {
      municipalityName: 'Eksempel kommune',
      birthDate: '2020-05-17',
      attentionIds: [],
      reason: 'yearly',
      holderHistory: [],
      printedAt: at,
      content: {
        head: {
          id: 'eksempel',
          level: 1,
          status: 'active',
          openedAt: at,
          closedAt: null,
          version: 1,
          child: { id: 'c', name: 'Åse Ødegård', nationalId: '' },
          holder: { id: 'h', name: 'Kari Holder' },
          unit: { id: 'u', name: 'Eksempel barnehage', type: 'kindergarten' },
        },
        guardians: [{ id: 'g', name: 'Per Ødegård' }],
        consent: null,
        attentions: [],
        measures: [],
        events: [],
        evaluations: [],
        brightSpots: [],
        notes: [],
        meetings: [],
      },
    },
    NB_LABELS,
  );
  writeFileSync(file, bytes);
  return file;
}

const given = process.argv[2];
const pdf = given ? resolve(given) : await samplePdf();
const prefix = pdf.replace(/\.pdf$/i, '');
execFileSync('pdftoppm', ['-png', '-r', '80', pdf, prefix], { stdio: 'inherit' });
process.stdout.write(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
console.error(`\nPages rendered to ${prefix}-<n>.png`);
