/**
 * What was read, with a correction next to each thing that can be corrected: the number, year
 * and batch; the table's unit and each column's role; each row's region match. Amounts in 万元.
 */
import { useState, type KeyboardEvent } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { ImportPreviewFieldsFragment } from '../../gql/graphql.ts';
import { formatWan } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { COLUMN_ROLES, type Corrections } from './import-model.ts';
import { importMessages } from './messages.ts';

const RegionsQuery = graphql(`
  query ImportPageRegions {
    prefectures: regions(level: PREFECTURE) {
      id
      name
    }
    counties: regions(level: COUNTY) {
      id
      name
      parent {
        name
      }
    }
  }
`);

type Preview = ImportPreviewFieldsFragment;
type Props = {
  preview: Preview;
  corrections: Corrections;
  onCorrect: (next: Corrections) => void;
};

/** A text correction applied on Enter or when the field is left (each one reads the file again). */
function CorrectionField(props: { label: string; value: string; onApply: (v: string) => void }) {
  const [draft, setDraft] = useState(props.value);
  const apply = () => {
    if (draft !== props.value) props.onApply(draft);
  };
  return (
    <input
      aria-label={props.label}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={apply}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === 'Enter') apply();
      }}
    />
  );
}

export function NoticePreview({ preview, corrections, onCorrect }: Props) {
  const t = useMessages(importMessages);
  const set = (patch: Partial<Corrections>) => onCorrect({ ...corrections, ...patch });
  return (
    <div className="import-preview" data-testid="import-preview">
      <p className="import-source-name">
        {t.source}: {preview.sourceName} · {t.format}: {preview.format ?? '—'}
      </p>
      {preview.errors.length > 0 && (
        <div className="import-problems" role="alert" data-testid="import-problems">
          <p>{t.problems}</p>
          <ul>
            {preview.errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.document && <DocumentFields preview={preview} corrections={corrections} set={set} />}
      {preview.allocationTable && (
        <AllocationTable preview={preview} corrections={corrections} set={set} />
      )}
      <Sheets preview={preview} />
      <Warnings preview={preview} />
    </div>
  );
}

function DocumentFields({
  preview,
  corrections,
  set,
}: {
  preview: Preview;
  corrections: Corrections;
  set: (patch: Partial<Corrections>) => void;
}) {
  const t = useMessages(importMessages);
  const d = preview.document;
  if (!d) return null;
  const batchLabel = (b: number | null | undefined) =>
    b === null || b === undefined ? t.noBatch : b === 0 ? t.advance : fill(t.batchN, { n: b });
  return (
    <section aria-labelledby="import-document">
      <h3 id="import-document">{t.document}</h3>
      <table className="data import-fields">
        <thead>
          <tr>
            <th />
            <th>{t.document}</th>
            <th>{t.correction}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.number}</th>
            <td data-testid="document-number">
              {d.number ?? <em className="import-missing">{t.noneFound}</em>}
              {d.numberCorrected && <span className="import-corrected"> ({t.corrected})</span>}
            </td>
            <td>
              <CorrectionField
                label={`${t.correction}: ${t.number}`}
                value={corrections.number}
                onApply={(number) => set({ number })}
              />
            </td>
          </tr>
          <tr>
            <th scope="row">{t.titleField}</th>
            <td colSpan={2}>{d.title ?? t.noneFound}</td>
          </tr>
          <tr>
            <th scope="row">{t.year}</th>
            <td>{d.year}</td>
            <td>
              <CorrectionField
                label={`${t.correction}: ${t.year}`}
                value={corrections.year}
                onApply={(year) => set({ year })}
              />
            </td>
          </tr>
          <tr>
            <th scope="row">{t.batch}</th>
            <td>{batchLabel(d.batch)}</td>
            <td>
              <select
                aria-label={`${t.correction}: ${t.batch}`}
                value={corrections.batch}
                onChange={(e) => set({ batch: e.target.value })}
              >
                <option value="">{t.asRead}</option>
                <option value="none">{t.noBatch}</option>
                <option value="0">{t.advance}</option>
                {[1, 2, 3, 4, 5, 6].map((n) => (
                  <option key={n} value={String(n)}>
                    {fill(t.batchN, { n })}
                  </option>
                ))}
              </select>
            </td>
          </tr>
          <tr>
            <th scope="row">{t.issuers}</th>
            <td colSpan={2}>{d.issuers.join('、') || t.none}</td>
          </tr>
          <tr>
            <th scope="row">{t.issuedOn}</th>
            <td colSpan={2}>{d.issuedOn ?? t.none}</td>
          </tr>
          <tr>
            <th scope="row">{t.upstream}</th>
            <td colSpan={2}>{d.upstreamNumber ?? t.none}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function roleLabel(role: string, t: Record<string, string>): string {
  return (COLUMN_ROLES as readonly string[]).includes(role) ? (t[role] ?? role) : role;
}

function AllocationTable({
  preview,
  corrections,
  set,
}: {
  preview: Preview;
  corrections: Corrections;
  set: (patch: Partial<Corrections>) => void;
}) {
  const t = useMessages(importMessages);
  const lang = useLang();
  const table = preview.allocationTable;
  const regions = useQuery(RegionsQuery, {});
  if (!table) return null;
  const byColumn = new Map(table.columns.map((c) => [c.index, c.role]));
  const amountColumn = (role: string) => table.columns.find((c) => c.role === role);
  const shown = (['annualTotal', 'earlyAdvance', 'thisBatch'] as const).map((role) => ({
    role,
    column: amountColumn(role),
  }));
  const options = (level: string) =>
    level === 'prefecture'
      ? (regions.data?.prefectures ?? []).map((r) => ({ id: r.id, label: r.name }))
      : (regions.data?.counties ?? []).map((r) => ({
          id: r.id,
          label: r.parent ? `${r.name}（${r.parent.name}）` : r.name,
        }));
  const regionOf = (name: string) => preview.regions.find((r) => r.name === name);
  return (
    <section aria-labelledby="import-table">
      <h3 id="import-table">{t.table}</h3>
      <p className="import-unit">
        <label>
          {t.unit}{' '}
          <select
            aria-label={`${t.correction}: ${t.unit}`}
            value={corrections.unit || table.unit}
            onChange={(e) => set({ unit: e.target.value as Corrections['unit'] })}
          >
            {['元', '万元', '亿元'].map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>{' '}
        <span className={table.unitStated ? '' : 'import-missing'}>
          {table.unitStated ? t.unitStated : t.unitAssumed}
        </span>
      </p>
      <table className="data import-columns" data-testid="import-columns">
        <thead>
          <tr>
            <th>{t.columnNo}</th>
            <th>{t.header}</th>
            <th>{t.role}</th>
          </tr>
        </thead>
        <tbody>
          {table.columns.map((c) => (
            <tr key={c.index}>
              <td>{fill(t.column, { n: c.index + 1 })}</td>
              <td>{c.header || '—'}</td>
              <td>
                <select
                  aria-label={`${t.role}: ${fill(t.column, { n: c.index + 1 })}`}
                  value={corrections.columnRoles[c.index] ?? byColumn.get(c.index) ?? ''}
                  onChange={(e) =>
                    set({
                      columnRoles: { ...corrections.columnRoles, [c.index]: e.target.value },
                    })
                  }
                >
                  {[...new Set([...COLUMN_ROLES, c.role])].map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(role, t)}
                    </option>
                  ))}
                </select>
                {corrections.columnRoles[c.index] !== undefined &&
                  corrections.columnRoles[c.index] !== c.role && (
                    <span className="import-missing"> {t.notApplied}</span>
                  )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data import-allocations" data-testid="import-allocations">
        <caption>{t.amountsIn}</caption>
        <thead>
          <tr>
            <th>{t.region}</th>
            {shown.map((s) => (
              <th key={s.role} className="num">
                {t[s.role]}
              </th>
            ))}
            <th>{t.match}</th>
          </tr>
        </thead>
        <tbody>
          {preview.allocations.map((a) => {
            const region = regionOf(a.regionName);
            const chosen = corrections.regionMatches[a.writtenName];
            return (
              <tr key={a.writtenName} className={a.isSubtotal ? 'import-subtotal' : ''}>
                <th scope="row">
                  {a.writtenName}
                  {a.isSubtotal && <span className="import-tag"> {t.subtotal}</span>}
                </th>
                <td className="num">{formatWan(a.annualTotal, lang)}</td>
                <td className="num">{formatWan(a.earlyAdvance, lang)}</td>
                <td className="num">{formatWan(a.thisBatch, lang)}</td>
                <td>
                  <select
                    aria-label={`${t.match}: ${a.writtenName}`}
                    value={chosen ?? a.existing?.id ?? 'new'}
                    onChange={(e) =>
                      set({
                        regionMatches: {
                          ...corrections.regionMatches,
                          [a.writtenName]: e.target.value,
                        },
                      })
                    }
                  >
                    <option value="new">{t.newRegion}</option>
                    {a.existing && (
                      <option value={a.existing.id}>
                        {fill(t.existing, { name: a.existing.name })}
                      </option>
                    )}
                    {options(region?.level ?? 'county')
                      .filter((o) => o.id !== a.existing?.id)
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.label}
                        </option>
                      ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Sheets({ preview }: { preview: Preview }) {
  const t = useMessages(importMessages);
  const lang = useLang();
  if (preview.sheets.length === 0) return null;
  return (
    <section aria-labelledby="import-sheets">
      <h3 id="import-sheets">{t.sheets}</h3>
      <table className="data" data-testid="import-sheets">
        <thead>
          <tr>
            <th>{t.region}</th>
            <th className="num">{t.fundTotal}</th>
            <th className="num">{t.indicators}</th>
            <th className="num">{t.goals}</th>
          </tr>
        </thead>
        <tbody>
          {preview.sheets.map((s, i) => (
            <tr key={i}>
              <th scope="row">
                {s.writtenRegion === s.regionName
                  ? s.regionName
                  : `${s.writtenRegion}（${s.regionName}）`}
              </th>
              <td className="num">{formatWan(s.fundTotal, lang)}</td>
              <td className="num">{s.indicators}</td>
              <td className="num">{s.goals}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Warnings({ preview }: { preview: Preview }) {
  const t = useMessages(importMessages);
  return (
    <section aria-labelledby="import-warnings">
      <h3 id="import-warnings">{t.warnings}</h3>
      {preview.warnings.length === 0 ? (
        <p>{t.noWarnings}</p>
      ) : (
        <ul className="import-warnings" data-testid="import-warnings">
          {preview.warnings.map((w, i) => (
            <li key={i} className={w.severity === 'WARNING' ? 'import-warning' : 'import-note'}>
              <code>{w.code}</code> {w.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
