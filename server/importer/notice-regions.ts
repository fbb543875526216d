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
import type { RegionLevel } from '../domain/region-names.ts';
import type { RawAllocationRow } from './allocation-table.ts';
import { NoticeFormatError, type NoticeRegion } from './types.ts';

const TOTAL_ROW = /^(合计|总计|全(州|市|区|省|县|地区|盟|国)(合计)?|总合计)$/;
/** Money an issuer keeps for its own use: `市本级`, `州本级`, `其中：本级`, `昌吉州本级`. */
const OWN_USE = /^(其中[:：]?)?(.{0,12}?)(本级)$/;
/** `X市小计`: the subtotal of region X, whose recipients follow. */
const GROUP_SUBTOTAL = /^(?!全)(.{2,}?)(小计|合计)$/;

/** Recipients that are not regions of the tree: departments, townships, zones. */
export function recipientKind(name: string): NoticeRegion['recipientKind'] {
  const n = compact(name);
  if (/(开发区|管理区|经开区|高新区|新区|园区|示范区|工业区|农场|林场|牧场)$/.test(n))
    return 'zone';
  if (/(镇|乡|街道|街道办事处|苏木)$/.test(n)) return 'township';
  if (/(局|委|办|中心|院|站|所|队|联合会|残联|学校|医院|厅|部)$/.test(n)) return 'department';
  return 'region';
}

function withAliases(spellings: string[]): Pick<NoticeRegion, 'name' | 'aliases'> {
  const name = officialName(spellings);
  const aliases = new Set(spellings.map(compact));
  const short = autonomousShortForm(name);
  if (short) aliases.add(short);
  aliases.delete(name);
  return { name, aliases: [...aliases].filter((a) => !TOTAL_ROW.test(a)) };
}

/**
 * `其中：市本级` under a row that is no subtotal (`甲市 120` / `其中：市本级 80`) details that row:
 * it is kept as a memo amount of the row above, never counted a second time. Under a subtotal
 * (`甲市小计` / `其中：市本级`) it is the region's own share and stays a row.
 */
export function foldDetailRows(
  rows: RawAllocationRow[],
  issuerRegion: string | null,
): RawAllocationRow[] {
  const out: RawAllocationRow[] = [];
  for (const row of rows) {
    const above = out.at(-1);
    const detail = /^其中[:：]?(.+)$/.exec(row.writtenName)?.[1];
    const aboveIsSum =
      above !== undefined &&
      (TOTAL_ROW.test(above.writtenName) ||
        GROUP_SUBTOTAL.test(above.writtenName) ||
        (issuerRegion !== null && sameRegionName(above.writtenName, issuerRegion)));
    if (detail && above && !aboveIsSum) {
      const amount = row.amounts.thisBatch ?? row.amounts.annualTotal;
      if (amount !== undefined) {
        above.extras.push({ name: detail, amount, kind: 'memo', column: -1 });
        continue;
      }
    }
    out.push({ ...row, extras: [...row.extras] });
  }
  return out;
}

export interface NoticeRegionTree {
  regions: NoticeRegion[];
  parentKey: string;
  /** The region key of each allocation row, in row order. */
  rowKeys: string[];
  subtotalRows: Set<number>;
  /** Rows of money a region keeps for its own use (本级), under that region's key. */
  ownUseRows: Set<number>;
}

function levelOf(name: string, fallback: RegionLevel): RegionLevel {
  if (name === '中央') return 'country';
  return levelFromName(name) ?? fallback;
}

/**
 * With no issuer known (a table on its own), the first or last row is the issuing region's when
 * each of its figures is the sum of all the other rows' (`昌吉州 11438` over its seven counties).
 */
function rowSummingTheOthers(rows: RawAllocationRow[]): RawAllocationRow | null {
  if (rows.length < 3) return null;
  for (const candidate of [rows[0], rows.at(-1)]) {
    if (!candidate || TOTAL_ROW.test(candidate.writtenName)) continue;
    const others = rows.filter((r) => r !== candidate);
    const roles = Object.keys(candidate.amounts) as (keyof RawAllocationRow['amounts'])[];
    const sums = roles.every(
      (role) =>
        others.reduce((sum, r) => sum + (r.amounts[role] ?? 0), 0) === candidate.amounts[role],
    );
    if (roles.length > 0 && sums && levelFromName(candidate.writtenName) !== 'county')
      return candidate;
  }
  return null;
}

