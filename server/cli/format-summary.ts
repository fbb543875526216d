/** The import summary as a person reads it in a terminal. */
import type { AllocationTableReading } from '../importer/types.ts';
import type { ImportSummary } from '../services/import-notice.service.ts';

/** An import's summary, or a dry run's (nothing written; regions say whether they exist). */
export type PrintedSummary = Omit<ImportSummary, 'outcome' | 'regions'> & {
  outcome: ImportSummary['outcome'] | 'dry-run';
  allocationTable?: AllocationTableReading | null;
  regions: (ImportSummary['regions'][number] & {
    existing?: { id: number; name: string } | null;
  })[];
};

const OUTCOME = {
  'dry-run': 'dry run: read and checked, nothing written',
  created: 'imported (new document)',
  revised: 'imported as a new revision (earlier revisions kept)',
  unchanged: 'already imported: nothing changed',
};

export function formatImportSummary(s: PrintedSummary, dbPath: string): string {
  const d = s.document;
  const lines = [
    `${d.number}  revision ${d.revision}: ${OUTCOME[s.outcome]}`,
    `  ${d.title}`,
    `  year ${d.year}, batch ${d.batch ?? '-'}, issued ${d.issuedOn ?? '-'}, upstream ${d.upstreamNumber ?? '-'}, program ${d.program ?? '-'}`,
    `  database ${dbPath}`,
    '',
    `Regions (${s.regions.length}):`,
    ...s.regions.map(
      (r) =>
        `  ${r.name} [${r.level}]${r.parent ? ` under ${r.parent}` : ''}${r.aliases.length ? ` also ${r.aliases.join(', ')}` : ''}${r.existing === undefined ? '' : r.existing ? ` = existing region ${r.existing.name} (#${r.existing.id})` : ' (new)'}`,
    ),
    '',
    ...(s.allocationTable
      ? [
          `Allocation table: unit ${s.allocationTable.unit}${s.allocationTable.unitStated ? '' : ' (not stated: assumed, check it)'}; columns ${s.allocationTable.columns.map((c) => `${c.index + 1} ${c.header || '-'} → ${c.role}`).join(', ')}`,
        ]
      : []),
    `Allocations (万元) (${s.allocations.length}):   annual total = early advance + this batch`,
    ...s.allocations.map(
      (a) =>
        `  ${a.region.padEnd(10, '　')} ${a.annualTotal.padStart(10)} = ${(a.earlyAdvance ?? '-').padStart(10)} + ${a.thisBatch.padStart(8)}`,
    ),
    '',
    `Target sheets (${s.sheets.length}):`,
    ...s.sheets.map(
      (t) => `  ${t.region.padEnd(10, '　')} ${t.indicators} indicators, ${t.goals} goals`,
    ),
  ];
  const warnings = s.warnings.filter((w) => w.severity === 'warning');
  const notes = s.warnings.filter((w) => w.severity === 'info');
  lines.push(
    '',
    `Warnings (${warnings.length}):`,
    ...warnings.map((w) => `  ${w.code}: ${w.message}`),
  );
  lines.push('', `Notes (${notes.length}):`, ...notes.map((w) => `  ${w.code}: ${w.message}`));
  return lines.join('\n');
}
