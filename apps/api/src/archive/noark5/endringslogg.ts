import { create } from 'xmlbuilder2';
import { derivedId, el, isoDateTime, NS, type Noark5Input } from './model';

/**
 * endringslogg.xml: changes to metadata the package holds. Each log passed on to a new holder
 * changed its saksmappe's saksansvarlig (M306); the extraction itself closes the arkivdel's
 * period (arkivdelstatus, M051), which is always the first entry, so the log is never empty (the
 * schema demands at least one endring).
 */
export function endringsloggXml(input: Noark5Input): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc
    .ele(NS.endringslogg, 'endringslogg')
    .att(NS.xmlns, 'xmlns:xsi', NS.xsi)
    .att(NS.xsi, 'xsi:schemaLocation', `${NS.endringslogg} endringslogg.xsd`);
  endring(root, {
    ref: derivedId('arkivdel', input.scopeKey),
    metadata: 'M051 arkivdelstatus',
    at: input.extractedAt,
    by: input.extractedBy,
    before: 'Aktiv periode',
    after: 'Avsluttet periode',
  });
  for (const c of input.cases) {
    for (const h of c.holderChanges) {
      endring(root, {
        ref: c.logId,
        metadata: 'M306 saksansvarlig',
        at: h.at,
        by: h.by,
        before: h.from,
        after: h.to,
      });
    }
  }
  return doc.end({ prettyPrint: true });
}

function endring(
  root: ReturnType<typeof create>,
  e: { ref: string; metadata: string; at: Date; by: string; before: string; after: string },
) {
  const x = root.ele('endring');
  el(x, 'referanseArkivenhet', e.ref);
  el(x, 'referanseMetadata', e.metadata);
  el(x, 'endretDato', isoDateTime(e.at));
  el(x, 'endretAv', e.by);
  el(x, 'tidligereVerdi', e.before);
  el(x, 'nyVerdi', e.after);
}
