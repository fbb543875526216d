/**
 * Filing with Excel: download the county's feedback form (filled from the latest version, or
 * blank), upload it filled in, see what was read and every problem by its cell, then submit.
 * The server re-reads the same bytes on submit; nothing is stored while problems remain.
 */
import { useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { WorkbookPreviewFieldsFragment } from '../../gql/graphql.ts';
import { formatPercent, formatWan } from '../../lib/format.ts';
import { request } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import type { Submitted } from './FilingForm.tsx';
import { filingMessages } from './messages.ts';
import { workbookMessages } from './workbook-messages.ts';

const MAX_BYTES = 1_000_000;

graphql(`
  fragment WorkbookPreviewFields on FeedbackWorkbookPreview {
    lines {
      row
      documentNumber
      fundName
      amount
      spent
      unspent
      progress
    }
    problems {
      cell
      code
      message
    }
    warnings {
      cell
      code
      message
    }
  }
`);

const PreviewMutation = graphql(`
  mutation FilingPreviewWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {
    previewFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {
      ...WorkbookPreviewFields
    }
  }
`);

const SubmitMutation = graphql(`
  mutation FilingSubmitWorkbook($file: String!, $region: String!, $year: Int!, $month: Int!) {
    submitFeedbackWorkbook(file: $file, region: $region, year: $year, month: $month) {
      report {
        version
        submittedAt
      }
      problems {
        cell
        code
        message
      }
    }
  }
`);

type Problem = WorkbookPreviewFieldsFragment['problems'][number];

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

interface Props {
  county: string;
  year: number;
  month: number;
  onSubmitted: (report: Submitted) => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'preview'; file: string; preview: WorkbookPreviewFieldsFragment; refused: Problem[] };

export function WorkbookUpload({ county, year, month, onSubmitted }: Props) {
  const t = useMessages(workbookMessages);
  const lang = useLang();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [submitting, setSubmitting] = useState(false);
  const query = new URLSearchParams({ region: county, year: String(year), month: String(month) });
  const vars = { region: county, year, month };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setState({ kind: 'error', message: fill(t.tooLarge, { size: file.size }) });
      return;
    }
    setState({ kind: 'busy' });
    try {
      const data = await base64Of(file);
      const result = await request(PreviewMutation, { ...vars, file: data });
      setState({
        kind: 'preview',
        file: data,
        preview: result.previewFeedbackWorkbook,
        refused: [],
      });
    } catch (e) {
      setState({ kind: 'error', message: fill(t.failed, { message: String(e) }) });
    }
  };

  const submit = async () => {
    if (state.kind !== 'preview') return;
    setSubmitting(true);
    try {
      const result = (await request(SubmitMutation, { ...vars, file: state.file }))
        .submitFeedbackWorkbook;
      if (result.report) {
        setState({ kind: 'idle' });
        onSubmitted(result.report);
      } else setState({ ...state, refused: result.problems });
    } catch (e) {
      setState({ kind: 'error', message: fill(t.failed, { message: String(e) }) });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section className="workbook-upload no-print" aria-labelledby="workbook-upload-title">
      <h4 id="workbook-upload-title">{t.heading}</h4>
      <p className="filing-intro">{t.intro}</p>
      <p className="workbook-downloads">
        <a href={`/export/feedback-form.xlsx?${query.toString()}`} download>
          {t.downloadFilled}
        </a>
        <a href={`/export/feedback-form.xlsx?${query.toString()}&blank=1`} download>
          {t.downloadBlank}
        </a>
      </p>
      <label className="workbook-choose">
        {t.choose}
        <input
          type="file"
          name="workbook"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {state.kind === 'busy' && <p role="status">{t.reading}</p>}
      {state.kind === 'error' && (
        <p className="workbook-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'preview' && (
        <WorkbookPreview
          preview={state.preview}
          refused={state.refused}
          submitting={submitting}
          onSubmit={() => void submit()}
          lang={lang}
        />
      )}
    </section>
  );
}

function ProblemList({ problems, label }: { problems: Problem[]; label: string }) {
  const t = useMessages(workbookMessages);
  return (
    <div className="workbook-problems" role="alert" data-testid="workbook-problems">
      <p>{label}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-cell={p.cell ?? ''}>
            <strong>{p.cell ?? t.file}</strong>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function WorkbookPreview(props: {
  preview: WorkbookPreviewFieldsFragment;
  refused: Problem[];
  submitting: boolean;
  onSubmit: () => void;
  lang: 'zh' | 'en';
}) {
  const t = useMessages(workbookMessages);
  const f = useMessages(filingMessages);
  const { preview, refused, lang } = props;
  const ok = preview.problems.length === 0;
  return (
    <div className="workbook-preview" data-testid="workbook-preview">
      {ok ? (
        <p className="workbook-ready" role="status">
          {fill(t.ready, { n: preview.lines.length })}
        </p>
      ) : (
        <ProblemList
          problems={preview.problems}
          label={fill(t.problems, { n: preview.problems.length })}
        />
      )}
      {preview.warnings.length > 0 && (
        <div className="workbook-warnings">
          <p>{t.warnings}</p>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={i}>
                <strong>{w.cell}</strong>: {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.lines.length > 0 && (
        <table className="workbook-lines">
          <thead>
            <tr>
              <th>{t.row}</th>
              <th>{f.colDoc}</th>
              <th>{f.colAmount}</th>
              <th>{f.colSpent}</th>
              <th>{f.colUnspent}</th>
              <th>{f.colProgress}</th>
            </tr>
          </thead>
          <tbody>
            {preview.lines.map((l) => (
              <tr key={l.row}>
                <td>{l.row}</td>
                <td>{l.documentNumber}</td>
                <td className="num">{formatWan(l.amount, lang)}</td>
                <td className="num">{formatWan(l.spent, lang)}</td>
                <td className="num">{formatWan(l.unspent, lang)}</td>
                <td className="num">{formatPercent(l.progress, lang, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {refused.length > 0 && <ProblemList problems={refused} label={t.refused} />}
      {ok && (
        <button type="button" onClick={props.onSubmit} disabled={props.submitting}>
          {props.submitting ? t.submitting : t.submit}
        </button>
      )}
    </div>
  );
}
