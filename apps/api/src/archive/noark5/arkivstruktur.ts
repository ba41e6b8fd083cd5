import { create } from 'xmlbuilder2';
import {
  derivedId,
  el,
  isoDate,
  isoDateTime,
  NS,
  type Noark5Case,
  type Noark5Document,
  type Noark5Input,
  type XMLBuilder,
} from './model';

const SYSTEM = 'Stafett';
const REASONS: Record<Noark5Document['reason'], string> = {
  yearly: 'årlig arkivering',
  change_of_service: 'barnet bytter tjeneste',
  closing: 'loggen avsluttes',
  before_deletion: 'før sletting',
  moving_away: 'barnet flytter fra kommunen',
};

/**
 * arkivstruktur.xml (Noark 5 v5.0): arkiv → arkivdel → klassifikasjonssystem → klasse →
 * saksmappe (one per log) → journalpost (one per archive PDF) → dokumentbeskrivelse →
 * dokumentobjekt. Element order and required elements as arkivstruktur.xsd demands; every value
 * goes through the XML builder, which escapes it.
 */
export function arkivstrukturXml(input: Noark5Input): string {
  const at = isoDateTime(input.extractedAt);
  const by = input.extractedBy;
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const arkiv = doc
    .ele(NS.arkivstruktur, 'arkiv')
    .att(NS.xmlns, 'xmlns:xsi', NS.xsi)
    .att(NS.xsi, 'xsi:schemaLocation', `${NS.arkivstruktur} arkivstruktur.xsd`);
  el(arkiv, 'systemID', derivedId('arkiv', input.scopeKey));
  el(arkiv, 'tittel', `Stafettlogger – ${input.municipalityName}`);
  el(arkiv, 'beskrivelse', `Uttrekk fra ${SYSTEM}: ${input.scope}`);
  el(arkiv, 'arkivstatus', 'Avsluttet');
  el(arkiv, 'dokumentmedium', 'Elektronisk arkiv');
  el(arkiv, 'opprettetDato', at);
  el(arkiv, 'opprettetAv', by);
  el(arkiv, 'avsluttetDato', at);
  el(arkiv, 'avsluttetAv', by);
  const skaper = arkiv.ele('arkivskaper');
  el(skaper, 'arkivskaperID', derivedId('arkivskaper', input.municipalityName));
  el(skaper, 'arkivskaperNavn', input.municipalityName);

  const del = arkiv.ele('arkivdel');
  el(del, 'systemID', derivedId('arkivdel', input.scopeKey));
  el(del, 'tittel', `Stafettlogger ${input.period.from} – ${input.period.to}`);
  el(del, 'beskrivelse', input.scope);
  el(del, 'arkivdelstatus', 'Avsluttet periode');
  el(del, 'dokumentmedium', 'Elektronisk arkiv');
  el(del, 'opprettetDato', at);
  el(del, 'opprettetAv', by);
  el(del, 'avsluttetDato', at);
  el(del, 'avsluttetAv', by);
  el(del, 'arkivperiodeStartDato', input.period.from);
  el(del, 'arkivperiodeSluttDato', input.period.to);

  const system = del.ele('klassifikasjonssystem');
  el(system, 'systemID', derivedId('klassifikasjonssystem', input.scopeKey));
  el(system, 'klassifikasjonstype', 'Egendefinert');
  el(system, 'tittel', 'Stafettlogg (BTI)');
  el(system, 'opprettetDato', at);
  el(system, 'opprettetAv', by);

  const klasse = system.ele('klasse');
  el(klasse, 'systemID', derivedId('klasse', input.scopeKey));
  el(klasse, 'klasseID', 'STAFETTLOGG');
  el(klasse, 'tittel', 'Stafettlogg for barn og unge');
  el(klasse, 'opprettetDato', at);
  el(klasse, 'opprettetAv', by);
  input.cases.forEach((c, i) => saksmappe(klasse, c, i + 1, input));
  return doc.end({ prettyPrint: true });
}

