/**
 * Figures as a CSV file that opens straight in Excel set up for Norway: semicolons between
 * fields (the comma is the decimal sign), CRLF line ends and a byte order mark so "æøå" survive.
 */
export type CsvCell = string | number | null;

const quote = (cell: CsvCell): string => {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  // A cell starting with = + - @ would run as a formula in a spreadsheet: keep it text.
  const safe = /^[=+\-@]/.test(text) && typeof cell !== 'number' ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(quote).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