export function resolveNoticeRegions(
  issuerRegion: string | null,
  rows: RawAllocationRow[],
): NoticeRegionTree {
  if (issuerRegion === null && !rows.some((r) => TOTAL_ROW.test(r.writtenName))) {
    issuerRegion = rowSummingTheOthers(rows)?.writtenName ?? null;
  }
  const namesIssuer = (name: string) =>
    issuerRegion !== null &&
    (sameRegionName(name, issuerRegion) || isAbbreviationOf(name, issuerRegion));
  // `红河州合计` totals the issuer itself: it is no group of its own.
  const isParentRow = (row: RawAllocationRow) =>
    TOTAL_ROW.test(row.writtenName) ||
    namesIssuer(row.writtenName) ||
    namesIssuer(GROUP_SUBTOTAL.exec(row.writtenName)?.[1] ?? '');
  const parentRows = rows.filter(isParentRow);
  if (parentRows.length > 1) {
    throw new NoticeFormatError(
      `allocation table has ${parentRows.length} rows for the issuing region (${parentRows.map((r) => r.writtenName).join(', ')})`,
      parentRows[1]?.line ?? null,
    );
  }
  const parentSpellings = [issuerRegion, parentRows[0]?.writtenName]
    .filter((s): s is string => !!s && !TOTAL_ROW.test(s))
    .map((s) => (namesIssuer(s) ? s : (GROUP_SUBTOTAL.exec(s)?.[1] ?? s)));
  if (parentSpellings.length === 0) {
    throw new NoticeFormatError(
      'cannot tell which region issued the notice: no finance bureau (…财政局) in the head, the title or the signature, and no row of the allocation table names it; give the issuing region on the review page',
    );
  }
  const parentName = withAliases(parentSpellings);
  const parentLevel = levelOf(parentName.name, 'prefecture');
  const parent: NoticeRegion = {
    key: parentName.name,
    ...parentName,
    level: parentLevel,
    parentKey: null,
    recipientKind: 'region',
  };

  const regions: NoticeRegion[] = [parent];
  const keys = new Set<string>([parent.key]);
  const rowKeys: string[] = [];
  const subtotalRows = new Set<number>();
  const ownUseRows = new Set<number>();
  let group: NoticeRegion = parent;
  /** The group's 小计 row and what its rows so far add up to, column by column. */
  let groupRow: RawAllocationRow | null = null;
  let groupSum: Partial<Record<string, number>> = {};
  const addToGroup = (row: RawAllocationRow) => {
    for (const [role, amount] of Object.entries(row.amounts))
      groupSum[role] = (groupSum[role] ?? 0) + (amount ?? 0);
  };
  /**
   * A group is complete when its rows add up to its 小计 in every column: a row after that
   * (`兰考县`, a county the province funds directly, after `洛阳市小计`'s counties) is the
   * issuer's, not the group's.
   */
  const groupComplete = () => {
    if (!groupRow) return false;
    const roles = Object.entries(groupRow.amounts);
    return roles.length > 0 && roles.every(([role, amount]) => groupSum[role] === amount);
  };
  const add = (written: string, under: NoticeRegion, line: number): NoticeRegion => {
    const names = withAliases([written]);
    if (keys.has(names.name)) {
      throw new NoticeFormatError(`allocation table lists ${names.name} twice`, line);
    }
    keys.add(names.name);
    const region: NoticeRegion = {
      key: names.name,
      ...names,
      // A 县 the province funds directly (省直管县) is still a county.
      level: /(县|旗)$/.test(names.name) ? 'county' : levelBelow(under.level),
      parentKey: under.key,
      recipientKind: recipientKind(names.name),
    };
    regions.push(region);
    return region;
  };
  rows.forEach((row, i) => {
    const name = row.writtenName;
    if (isParentRow(row)) {
      rowKeys.push(parent.key);
      subtotalRows.add(i);
      group = parent;
      groupRow = null;
      return;
    }
    if (group !== parent && groupComplete() && !OWN_USE.test(name)) {
      group = parent;
      groupRow = null;
    }
    const own = OWN_USE.exec(name);
    if (own) {
      // `市本级` under X市小计 is X's own; `州本级` alone the issuer's.
      const named = own[2] ?? '';
      const owner =
        named === '' || /^[市州县区省]$/.test(named) ? group : namesIssuer(named) ? parent : group;
      rowKeys.push(owner.key);
      ownUseRows.add(i);
      if (owner === group) addToGroup(row);
      return;
    }
    const subtotal = GROUP_SUBTOTAL.exec(name);
    if (subtotal?.[1]) {
      group = add(subtotal[1], parent, row.line);
      groupRow = row;
      groupSum = {};
      rowKeys.push(group.key);
      subtotalRows.add(i);
      return;
    }
    if (group !== parent && sameRegionName(name, group.name)) {
      // `X市` right under `X市小计`: what X keeps.
      rowKeys.push(group.key);
      ownUseRows.add(i);
      addToGroup(row);
      return;
    }
    rowKeys.push(add(name, group, row.line).key);
    if (group !== parent) addToGroup(row);
  });
  return { regions, parentKey: parent.key, rowKeys, subtotalRows, ownUseRows };
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