function saksmappe(klasse: XMLBuilder, c: Noark5Case, seq: number, input: Noark5Input) {
  const year = c.openedAt.getUTCFullYear();
  const closed = c.closedAt ?? input.extractedAt;
  const mappe = klasse.ele('mappe').att(NS.xsi, 'xsi:type', 'saksmappe');
  el(mappe, 'systemID', c.logId);
  el(mappe, 'mappeID', `${year}/${seq}`);
  el(mappe, 'tittel', `Stafettlogg – ${c.childName}`);
  el(mappe, 'offentligTittel', 'Stafettlogg – *****');
  el(mappe, 'beskrivelse', `Stafettlogg ved ${c.unitName}`);
  el(mappe, 'dokumentmedium', 'Elektronisk arkiv');
  el(mappe, 'opprettetDato', isoDateTime(c.openedAt));
  el(mappe, 'opprettetAv', c.holderName);
  el(mappe, 'avsluttetDato', isoDateTime(closed));
  el(mappe, 'avsluttetAv', c.closedAt ? c.holderName : input.extractedBy);
  part(mappe, c.childName, 'Barn');
  for (const g of c.guardians) part(mappe, g, 'Foresatt');
  skjerming(mappe);
  c.documents.forEach((d, i) => journalpost(mappe, d, i + 1));
  el(mappe, 'saksaar', year);
  el(mappe, 'sakssekvensnummer', seq);
  el(mappe, 'saksdato', isoDate(c.openedAt));
  el(mappe, 'administrativEnhet', c.unitName);
  el(mappe, 'saksansvarlig', c.holderName);
  el(mappe, 'saksstatus', c.closedAt ? 'Avsluttet' : 'Under behandling');
}

function part(parent: XMLBuilder, name: string, role: string) {
  const p = parent.ele('part');
  el(p, 'partNavn', name);
  el(p, 'partRolle', role);
}

/** Taushetsbelagt (offl. § 13): the log is about a child and exempt from public access (000). */
function skjerming(parent: XMLBuilder) {
  const s = parent.ele('skjerming');
  el(s, 'tilgangsrestriksjon', '13');
  el(s, 'skjermingshjemmel', 'Offl. § 13, jf. fvl. § 13');
  el(s, 'skjermingMetadata', 'tittel');
  el(s, 'skjermingMetadata', 'part');
  el(s, 'skjermingDokument', 'Hele dokumentet');
}

function journalpost(mappe: XMLBuilder, d: Noark5Document, n: number) {
  const title = `Arkivutskrift av stafettlogg – ${REASONS[d.reason]}`;
  const made = isoDateTime(d.madeAt);
  const post = mappe.ele('registrering').att(NS.xsi, 'xsi:type', 'journalpost');
  el(post, 'systemID', d.obligationId);
  el(post, 'opprettetDato', made);
  el(post, 'opprettetAv', d.madeBy);
  el(post, 'arkivertDato', isoDateTime(d.doneAt ?? d.madeAt));
  el(post, 'arkivertAv', d.doneBy ?? d.madeBy);
  skjerming(post);
  const beskrivelse = post.ele('dokumentbeskrivelse');
  el(beskrivelse, 'systemID', derivedId('dokumentbeskrivelse', d.fileId));
  el(beskrivelse, 'dokumenttype', 'Rapport');
  el(beskrivelse, 'dokumentstatus', 'Dokumentet er ferdigstilt');
  el(beskrivelse, 'tittel', title);
  el(beskrivelse, 'forfatter', d.madeBy);
  el(beskrivelse, 'opprettetDato', made);
  el(beskrivelse, 'opprettetAv', d.madeBy);
  el(beskrivelse, 'tilknyttetRegistreringSom', 'Hoveddokument');
  el(beskrivelse, 'dokumentnummer', 1);
  el(beskrivelse, 'tilknyttetDato', made);
  el(beskrivelse, 'tilknyttetAv', d.madeBy);
  const objekt = beskrivelse.ele('dokumentobjekt');
  el(objekt, 'systemID', d.fileId);
  el(objekt, 'versjonsnummer', 1);
  el(objekt, 'variantformat', 'Arkivformat');
  el(objekt, 'format', 'fmt/476');
  el(objekt, 'formatDetaljer', 'PDF/A-2a');
  el(objekt, 'opprettetDato', made);
  el(objekt, 'opprettetAv', d.madeBy);
  el(objekt, 'referanseDokumentfil', `DOKUMENT/${d.packageName}`);
  el(objekt, 'sjekksum', d.sha256);
  el(objekt, 'sjekksumAlgoritme', 'SHA256');
  el(objekt, 'filstoerrelse', d.bytes.byteLength);
  el(post, 'registreringsID', d.archiveReference);
  el(post, 'tittel', title);
  el(post, 'offentligTittel', 'Arkivutskrift av stafettlogg – *****');
  el(post, 'journalaar', d.madeAt.getUTCFullYear());
  el(post, 'journalsekvensnummer', n);
  el(post, 'journalpostnummer', n);
  el(post, 'journalposttype', 'Organinternt dokument uten oppfølging');
  el(post, 'journalstatus', d.doneAt ? 'Arkivert' : 'Journalført');
  el(post, 'journaldato', isoDate(d.madeAt));
  el(post, 'dokumentetsDato', isoDate(d.madeAt));
}
