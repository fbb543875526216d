/**
 * /import (admins): review a notice before storing it. Upload a file (or paste text), see what
 * was read — the document's fields, the allocation table with each column's role and the unit,
 * each region's match in the tree, the target sheets, every warning — correct any of it (each
 * correction reads the file again on the server, so the reconciliation is recomputed at once),
 * then 确认导入. Loaded as a chunk of its own: the dashboard's first load does not carry it.
 */
import { useEffect, useState } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { ImportPreviewFieldsFragment, NoticeImportInput } from '../../gql/graphql.ts';
import { request } from '../../lib/graphql.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import {
  NO_CORRECTIONS,
  correctionCount,
  correctionsInput,
  type Corrections,
} from './import-model.ts';
import { importMessages } from './messages.ts';
import { NoticePreview } from './NoticePreview.tsx';
import { SourcePicker, type Source } from './SourcePicker.tsx';
import './import.css';

graphql(`
  fragment ImportPreviewFields on NoticeImportPreview {
    sourceName
    format
    document {
      number
      numberCorrected
      title
      year
      batch
      issuers
      issuedOn
      upstreamNumber
    }
    allocationTable {
      unit
      unitStated
      columns {
        index
        header
        role
      }
    }
    regions {
      name
      writtenNames
      level
      parentName
      existing {
        id
        name
      }
      chosen
    }
    allocations {
      writtenName
      regionName
      existing {
        id
        name
      }
      annualTotal
      earlyAdvance
      thisBatch
      isSubtotal
    }
    sheets {
      writtenRegion
      regionName
      fundTotal
      goals
      indicators
    }
    warnings {
      severity
      code
      message
      regionName
    }
    errors {
      code
      field
      message
    }
  }
`);

const PreviewMutation = graphql(`
  mutation ImportPagePreview($input: NoticeImportInput!) {
    previewNoticeImport(input: $input) {
      ...ImportPreviewFields
    }
  }
`);

const ImportMutation = graphql(`
  mutation ImportPageImport($input: NoticeImportInput!) {
    importNoticeFile(input: $input) {
      outcome
      document {
        number
        year
        revision
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

type Result = { number: string; year: number; revision: number; outcome: string };

function inputOf(
  source: Exclude<Source, { kind: 'none' }>,
  corrections: Corrections,
): NoticeImportInput {
  const base =
    source.kind === 'file'
      ? { file: source.file, fileName: source.fileName }
      : { text: source.text, fileName: null };
  return { ...base, corrections: correctionsInput(corrections) };
}

export default function ImportPage() {
  const t = useMessages(importMessages);
  const [source, setSource] = useState<Source | null>(null);
  const [corrections, setCorrections] = useState<Corrections>(NO_CORRECTIONS);
  const [preview, setPreview] = useState<ImportPreviewFieldsFragment | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<ImportPreviewFieldsFragment['errors']>([]);
  const [result, setResult] = useState<Result | null>(null);

  // Every change of the source or of a correction reads the notice again: what is shown is
  // always what the server would store.
  useEffect(() => {
    if (!source || source.kind === 'none') return;
    let live = true;
    setBusy(true);
    setError(null);
    request(PreviewMutation, { input: inputOf(source, corrections) }).then(
      (data) => {
        if (!live) return;
        setPreview(data.previewNoticeImport);
        setBusy(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(fill(t.failed, { message: e instanceof Error ? e.message : String(e) }));
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [source, corrections, t.failed]);

  const choose = (next: Source) => {
    setCorrections(NO_CORRECTIONS);
    setPreview(null);
    setRefused([]);
    setResult(null);
    setSource(next);
  };

  const confirm = async () => {
    if (!source || source.kind === 'none') return;
    setBusy(true);
    setRefused([]);
    try {
      const data = await request(ImportMutation, { input: inputOf(source, corrections) });
      const r = data.importNoticeFile;
      if (r.document && r.outcome) setResult({ ...r.document, outcome: r.outcome });
      else setRefused(r.errors);
    } catch (e) {
      setError(fill(t.failed, { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="import-page" aria-labelledby="import-title" aria-busy={busy}>
      <h2 id="import-title">{t.title}</h2>
      <p className="import-intro">{t.intro}</p>
      {result ? (
        <ImportResult result={result} onAgain={() => choose({ kind: 'none' })} />
      ) : (
        <>
          <SourcePicker onChoose={choose} onError={setError} />
          {busy && <p role="status">{t.reading}</p>}
          {error && (
            <p className="import-error" role="alert">
              {error}
            </p>
          )}
          {preview && source && source.kind !== 'none' && (
            <NoticePreview preview={preview} corrections={corrections} onCorrect={setCorrections} />
          )}
          {refused.length > 0 && (
            <ul className="import-problems" role="alert">
              {refused.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          )}
          {preview && preview.errors.length === 0 && preview.document && (
            <p className="import-confirm">
              <button type="button" disabled={busy} onClick={() => void confirm()}>
                {busy ? t.confirming : t.confirm}
              </button>
              {correctionCount(corrections) > 0 && (
                <span>{fill(t.corrections, { n: correctionCount(corrections) })}</span>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function ImportResult({ result, onAgain }: { result: Result; onAgain: () => void }) {
  const t = useMessages(importMessages);
  const lang = useLang();
  const outcome = t[result.outcome as 'created' | 'revised' | 'unchanged'] ?? result.outcome;
  const query = new URLSearchParams({ doc: result.number, year: String(result.year) });
  if (lang === 'en') query.set('lang', 'en');
  return (
    <div className="import-result" role="status" data-testid="import-result">
      <p>{fill(t.imported, { number: result.number, revision: result.revision, outcome })}</p>
      <p>
        <a href={`/?${query.toString()}`}>{t.open}</a>{' '}
        <button type="button" className="link-button" onClick={onAgain}>
          {t.again}
        </button>
      </p>
    </div>
  );
}
