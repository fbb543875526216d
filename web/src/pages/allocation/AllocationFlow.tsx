/**
 * The flow from the upstream notice(s) to the region and on to the regions below, its 本级
 * and what is still 未分配: boxes joined by lines whose width follows the amount. Plain SVG
 * (no chart library), so the chunk stays small and prints crisply.
 */
import { formatWan } from '../../lib/format.ts';
import { useLang, useMessages } from '../../lib/i18n.ts';
import type { ChainFigures } from './allocation-model.ts';
import { allocationMessages } from './messages.ts';

interface Notice {
  number: string;
  batchName: string;
  amount: number;
}

interface Props {
  node: ChainFigures & { children: ChainFigures[]; upstreamNotices: Notice[] };
}

const BOX_W = 190;
const BOX_H = 38;
const GAP = 8;

export function AllocationFlow({ node }: Props) {
  const t = useMessages(allocationMessages);
  const lang = useLang();
  const targets = [
    ...node.children.map((c) => ({
      label: c.region.name,
      amount: c.received ?? c.allocated,
      kind: 'child',
    })),
    ...(node.kept ? [{ label: t.kept, amount: node.kept, kind: 'kept' }] : []),
    ...(node.unallocated ? [{ label: t.unallocated, amount: node.unallocated, kind: 'open' }] : []),
  ];
  const sources = node.upstreamNotices.length
    ? node.upstreamNotices.map((n) => ({
        label: `${n.number}${n.batchName ? ` ${n.batchName}` : ''}`,
        amount: n.amount,
        prefix: `${t.thisBatch} `,
      }))
    : [{ label: t.upstreamNone, amount: null as number | null, prefix: '' }];
  const rows = Math.max(targets.length, sources.length, 1);
  const height = rows * (BOX_H + GAP) + GAP;
  const width = 3 * BOX_W + 2 * 120;
  const centre = { x: BOX_W + 120, y: height / 2 - BOX_H / 2 };
  const max = Math.max(1, ...targets.map((x) => Math.abs(x.amount)));
  const yOf = (i: number, n: number) =>
    height / 2 - (n * (BOX_H + GAP)) / 2 + i * (BOX_H + GAP) + GAP / 2;
  return (
    <section className="panel" aria-labelledby="allocation-flow">
      <h2 id="allocation-flow">{t.flowTitle}</h2>
      <svg
        className="allocation-flow"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t.flowTitle}
        data-testid="allocation-flow"
      >
        {sources.map((s, i) => {
          const y = yOf(i, sources.length);
          return (
            <g key={s.label} className="flow-source">
              <line
                x1={BOX_W}
                y1={y + BOX_H / 2}
                x2={centre.x}
                y2={centre.y + BOX_H / 2}
                className="flow-line"
              />
              <rect x={0} y={y} width={BOX_W} height={BOX_H} rx={4} />
              <text x={8} y={y + 15}>
                {s.label}
              </text>
              <text x={8} y={y + 31} className="flow-amount">
                {s.prefix}
                {formatWan(s.amount, lang)}
              </text>
            </g>
          );
        })}
        <g className="flow-centre">
          <rect x={centre.x} y={centre.y} width={BOX_W} height={BOX_H} rx={4} />
          <text x={centre.x + 8} y={centre.y + 15}>
            {node.region.name}
          </text>
          <text x={centre.x + 8} y={centre.y + 31} className="flow-amount">
            {formatWan(node.received ?? node.allocated, lang)}
          </text>
        </g>
        {targets.map((x, i) => {
          const y = yOf(i, targets.length);
          const right = centre.x + BOX_W + 120;
          return (
            <g
              key={`${x.kind}-${x.label}`}
              className={`flow-target flow-${x.kind}`}
              data-region={x.label}
            >
              <line
                x1={centre.x + BOX_W}
                y1={centre.y + BOX_H / 2}
                x2={right}
                y2={y + BOX_H / 2}
                className="flow-line"
                strokeWidth={1 + (7 * Math.abs(x.amount)) / max}
              />
              <rect x={right} y={y} width={BOX_W} height={BOX_H} rx={4} />
              <text x={right + 8} y={y + 15}>
                {x.label}
              </text>
              <text x={right + 8} y={y + 31} className="flow-amount">
                {formatWan(x.amount, lang)}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
