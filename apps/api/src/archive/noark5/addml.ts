import { create } from 'xmlbuilder2';
import { NS, sha256Hex, type Noark5Input, type XMLBuilder } from './model';

export interface PackageFile {
  /** Path inside the package. */
  name: string;
  bytes: Uint8Array;
}

/**
 * arkivuttrekk.xml: the ADDML 8.3 description of the package. The extraction's context (creator,
 * system, period) and one dataObject per file with its SHA-256 checksum; arkivstruktur's entry
 * counts the folders, records, document descriptions and document objects it holds, and the
 * DOKUMENT entry counts its files.
 */
export function arkivuttrekkXml(
  input: Noark5Input,
  files: { xml: PackageFile[]; documents: PackageFile[] },
): string {
  const docs = input.cases.flatMap((c) => c.documents);
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const addml = doc
    .ele(NS.addml, 'addml')
    .att(NS.xmlns, 'xmlns:xsi', NS.xsi)
    .att(NS.xsi, 'xsi:schemaLocation', `${NS.addml} addml.xsd`);
  const dataset = addml.ele('dataset').att('name', 'Noark 5 arkivuttrekk fra Stafett');
  dataset.ele('description').txt(input.scope);
  const reference = dataset.ele('reference');
  const context = reference.ele('context').ele('additionalElements');
  const creators = context.ele('additionalElement').att('name', 'recordCreators');
  const creator = creators
    .ele('additionalElements')
    .ele('additionalElement')
    .att('name', 'recordCreator');
  props(creator, [['name', input.municipalityName]]);
  context.ele('additionalElement').att('name', 'systemName').ele('value').txt('Stafett');
  context.ele('additionalElement').att('name', 'systemType').ele('value').txt('Noark5');
  context.ele('additionalElement').att('name', 'archiveVersion').ele('value').txt('v5.0');
  const content = reference.ele('content').ele('additionalElements');
  props(content.ele('additionalElement').att('name', 'archivalPeriod'), [
    ['startDate', input.period.from],
    ['endDate', input.period.to],
  ]);

  const objects = dataset.ele('dataObjects').ele('dataObject').att('name', 'Noark 5 arkivuttrekk');
  const inner = objects.ele('dataObjects');
  const counts: Record<string, [string, string][]> = {
    'arkivstruktur.xml': [
      ['mappe', String(input.cases.length)],
      ['registrering', String(docs.length)],
      ['dokumentbeskrivelse', String(docs.length)],
      ['dokumentobjekt', String(docs.length)],
    ],
    'endringslogg.xml': [
      ['endring', String(1 + input.cases.reduce((n, c) => n + c.holderChanges.length, 0))],
    ],
  };
  for (const f of files.xml) {
    const object = inner.ele('dataObject').att('name', f.name.replace(/\.xml$/, ''));
    const p = object.ele('properties');
    fileProperty(p, f, 'XML');
    const info = p.ele('property').att('name', 'info').ele('properties');
    const occurrences = info.ele('property').att('name', 'numberOfOccurrences');
    const list = occurrences.ele('properties');
    for (const [name, n] of counts[f.name] ?? []) {
      list.ele('property').att('name', name).ele('value').txt(n);
    }
  }
  const dokumenter = inner.ele('dataObject').att('name', 'DOKUMENT');
  const dp = dokumenter.ele('properties');
  dp.ele('property').att('name', 'numberOfFiles').ele('value').txt(String(files.documents.length));
  if (files.documents.length > 0) {
    const each = dokumenter.ele('dataObjects');
    for (const f of files.documents) {
      fileProperty(each.ele('dataObject').att('name', f.name).ele('properties'), f, 'PDF/A-2a');
    }
  }
  return doc.end({ prettyPrint: true });
}

function fileProperty(parent: XMLBuilder, f: PackageFile, format: string) {
  const file = parent.ele('property').att('name', 'file').ele('properties');
  file.ele('property').att('name', 'name').ele('value').txt(f.name);
  file.ele('property').att('name', 'format').ele('value').txt(format);
  file.ele('property').att('name', 'size').ele('value').txt(String(f.bytes.byteLength));
  const checksum = file.ele('property').att('name', 'checksum').ele('properties');
  checksum.ele('property').att('name', 'algorithm').ele('value').txt('SHA256');
  checksum.ele('property').att('name', 'value').ele('value').txt(sha256Hex(f.bytes));
}

function props(parent: XMLBuilder, pairs: [string, string][]) {
  const list = parent.ele('properties');
  for (const [name, value] of pairs) list.ele('property').att('name', name).ele('value').txt(value);
}
