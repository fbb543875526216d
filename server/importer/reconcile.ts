/**
 * The invariants of DOMAIN.md, checked on what was read. Breaches are reported with the
 * region, the figures and the difference; nothing is corrected.
 */
import { addFen, fenToWanString as wan, subFen, ZERO } from '../domain/money.ts';
import type { ImportWarning, NoticeRegion, ParsedNotice } from './types.ts';

type Notice = Pick<ParsedNotice, 'header' | 'regions' | 'allocations' | 'targetSheets'> &
  Partial<Pick<ParsedNotice, 'allocationTable'>>;

function warning(code: string, message: string, regionKey: string | null): ImportWarning {
  return { severity: 'warning', code, message, regionKey };
}

const MAIN_LABEL: Record<string, string> = {
  annualTotal: '全年合计',
  earlyAdvance: '年初提前下达',
  priorBatches: '已下达',
  thisBatch: '此次下达',
};

/**
 * Parts printed beside a sum (小计 | 襄渝… | 精减…, 合计 | 一般预算 | 彩票公益金) add up to the
 * main column nearest on their left. Memo columns (附：…) are outside every sum.
 */
function checkParts(notice: Notice): ImportWarning[] {
  const columns = notice.allocationTable?.columns ?? [];
  const partColumns = columns.filter((c) => c.role === 'extra');
  if (partColumns.length === 0) return [];
  const firstPart = Math.min(...partColumns.map((c) => c.index));
  const sum = columns
    .filter((c) => c.index < firstPart && MAIN_LABEL[c.role])
    .sort((a, b) => b.index - a.index)[0];
  if (!sum) return [];
  const role = sum.role as 'annualTotal' | 'earlyAdvance' | 'priorBatches' | 'thisBatch';
  return notice.allocations.flatMap((row) => {
    const stated = row[role];
    if (stated === null) return [];
    const parts = row.extras.filter((e) => e.kind === 'extra');
    const total = addFen(...parts.map((p) => p.amount));
    if (total === stated) return [];
    return [
      warning(
        'ALLOCATION_PARTS_MISMATCH',
        `${row.writtenName}（第${row.line}行）：${sum.header || MAIN_LABEL[role]} ${wan(stated)} ≠ ${parts.map((p) => `${p.name} ${wan(p.amount)}`).join(' + ') || '各分项'} = ${wan(total)}，相差 ${wan(subFen(stated, total))} 万元`,
        row.regionKey,
      ),
    ];
  });
}

function checkRows(notice: Notice): ImportWarning[] {
  return notice.allocations.flatMap((row) => {
    if (row.earlyAdvance === null && row.priorBatches === null) return [];
    const parts = addFen(row.earlyAdvance ?? ZERO, row.priorBatches ?? ZERO, row.thisBatch);
    if (parts === row.annualTotal) return [];
    const prior = row.priorBatches === null ? '' : ` + 已下达 ${wan(row.priorBatches)}`;
    return [
      warning(
        'ALLOCATION_ROW_MISMATCH',
        `${row.writtenName}（第${row.line}行）：全年合计 ${wan(row.annualTotal)} ≠ 年初提前下达 ${wan(row.earlyAdvance ?? ZERO)}${prior} + 此次下达 ${wan(row.thisBatch)} = ${wan(parts)}，相差 ${wan(subFen(row.annualTotal, parts))} 万元`,
        row.regionKey,
      ),
    ];
  });
}

const COLUMNS = [
  ['annualTotal', '全年合计'],
  ['earlyAdvance', '年初提前下达'],
  ['priorBatches', '已下达'],
  ['thisBatch', '此次下达'],
] as const;

function checkSums(notice: Notice): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  // Indexes, so that a table of thousands of rows is checked in one pass.
  const childrenOf = new Map<string, Set<string>>();
  for (const r of notice.regions) {
    if (r.parentKey === null) continue;
    const set = childrenOf.get(r.parentKey) ?? new Set<string>();
    set.add(r.key);
    childrenOf.set(r.parentKey, set);
  }
  const withSubtotal = new Set(
    notice.allocations.filter((a) => a.isSubtotal).map((a) => a.regionKey),
  );
  for (const subtotal of notice.allocations.filter((a) => a.isSubtotal)) {
    const childKeys = childrenOf.get(subtotal.regionKey) ?? new Set<string>();
    // The children's rows (their subtotals where they have them) and what the region keeps.
    const children = notice.allocations.filter(
      (a) =>
        (childKeys.has(a.regionKey) && (a.isSubtotal || !withSubtotal.has(a.regionKey))) ||
        (a.isOwnUse && a.regionKey === subtotal.regionKey),
    );
    for (const [column, label] of COLUMNS) {
      const stated = subtotal[column];
      if (stated === null) continue;
      const sum = addFen(...children.map((c) => c[column] ?? ZERO));
      if (sum === stated) continue;
      warnings.push(
        warning(
          'ALLOCATION_SUM_MISMATCH',
          `${subtotal.writtenName}：${label} ${wan(stated)} ≠ 下属 ${children.length} 个地区之和 ${wan(sum)}，相差 ${wan(subFen(stated, sum))} 万元`,
          subtotal.regionKey,
        ),
      );
    }
  }
  return warnings;
}

