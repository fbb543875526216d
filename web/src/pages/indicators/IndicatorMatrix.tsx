/**
 * The matrix of indicators × regions: each cell the target as written, the latest result and the
 * status by colour and word. Wide: it scrolls sideways with the indicator column fixed.
 */
import { Link } from '../../components/Link.tsx';
import { StatusLight } from '../../components/StatusLight.tsx';
import { graphql } from '../../gql/gql.ts';
import { fill, useMessages } from '../../lib/i18n.ts';
import { levelLabel, levelMessages } from './indicator-labels.ts';
import { cellResult, resultText, type Matrix, type MatrixCell } from './indicators-model.ts';
import { indicatorMessages } from './messages.ts';

export const IndicatorMatrixFragment = graphql(`
  fragment IndicatorMatrix_row on IndicatorComparisonRow {
    name
    level1
    level2
    regions {
      region {
        name
      }
      target {
        text
        kind
        op
        value
        unit
      }
      result {
        value
        text
        outcome
      }
      previousResult {
        value
        text
      }
      status
    }
  }
`);

interface Props {
  matrix: Matrix;
  selected: string | null;
  onSelect: (key: string) => void;
}

export function IndicatorMatrix({ matrix, selected, onSelect }: Props) {
  const t = useMessages(indicatorMessages);
  const levels = useMessages(levelMessages);
  return (
    <div className="ind-scroll" role="region" aria-label={t.heading} tabIndex={0}>
      <table className="data ind-matrix" data-testid="indicator-matrix">
        <thead>
          <tr>
            <th scope="col" className="ind-sticky">
              {t.indicator}
            </th>
            {matrix.regions.map((r) => (
              <th scope="col" key={r} data-region={r}>
                <Link to={{ view: 'region', region: r }}>{r}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr
              key={row.key}
              data-indicator={row.name}
              className={[
                row.groupStart ? 'ind-group-start' : '',
                row.key === selected ? 'ind-selected' : '',
              ].join(' ')}
            >
              <th scope="row" className="ind-sticky ind-name">
                <span className="ind-levels">{levelLabel(levels, row.level1, row.level2)}</span>
                <span className="ind-name-text">{row.name}</span>
                {row.numeric && (
                  <button
                    type="button"
                    className="link-button ind-chart-button"
                    aria-pressed={row.key === selected}
                    aria-label={fill(t.chartButtonLabel, { name: row.name })}
                    onClick={() => onSelect(row.key)}
                  >
                    {t.chartButton}
                  </button>
                )}
              </th>
              {row.cells.map((cell, i) => (
                <Cell key={matrix.regions[i]} cell={cell} region={matrix.regions[i] ?? ''} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cell, region }: { cell: MatrixCell | null; region: string }) {
  const t = useMessages(indicatorMessages);
  if (!cell) {
    return (
      <td className="ind-cell ind-not-set" data-region={region} data-status="">
        {t.notSet}
      </td>
    );
  }
  const shown = cellResult(cell);
  const previous =
    cell.target.kind === 'RELATIVE_TO_PREVIOUS_YEAR'
      ? resultText(cell.previousResult, cell.target)
      : null;
  return (
    <td
      className={`ind-cell ind-cell-${cell.status}`}
      data-region={region}
      data-status={cell.status}
    >
      {shown !== null && <span className="ind-result">{shown}</span>}
      <StatusLight status={cell.status} />
      <span className="ind-target">
        {t.target} {cell.target.text}
      </span>
      {previous !== null && (
        <span className="ind-target">{fill(t.previous, { value: previous })}</span>
      )}
    </td>
  );
}
