/**
 * CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Excel reads Chinese as
 * the local code page), CRLF line ends, fields quoted when they hold a comma, quote or line
 * break. Text that Excel would take for a formula (`=`, `+`, `-`, `@`) is prefixed with `'`.
 */
export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A fraction as a percentage Excel reads as a number: 0.8336 → "83.36%". Empty when unknown. */
export function percentText(fraction: number | null | undefined, digits = 2): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '';
  return `${(fraction * 100).toFixed(digits)}%`;
}
