/**
 * The feedback form (附件4) as an editable table: one line per fund the county received, the
 * unspent amount and progress computed as the clerk types, each problem next to its field, and
 * the lag rule (below the time-elapsed benchmark → reason, measures and date required). The
 * server checks everything again; its errors come back onto the same fields.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { FilingForm_ReportFragment } from '../../gql/graphql.ts';
import { formatPercent } from '../../lib/format.ts';
import { ApiError, request } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { errorText, wan } from './error-text.ts';
import {
  draftsFrom,
  EMPTY_DRAFT,
  lineFigures,
  totalsOf,
  type FundLine,
  type LineDraft,
} from './filing-form-model.ts';
import { buildInput, serverErrors } from './filing-input.ts';
import { validateForm, visibleErrors, type FormError } from './filing-validation.ts';
import { LineRows } from './FilingLine.tsx';
import { filingMessages } from './messages.ts';

export const FilingFormReportFragment = graphql(`
  fragment FilingForm_report on SpendingReport {
    id
    version
    submittedAt
    lines {
      documentNumber
      spent
      directions {
        direction
        spent
      }
      reason
      measures
      measuresDueOn
    }
  }
`);

const SubmitMutation = graphql(`
  mutation FilingSubmitReport($input: SpendingReportInput!) {
    submitSpendingReport(input: $input) {
      report {
        id
        version
        submittedAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export interface Submitted {
  version: number;
  submittedAt: string;
}

interface Props {
  county: string;
  year: number;
  month: number;
  funds: FundLine[];
  report: FilingForm_ReportFragment | null;
  onSubmitted: (report: Submitted) => void;
}

export function FilingForm({ county, year, month, funds, report, onSubmitted }: Props) {
  const t = useMessages(filingMessages);
  const lang = useLang();
  const [drafts, setDrafts] = useState<LineDraft[]>(() => draftsFrom(funds, report));
  const [attempted, setAttempted] = useState(false);
  const [fromServer, setFromServer] = useState<Map<string, FormError>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusTick === 0) return;
    const target = form.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], .filing-summary',
    );
    target?.focus();
  }, [focusTick]);

  const lines = funds.map((fund, i) => {
    const draft = drafts[i] ?? EMPTY_DRAFT;
    return { fund, draft, figures: lineFigures(fund, draft, month) };
  });
  const problems = validateForm(funds, drafts, month);
  const shown = visibleErrors(problems, attempted);
  for (const [field, error] of fromServer) if (!shown.has(field)) shown.set(field, error);
  const formError = fromServer.get('form');

  const edit = (index: number, change: Partial<LineDraft>, fields: string[]) => {
    setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...change } : d)));
    if (fields.some((f) => fromServer.has(f)) || fromServer.has('form')) {
      setFromServer((m) => new Map([...m].filter(([k]) => !fields.includes(k) && k !== 'form')));
    }
    setFailure(null);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAttempted(true);
    setFailure(null);
    if (problems.size > 0) {
      setFocusTick((n) => n + 1);
      return;
    }
    const { input, directionOrder } = buildInput(county, year, month, funds, drafts);
    setSubmitting(true);
    try {
      const { submitSpendingReport: payload } = await request(SubmitMutation, { input });
      if (payload.report) {
        setFromServer(new Map());
        onSubmitted(payload.report);
      } else {
        setFromServer(serverErrors(payload.errors, directionOrder));
        setFocusTick((n) => n + 1);
      }
    } catch (err) {
      setFailure(err instanceof ApiError ? err.message : String(err));
    } finally {
      setSubmitting(false);
    }
  }

  const reset = () => {
    setDrafts(draftsFrom(funds, report));
    setAttempted(false);
    setFromServer(new Map());
    setFailure(null);
  };

  const totals = totalsOf(
    funds,
    lines.map((l) => l.figures),
  );
  const errorCount = shown.size;
  const blocked = attempted && problems.size > 0;
  const refused = fromServer.size > 0;

  return (
    <form ref={form} className="filing-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="filing-table-scroll">
        <table className="data filing-table">
          <caption className="visually-hidden">{t.formTitle}</caption>
          <thead>
            <tr>
              <th scope="col" className="num filing-nowrap">
                {t.colNo}
              </th>
              <th scope="col">{t.colFund}</th>
              <th scope="col">{t.colDoc}</th>
              <th scope="col" className="num">
                {t.colAmount}
              </th>
              <th scope="col">
                {t.colSpent}
                <span className="filing-col-hint">{t.colSpentHint}</span>
              </th>
              <th scope="col">{t.colDirections}</th>
              <th scope="col" className="num filing-nowrap">
                {t.colUnspent}
              </th>
              <th scope="col">{t.colProgress}</th>
              <th scope="col" className="filing-text-col">
                {t.colReason}
              </th>
              <th scope="col" className="filing-text-col">
                {t.colMeasures}
              </th>
            </tr>
          </thead>
          {lines.map(({ fund, draft, figures }, i) => (
            <LineRows
              key={fund.documentNumber}
              index={i}
              fund={fund}
              draft={draft}
              figures={figures}
              month={month}
              shown={shown}
              attempted={attempted}
              onEdit={(change, fields) => edit(i, change, fields)}
            />
          ))}
          {funds.length > 1 && (
            <tfoot>
              <tr className="filing-total">
                <th scope="row" colSpan={3}>
                  {t.total}
                </th>
                <td className="num">{wan(totals.amount, lang)}</td>
                <td className="num">{totals.spent === null ? '—' : wan(totals.spent, lang)}</td>
                <td />
                <td className="num">{totals.unspent === null ? '—' : wan(totals.unspent, lang)}</td>
                <td>{formatPercent(totals.progress, lang)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {(blocked || refused || failure) && (
        <div className="filing-summary" role="alert" tabIndex={-1}>
          {failure
            ? fill(t.failed, { message: failure })
            : refused
              ? fill(t.refused, { n: fromServer.size })
              : fill(t.blocked, { n: errorCount })}
          {formError && <span className="field-error">{errorText(formError, t, lang)}</span>}
        </div>
      )}
      <div className="filing-actions">
        <button type="submit" className="btn" disabled={submitting}>
          {submitting ? t.submitting : t.submit}
        </button>
        {report && (
          <button type="button" className="btn btn-secondary" onClick={reset}>
            {t.reset}
          </button>
        )}
      </div>
    </form>
  );
}
