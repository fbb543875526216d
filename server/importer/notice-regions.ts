/**
 * The regions a notice speaks of, and which is whose parent. The issuing region (from its
 * finance bureau's name) is the parent; the allocation row that names it, or a 合计 row, is its
 * subtotal; every other row is a child. Sheet titles use short forms and resolve by name.
 */
import {
  autonomousShortForm,
  isAbbreviationOf,
  levelBelow,
  levelFromName,
  officialName,
  sameRegionName,
} from '../domain/region-names.ts';
import { compact } from '../domain/text.ts';
import type { RawAllocationRow } from './allocation-table.ts';
import { NoticeFormatError, type NoticeRegion } from './types.ts';

const TOTAL_ROW = /^(合计|总计|全(州|市|区|省|地区|盟)(合计)?)$/;

function withAliases(spellings: string[]): Pick<NoticeRegion, 'name' | 'aliases'> {
  const name = officialName(spellings);
  const aliases = new Set(spellings.map(compact));
  const short = autonomousShortForm(name);
  if (short) aliases.add(short);
  aliases.delete(name);
  return { name, aliases: [...aliases].filter((a) => !TOTAL_ROW.test(a)) };
}

export interface NoticeRegionTree {
  regions: NoticeRegion[];
  parentKey: string;
  /** The region key of each allocation row, in row order. */
  rowKeys: string[];
  subtotalRows: Set<number>;
}

export function resolveNoticeRegions(
  issuerRegion: string | null,
  rows: RawAllocationRow[],
): NoticeRegionTree {
  const isParentRow = (row: RawAllocationRow) =>
    TOTAL_ROW.test(row.writtenName) ||
    (issuerRegion !== null &&
      (sameRegionName(row.writtenName, issuerRegion) ||
        isAbbreviationOf(row.writtenName, issuerRegion)));
  const parentRows = rows.filter(isParentRow);
  if (parentRows.length > 1) {
    throw new NoticeFormatError(
      `allocation table has ${parentRows.length} rows for the issuing region (${parentRows.map((r) => r.writtenName).join(', ')})`,
      parentRows[1]?.line ?? null,
    );
  }
  const parentSpellings = [issuerRegion, parentRows[0]?.writtenName].filter(
    (s): s is string => !!s && !TOTAL_ROW.test(s),
  );
  if (parentSpellings.length === 0) {
    throw new NoticeFormatError(
      'cannot tell which region issued the notice: no finance bureau (…财政局) above the number and no row of the allocation table names it',
    );
  }
  const parentName = withAliases(parentSpellings);
  const parentLevel = levelFromName(parentName.name) ?? 'prefecture';
  const parent: NoticeRegion = {
    key: parentName.name,
    ...parentName,
    level: parentLevel,
    parentKey: null,
  };

  const regions: NoticeRegion[] = [parent];
  const rowKeys: string[] = [];
  const subtotalRows = new Set<number>();
  rows.forEach((row, i) => {
    if (isParentRow(row)) {
      rowKeys.push(parent.key);
      subtotalRows.add(i);
      return;
    }
    const names = withAliases([row.writtenName]);
    if (regions.some((r) => r.key === names.name)) {
      throw new NoticeFormatError(`allocation table lists ${names.name} twice`, row.line);
    }
    regions.push({
      key: names.name,
      ...names,
      level: levelBelow(parentLevel),
      parentKey: parent.key,
    });
    rowKeys.push(names.name);
  });
  return { regions, parentKey: parent.key, rowKeys, subtotalRows };
}

/**
 * The notice region a sheet title names (`木垒县` → 木垒哈萨克自治县), or null. An abbreviation
 * (`巴州` → 巴音郭楞蒙古自治州) is accepted when exactly one region of the notice fits it.
 */
export function findNoticeRegion(regions: NoticeRegion[], written: string): NoticeRegion | null {
  const named = regions.find(
    (r) => sameRegionName(r.name, written) || r.aliases.some((a) => sameRegionName(a, written)),
  );
  if (named) return named;
  const abbreviated = regions.filter((r) => isAbbreviationOf(written, r.name));
  return abbreviated.length === 1 ? (abbreviated[0] ?? null) : null;
}
