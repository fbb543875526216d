/**
 * One fund's line of the feedback form: the figures as typed, the computed unspent and
 * progress, the direction split below it, and each field's error tied to it by
 * aria-describedby.
 */
import { formatPercent } from '../../lib/format.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { errorText, wan } from './error-text.ts';
import {
  benchmarkOf,
  MAX_TEXT,
  type DirectionCode,
  type FundLine,
  type LineDraft,
  type LineFigures,
} from './filing-form-model.ts';
import { directionPath, fieldPath, type FormError } from './filing-validation.ts';
import { filingMessages } from './messages.ts';

export const errorId = (field: string) => `${field}-error`;

interface LineProps {
  index: number;
  fund: FundLine;
  draft: LineDraft;
  figures: LineFigures;
  month: number;
  shown: ReadonlyMap<string, FormError>;
  attempted: boolean;
  onEdit: (change: Partial<LineDraft>, fields: string[]) => void;
}

export function LineRows({
  index,
  fund,
  draft,
  figures,
  month,
  shown,
  attempted,
  onEdit,
}: LineProps) {
  const t = useMessages(filingMessages);
  const lang = useLang();
  const at = (field: string) => fieldPath(index, field);
  const splitField = at('directions');
  const splitError = shown.get(splitField);
  /** Props that tie a control to its error (and to any extra note). */
  const described = (field: string, extra: (string | false)[] = []) => {
    const ids = [shown.has(field) && errorId(field), ...extra].filter(Boolean).join(' ');
    return {
      name: field,
      'aria-invalid': shown.has(field) ? ('true' as const) : undefined,
      'aria-describedby': ids || undefined,
    };
  };
  const error = (field: string) => {
    const e = shown.get(field);
    return e ? (
      <span id={errorId(field)} className="field-error" data-field={field}>
        {errorText(e, t, lang)}
      </span>
    ) : null;
  };
  const lagHint = figures.lagging && !attempted && draft.reason.trim() === '';
  const hintId = `${at('reason')}-hint`;
  const setDirection = (d: DirectionCode, value: string) =>
    onEdit({ directions: { ...draft.directions, [d]: value } }, [
      directionPath(index, d),
      splitField,
    ]);

  return (
    <tbody className="filing-line" data-line={index}>
      <tr>
        <td className="num">{index + 1}</td>
        <td>
          {fund.fundName}
          {error(at('documentNumber'))}
        </td>
        <td className="filing-doc">{fund.documentNumber}</td>
        <td className="num" data-cell="amount">
          {wan(fund.amount, lang)}
          {error(at('amount'))}
        </td>
        <td>
          <input
            className="filing-amount"
            inputMode="decimal"
            autoComplete="off"
            value={draft.spent}
            aria-label={fill(t.spentLabel, { fund: fund.fundName })}
            onChange={(e) =>
              onEdit({ spent: e.target.value }, [at('spent'), at('unspent'), splitField])
            }
            {...described(at('spent'))}
          />
          {error(at('spent'))}
        </td>
        <td data-cell="split">
          {!figures.split ? (
            <span className="filing-muted">{t.splitNone}</span>
          ) : splitError ? (
            <span className="text-red">
              {fill(t.splitPending, {
                sum: figures.splitSum === null ? '—' : wan(figures.splitSum, lang),
              })}
            </span>
          ) : figures.splitSum !== null && figures.splitSum === figures.spent ? (
            <span className="filing-ok">
              {fill(t.splitOk, { sum: wan(figures.splitSum, lang) })}
            </span>
          ) : (
            <span>
              {fill(t.splitPending, {
                sum: figures.splitSum === null ? '—' : wan(figures.splitSum, lang),
              })}
            </span>
          )}
        </td>
        <td className="num" data-cell="unspent">
          <output
            className={figures.unspent !== null && figures.unspent < 0 ? 'negative' : undefined}
          >
            {figures.unspent === null ? '—' : wan(figures.unspent, lang)}
          </output>
          {error(at('unspent'))}
        </td>
        <td data-cell="progress">
          <output
            className={`filing-progress${
              figures.progress === null
                ? ''
                : figures.lagging
                  ? ' filing-lagging'
                  : ' filing-on-track'
            }`}
          >
            {formatPercent(figures.progress, lang)}
          </output>
          <span className="filing-benchmark">
            {fill(t.benchmark, { value: formatPercent(benchmarkOf(month), lang) })}
          </span>
          {figures.progress !== null && (
            <span className={figures.lagging ? 'filing-lag-tag' : 'filing-ok'}>
              {figures.lagging ? t.lagging : t.onTrack}
            </span>
          )}
          {error(at('progress'))}
        </td>
        <td>
          <textarea
            rows={3}
            maxLength={MAX_TEXT}
            value={draft.reason}
            aria-label={fill(t.reasonLabel, { fund: fund.fundName })}
            onChange={(e) => onEdit({ reason: e.target.value }, [at('reason')])}
            {...described(at('reason'), [lagHint && hintId])}
          />
          {lagHint && (
            <span id={hintId} className="filing-hint">
              {t.lagHint}
            </span>
          )}
          {error(at('reason'))}
        </td>
        <td>
          <textarea
            rows={2}
            maxLength={MAX_TEXT}
            value={draft.measures}
            aria-label={fill(t.measuresLabel, { fund: fund.fundName })}
            onChange={(e) => onEdit({ measures: e.target.value }, [at('measures')])}
            {...described(at('measures'))}
          />
          {error(at('measures'))}
          <label className="filing-date">
            <span>{t.measuresDue}</span>
            <input
              type="date"
              value={draft.measuresDueOn}
              aria-label={fill(t.dueLabel, { fund: fund.fundName })}
              onChange={(e) => onEdit({ measuresDueOn: e.target.value }, [at('measuresDueOn')])}
              {...described(at('measuresDueOn'))}
            />
          </label>
          {error(at('measuresDueOn'))}
        </td>
      </tr>
      <tr className="filing-directions-row">
        <td />
        <td colSpan={9}>
          <fieldset
            className="filing-directions"
            aria-describedby={splitError ? errorId(splitField) : undefined}
          >
            <legend>{t.splitLegend}</legend>
            {fund.directions.map((d) => {
              const field = directionPath(index, d);
              const own = described(field, [splitError !== undefined && errorId(splitField)]);
              return (
                <label key={d} className="filing-direction">
                  <span>{t[d]}</span>
                  <input
                    className="filing-amount"
                    inputMode="decimal"
                    autoComplete="off"
                    value={draft.directions[d] ?? ''}
                    aria-label={fill(t.directionLabel, { direction: t[d], fund: fund.fundName })}
                    onChange={(e) => setDirection(d, e.target.value)}
                    {...own}
                    aria-invalid={shown.has(field) || splitError ? 'true' : undefined}
                  />
                  {error(field)}
                </label>
              );
            })}
            {error(splitField)}
          </fieldset>
        </td>
      </tr>
    </tbody>
  );
}
