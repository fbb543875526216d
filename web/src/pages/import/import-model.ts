/**
 * The review page's corrections as the reviewer makes them, and the API input they become:
 * only what was changed is sent, so the preview shows what the file itself says until then.
 */
import type { NoticeCorrectionsInput } from '../../gql/graphql.ts';

/** The roles the importer knows for an allocation column (others are named extra amounts). */
export const COLUMN_ROLES = ['annualTotal', 'earlyAdvance', 'priorBatches', 'thisBatch'] as const;

export interface Corrections {
  number: string;
  year: string;
  /** '' as read; 'none' no batch; '0' 提前下达; 'N' 第N批. */
  batch: string;
  unit: '' | '元' | '万元' | '亿元';
  /** Column index → role. */
  columnRoles: Record<number, string>;
  /** Written name → existing region id, or 'new'. */
  regionMatches: Record<string, string>;
}

export const NO_CORRECTIONS: Corrections = {
  number: '',
  year: '',
  batch: '',
  unit: '',
  columnRoles: {},
  regionMatches: {},
};

export function correctionsInput(c: Corrections): NoticeCorrectionsInput {
  const input: NoticeCorrectionsInput = {};
  if (c.number.trim()) input.number = c.number.trim();
  if (/^\d{4}$/.test(c.year.trim())) input.year = Number(c.year.trim());
  if (c.batch === 'none') input.batch = null;
  else if (/^\d+$/.test(c.batch)) input.batch = Number(c.batch);
  if (c.unit) input.unit = c.unit;
  const roles = Object.entries(c.columnRoles);
  if (roles.length > 0)
    input.columnRoles = roles.map(([column, role]) => ({ column: Number(column), role }));
  const matches = Object.entries(c.regionMatches);
  if (matches.length > 0)
    input.regionMatches = matches.map(([writtenName, id]) => ({
      writtenName,
      regionId: id === 'new' ? null : id,
    }));
  return input;
}

/** How many corrections the reviewer made (shown next to 确认导入). */
export function correctionCount(c: Corrections): number {
  return (
    [c.number.trim(), c.year.trim(), c.batch, c.unit].filter((v) => v !== '').length +
    Object.keys(c.columnRoles).length +
    Object.keys(c.regionMatches).length
  );
}
