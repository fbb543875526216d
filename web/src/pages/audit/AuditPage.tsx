/**
 * /audit (admins): the audit trail, newest first, filtered by who, what and outcome; more rows
 * on request; the same selection as CSV (/audit/export.csv, opened by Excel with its Chinese).
 */
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { AuditOutcome } from '../../gql/graphql.ts';
import { StatePanel } from '../../components/StatePanel.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useQuery } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { auditMessages } from './messages.ts';
import './audit.css';
import { formText } from '../../lib/form.ts';

const AuditQuery = graphql(`
  query AuditTrail($actor: String, $operation: String, $outcome: AuditOutcome, $first: Int) {
    auditLog(actor: $actor, operation: $operation, outcome: $outcome, first: $first) {
      totalCount
      nodes {
        id
        at
        actor
        role
        via
        operation
        object
        outcome
        code
        summary
      }
    }
  }
`);

interface Filter {
  actor: string | null;
  operation: string | null;
  outcome: AuditOutcome | null;
}

const PAGE = 50;

export function exportHref(filter: Filter): string {
  const params = new URLSearchParams();
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.operation) params.set('operation', filter.operation);
  if (filter.outcome) params.set('outcome', filter.outcome);
  const query = params.toString();
  return `/audit/export.csv${query ? `?${query}` : ''}`;
}

export function AuditPage() {
  const t = useMessages(auditMessages);
  const lang = useLang();
  const [filter, setFilter] = useState<Filter>({ actor: null, operation: null, outcome: null });
  const [shown, setShown] = useState(PAGE);
  const trail = useQuery(AuditQuery, { ...filter, first: Math.min(shown, 100) });
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => formText(form, name).trim() || null;
    setFilter({
      actor: text('actor'),
      operation: text('operation'),
      outcome: text('outcome') as AuditOutcome | null,
    });
    setShown(PAGE);
  };
  return (
    <div className="audit-page">
      <h2>{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <form className="filters audit-filters" onSubmit={apply} aria-label={t.filters}>
        <label>
          {t.actor}
          <input name="actor" />
        </label>
        <label>
          {t.operation}
          <input name="operation" list="audit-operations" />
        </label>
        <datalist id="audit-operations">
          {OPERATIONS.map((op) => (
            <option key={op} value={op} />
          ))}
        </datalist>
        <label>
          {t.outcome}
          <select name="outcome" defaultValue="">
            <option value="">{t.all}</option>
            <option value="OK">{t.OK}</option>
            <option value="REFUSED">{t.REFUSED}</option>
            <option value="FAILED">{t.FAILED}</option>
          </select>
        </label>
        <button type="submit">{t.apply}</button>
        <a className="button-link" href={exportHref(filter)} download>
          {t.export}
        </a>
      </form>
      <StatePanel
        loading={trail.loading}
        error={trail.error}
        data={trail.data?.auditLog ?? null}
        isEmpty={(d) => d.nodes.length === 0}
        emptyText={t.none}
      >
        {(log) => (
          <>
            <p className="audit-count">
              {fill(t.count, { shown: log.nodes.length, total: log.totalCount })}
            </p>
            <table className="data audit-table" data-testid="audit-table">
              <thead>
                <tr>
                  <th>{t.at}</th>
                  <th>{t.actor}</th>
                  <th>{t.operation}</th>
                  <th>{t.object}</th>
                  <th>{t.outcome}</th>
                  <th>{t.summary}</th>
                </tr>
              </thead>
              <tbody>
                {log.nodes.map((e) => (
                  <tr key={e.id} className={`audit-${e.outcome.toLowerCase()}`}>
                    <td>{formatDateTime(e.at, lang)}</td>
                    <td>
                      {e.actor}{' '}
                      <span className="audit-via">
                        {e.role} · {e.via}
                      </span>
                    </td>
                    <td>{e.operation}</td>
                    <td>{e.object}</td>
                    <td>
                      {t[e.outcome]}
                      {e.code ? ` (${e.code})` : ''}
                    </td>
                    <td>
                      <code className="audit-summary">{e.summary}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {log.nodes.length < log.totalCount && shown < 100 && (
              <button type="button" onClick={() => setShown(100)}>
                {t.more}
              </button>
            )}
          </>
        )}
      </StatePanel>
    </div>
  );
}

/** The operations the trail records (server/services: each audited write names itself so). */
const OPERATIONS = [
  'submitSpendingReport',
  'amendSpendingReport',
  'recordIndicatorResult',
  'importNotice',
  'createAccount',
  'updateAccount',
  'resetPassword',
  'changePassword',
  'createApiToken',
  'revokeApiToken',
  'signIn',
  'signOut',
];
