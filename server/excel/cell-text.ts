/**
 * A cell's content as plain data, whatever Excel, WPS or LibreOffice made of it on re-saving:
 * rich text runs, formula results, hyperlinks, shared strings and dates all become a string or
 * a number. Amount cells are read to fen exactly (never through float arithmetic).
 */
import type { Cell, CellValue } from 'exceljs';

export type Plain =
  { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'number'; value: number };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The value a cell shows: a formula's cached result, a rich text's runs joined, a link's text. */
export function plainValue(value: CellValue | undefined): Plain {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string')
    return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { kind: 'text', text: value.toISOString().slice(0, 10) };
  if (!isRecord(value)) return { kind: 'empty' };
  if (Array.isArray(value.richText)) {
    return plainValue(
      (value.richText as { text?: unknown }[])
        .map((r) => (typeof r.text === 'string' ? r.text : ''))
        .join(''),
    );
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return plainValue(value.result as CellValue | undefined);
  }
  if (typeof value.text === 'string' || isRecord(value.text)) {
    return plainValue(value.text as CellValue);
  }
  if (typeof value.error === 'string') return { kind: 'text', text: value.error };
  return { kind: 'empty' };
}

/** A cell as trimmed text ('' when empty); numbers as JavaScript writes them. */
export function cellText(cell: Cell): string {
  const plain = plainValue(cell.value);
  if (plain.kind === 'empty') return '';
  return plain.kind === 'number' ? String(plain.value) : plain.text.trim();
}

/** Text compared loosely: no whitespace (wrapped header lines), full-width folded (NFKC). */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** True when the cell holds a formula (its cached result is then not trusted). */
export function isFormula(cell: Cell): boolean {
  const v = cell.value;
  return isRecord(v) && ('formula' in v || 'sharedFormula' in v);
}

/**
 * An amount cell as decimal text of 万元 for the amount rules: numbers lose binary float noise
 * (`300.00000000000006` from `=1000*0.3` → `300`; 15 significant digits is what Excel shows),
 * text loses thousands separators and spaces. Null when empty.
 */
export function amountText(cell: Cell): string | null {
  const plain = plainValue(cell.value);
  if (plain.kind === 'empty') return null;
  if (plain.kind === 'number') return String(Number(plain.value.toPrecision(15)));
  return plain.text.normalize('NFKC').replace(/[\s,]/g, '');
}

/** A percentage cell as a fraction: 0.8125 as a number, or text `81.25%`; null when empty or not one. */
export function fractionOf(cell: Cell): number | null | 'invalid' {
  const plain = plainValue(cell.value);
  if (plain.kind === 'empty') return null;
  if (plain.kind === 'number') return plain.value;
  const m = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(plain.text.normalize('NFKC').replace(/\s/g, ''));
  if (!m?.[1]) return 'invalid';
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}
