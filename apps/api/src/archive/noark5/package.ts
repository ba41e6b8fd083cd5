import { strToU8, zipSync, type Zippable } from 'fflate';
import { arkivuttrekkXml, type PackageFile } from './addml';
import { arkivstrukturXml } from './arkivstruktur';
import { endringsloggXml } from './endringslogg';
import type { Noark5Input } from './model';

/**
 * The Noark 5 extraction package as a zip: arkivstruktur.xml, endringslogg.xml, arkivuttrekk.xml
 * (ADDML, with the others' checksums and counts) and DOKUMENT/ with the archive PDFs. Pure: the
 * same input gives the same files.
 */
export function noark5Files(input: Noark5Input): PackageFile[] {
  const xml: PackageFile[] = [
    { name: 'arkivstruktur.xml', bytes: strToU8(arkivstrukturXml(input)) },
    { name: 'endringslogg.xml', bytes: strToU8(endringsloggXml(input)) },
  ];
  const documents = input.cases.flatMap((c) =>
    c.documents.map((d) => ({ name: `DOKUMENT/${d.packageName}`, bytes: d.bytes })),
  );
  const addml = {
    name: 'arkivuttrekk.xml',
    bytes: strToU8(arkivuttrekkXml(input, { xml, documents })),
  };
  return [...xml, addml, ...documents];
}

export function noark5Zip(input: Noark5Input): Uint8Array {
  const tree: Zippable = {};
  const mtime = input.extractedAt;
  for (const f of noark5Files(input)) {
    // PDFs are compressed already; store them as they are.
    tree[f.name] = [f.bytes, { level: f.name.endsWith('.pdf') ? 0 : 6, mtime }];
  }
  return zipSync(tree);
}
