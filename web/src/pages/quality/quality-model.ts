/** Pure shaping of import findings for the data-quality view: counts per kind and per severity. */
import type { ImportSeverity } from '../../gql/graphql.ts';

export interface CodeCount {
  code: string;
  severity: ImportSeverity;
  count: number;
}

/** One row per code and severity: breaches first, then the most frequent kinds. */
export function countByCode(
  findings: readonly { code: string; severity: ImportSeverity }[],
): CodeCount[] {
  const counts = new Map<string, CodeCount>();
  for (const f of findings) {
    const key = `${f.severity}|${f.code}`;
    const entry = counts.get(key) ?? { code: f.code, severity: f.severity, count: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  const rank = (s: ImportSeverity) => (s === 'WARNING' ? 0 : 1);
  return [...counts.values()].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) || b.count - a.count || a.code.localeCompare(b.code),
  );
}

export function severityCounts(
  findings: readonly { severity: ImportSeverity }[],
): Record<ImportSeverity, number> {
  const counts: Record<ImportSeverity, number> = { WARNING: 0, INFO: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Findings under their code, codes in order of first appearance, findings in the order given. */
export function groupByCode<F extends { code: string }>(
  findings: readonly F[],
): { code: string; findings: F[] }[] {
  const groups = new Map<string, F[]>();
  for (const f of findings) groups.set(f.code, [...(groups.get(f.code) ?? []), f]);
  return [...groups].map(([code, list]) => ({ code, findings: list }));
}