function checkSheets(notice: Notice): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const name = (key: string) => notice.regions.find((r) => r.key === key)?.name ?? key;
  for (const sheet of notice.targetSheets) {
    const region = name(sheet.regionKey);
    const allocation = notice.allocations.find((a) => a.regionKey === sheet.regionKey);
    if (sheet.fundTotal === null) {
      warnings.push(
        warning('SHEET_TOTAL_MISSING', `${region} 绩效目标表未写下达资金总额`, sheet.regionKey),
      );
    } else if (allocation && sheet.fundTotal !== allocation.annualTotal) {
      warnings.push(
        warning(
          'SHEET_TOTAL_MISMATCH',
          `${region} 绩效目标表下达资金总额 ${wan(sheet.fundTotal)} ≠ 分配表全年合计 ${wan(allocation.annualTotal)}，相差 ${wan(subFen(sheet.fundTotal, allocation.annualTotal))} 万元`,
          sheet.regionKey,
        ),
      );
    }
    if (sheet.fundTotal !== null && sheet.centralFunds !== null) {
      const parts = addFen(sheet.centralFunds, sheet.localFunds ?? ZERO);
      if (parts !== sheet.fundTotal) {
        warnings.push(
          warning(
            'SHEET_SPLIT_MISMATCH',
            `${region} 绩效目标表：中央财政补助 ${wan(sheet.centralFunds)} + 地方资金 ${wan(sheet.localFunds ?? ZERO)} = ${wan(parts)} ≠ 下达资金总额 ${wan(sheet.fundTotal)}，相差 ${wan(subFen(parts, sheet.fundTotal))} 万元`,
            sheet.regionKey,
          ),
        );
      }
    }
    if (!allocation) {
      warnings.push(
        warning(
          'SHEET_WITHOUT_ALLOCATION',
          `${region} 有绩效目标表，但分配表中没有该地区`,
          sheet.regionKey,
        ),
      );
    }
    if (sheet.year !== null && sheet.year !== notice.header.year) {
      warnings.push(
        warning(
          'SHEET_YEAR_MISMATCH',
          `${region} 绩效目标表年度 ${sheet.year} ≠ 文件年度 ${notice.header.year}`,
          sheet.regionKey,
        ),
      );
    }
  }
  const withSheet = new Set(notice.targetSheets.map((s) => s.regionKey));
  // Once per region: a region's total row and its 本级 row (`红河州合计`, `州本级`) are one region.
  for (const allocation of notice.allocations) {
    if (notice.targetSheets.length > 0 && !withSheet.has(allocation.regionKey)) {
      withSheet.add(allocation.regionKey);
      warnings.push(
        warning(
          'SHEET_MISSING',
          `${allocation.regionKey} 在分配表中，但没有绩效目标表`,
          allocation.regionKey,
        ),
      );
    }
  }
  return warnings;
}

/** Indicators most sheets have that a sheet lacks, and targets that could not be read. */
function checkIndicators(notice: Notice): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const sheets = notice.targetSheets;
  const counts = new Map<string, { name: string; n: number }>();
  for (const sheet of sheets) {
    for (const ind of sheet.indicators) {
      const entry = counts.get(ind.nameKey) ?? { name: ind.name, n: 0 };
      counts.set(ind.nameKey, { name: entry.name, n: entry.n + 1 });
    }
  }
  const regionName = (r: NoticeRegion | undefined, key: string) => r?.name ?? key;
  for (const sheet of sheets) {
    const region = regionName(
      notice.regions.find((r) => r.key === sheet.regionKey),
      sheet.regionKey,
    );
    const own = new Set(sheet.indicators.map((i) => i.nameKey));
    for (const [key, { name, n }] of counts) {
      if (!own.has(key) && n * 2 > sheets.length) {
        warnings.push({
          severity: 'info',
          code: 'INDICATOR_ABSENT',
          message: `${region} 绩效目标表没有「${name}」（${n}/${sheets.length} 张表有此指标）`,
          regionKey: sheet.regionKey,
        });
      }
    }
    for (const ind of sheet.indicators) {
      if (!ind.target.recognised) {
        warnings.push(
          warning(
            'TARGET_UNPARSED',
            `${region}「${ind.name}」的指标值「${ind.target.text}」无法解析，按定性指标保存`,
            sheet.regionKey,
          ),
        );
      }
    }
  }
  return warnings;
}

export function reconcile(notice: Notice): ImportWarning[] {
  return [
    ...checkRows(notice),
    ...checkParts(notice),
    ...checkSums(notice),
    ...checkSheets(notice),
    ...checkIndicators(notice),
  ];
}
