/**
 * Decides each indicator's levels across all target sheets of a notice. The labels slip in
 * the extracted tables, but an indicator has the same name in every sheet, so each sheet's
 * label is one vote: level 2 is what most sheets say (level 1 follows from it by the
 * framework); where no sheet states level 2, level 1 is what most sheets say.
 * No per-region rule: the same decision applies to every sheet.
 */
import {
  LEVEL1_LABEL,
  LEVEL1_OF,
  LEVEL2_LABEL,
  type Level1,
  type Level2,
} from '../domain/framework.ts';
import type { RawTargetSheet } from './target-sheet.ts';
import type { ImportWarning } from './types.ts';

export interface LevelDecision {
  level1: Level1;
  level2: Level2 | null;
}

interface Tally<T> {
  best: T | null;
  votes: number;
  total: number;
  tied: boolean;
}

function tally<T>(values: (T | null)[]): Tally<T> {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  // Insertion order breaks ties: the first sheet (the issuing region's, as a rule) wins.
  let best: T | null = null;
  let votes = 0;
  let tied = false;
  for (const [value, n] of counts) {
    if (n > votes) {
      best = value;
      votes = n;
      tied = false;
    } else if (n === votes) {
      tied = true;
    }
  }
  return { best, votes, total: [...counts.values()].reduce((a, b) => a + b, 0), tied };
}

export function decideLevels(
  sheets: { regionKey: string; regionName: string; sheet: RawTargetSheet }[],
): { decisions: Map<string, LevelDecision>; warnings: ImportWarning[] } {
  const byName = new Map<
    string,
    { name: string; level1: (Level1 | null)[]; level2: (Level2 | null)[] }
  >();
  for (const { sheet } of sheets) {
    for (const row of sheet.rows) {
      const entry = byName.get(row.nameKey) ?? { name: row.name, level1: [], level2: [] };
      entry.level1.push(row.voteLevel1);
      entry.level2.push(row.voteLevel2);
      byName.set(row.nameKey, entry);
    }
  }

  const decisions = new Map<string, LevelDecision>();
  const warnings: ImportWarning[] = [];
  for (const [key, entry] of byName) {
    const level2 = tally(entry.level2);
    if (level2.best !== null) {
      decisions.set(key, { level1: LEVEL1_OF[level2.best], level2: level2.best });
      if (level2.tied) {
        warnings.push({
          severity: 'warning',
          code: 'INDICATOR_LEVEL_AMBIGUOUS',
          message: `「${entry.name}」各表的二级指标不一致，取${LEVEL2_LABEL[level2.best]}（${level2.total} 张表中 ${level2.votes} 张），请核对`,
          regionKey: null,
        });
      }
      continue;
    }
    const level1 = tally(entry.level1);
    decisions.set(key, { level1: level1.best ?? 'OUTPUT', level2: null });
    warnings.push({
      severity: 'warning',
      code: 'INDICATOR_LEVEL_UNDETERMINED',
      message: level1.best
        ? `「${entry.name}」没有一张表写明二级指标；一级指标按 ${level1.total} 张表中 ${level1.votes} 张取${LEVEL1_LABEL[level1.best]}`
        : `「${entry.name}」没有一张表写明其指标级别，暂归入${LEVEL1_LABEL.OUTPUT}，请核对`,
      regionKey: null,
    });
  }

  for (const { regionKey, regionName, sheet } of sheets) {
    for (const row of sheet.rows) {
      const decided = decisions.get(row.nameKey);
      if (!decided?.level2 || row.voteLevel2 === decided.level2) continue;
      const written = row.voteLevel2 ? `列在${LEVEL2_LABEL[row.voteLevel2]}下` : '未写明二级指标';
      warnings.push({
        severity: 'info',
        code: 'INDICATOR_LEVEL_REPAIRED',
        message: `${regionName}（第${row.line}行）「${row.name}」${written}，按其他各表归为${LEVEL1_LABEL[decided.level1]}/${LEVEL2_LABEL[decided.level2]}`,
        regionKey,
      });
    }
  }
  return { decisions, warnings };
}
