/**
 * One horizontal bar per region, drawn from a series builder's bars: the measured value solid in
 * its warning colour, a region without a report as a hatched bar labelled "not reported" (never a
 * zero), an optional dashed reference line. Clicking a bar or a region's name opens that region;
 * the table below the charts carries the same links for the keyboard and screen readers.
 */
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarRectangleItem } from 'recharts/types/cartesian/Bar';
import { navigate } from '../../lib/url-state.ts';
import type { Bar as BarRow } from './overview-series.ts';

const INK = '#1f2933';
const HATCH_ID = 'overview-not-reported';

interface Props {
  bars: BarRow[];
  /** What a screen reader hears instead of the drawing. */
  label: string;
  /** The value axis: its end, ticks and tick text. */
  axisMax?: number;
  ticks?: number[];
  tickText: (value: number) => string;
  reference?: { value: number; label: string };
  /** Room on the right for the value labels. */
  labelRoom: number;
}

function open(item: BarRectangleItem) {
  const row = item.payload as BarRow | undefined;
  if (row) navigate({ view: 'region', region: row.name });
}

/** Height in rem for `bars` bars (room for each name, the axis and the reference label), so it grows with the projector's larger type. */
function chartHeightRem(bars: number): number {
  return Math.max(10, 2.25 * bars + 3.4);
}

/**
 * Names longer than this are clipped on the axis (the whole name shows on hover and in the
 * table below): an axis as wide as a 30-character name left no room for the bars at all.
 */
export const MAX_TICK_CHARS = 10;

/** Room for the longest region name, up to MAX_TICK_CHARS, at the largest type the page uses. */
function axisWidth(names: string[]): number {
  return 16 * Math.min(MAX_TICK_CHARS, Math.max(4, ...names.map((n) => n.length))) + 12;
}

/** The name as the axis shows it: clipped with an ellipsis past MAX_TICK_CHARS. */
export function tickText(name: string): string {
  const chars = [...name];
  return chars.length > MAX_TICK_CHARS ? `${chars.slice(0, MAX_TICK_CHARS - 1).join('')}…` : name;
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** The value at the bar's end: inside in white when it fits, else just outside. */
function BarEndLabel({ x = 0, y = 0, width = 0, height = 0, value }: LabelProps) {
  if (typeof value !== 'string' || value === '') return null;
  const [left, top, w, h] = [x, y, width, height].map(Number) as [number, number, number, number];
  const inside = w > value.length * 8 + 14;
  return (
    <text
      x={inside ? left + w - 6 : left + w + 6}
      y={top + h / 2}
      dy="0.35em"
      textAnchor={inside ? 'end' : 'start'}
      fill={inside ? '#ffffff' : INK}
      fontWeight={600}
      className="overview-bar-label"
      // Outside the bar, a white halo keeps the text readable where the benchmark line crosses it.
      {...(inside ? {} : { stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' })}
    >
      {value}
    </text>
  );
}

/** "Not reported", at the start of the hatched bar. */
function MissingLabel({ x = 0, y = 0, height = 0, value }: LabelProps) {
  if (typeof value !== 'string' || value === '') return null;
  return (
    <text
      x={Number(x) + 8}
      y={Number(y) + Number(height) / 2}
      dy="0.35em"
      fill={INK}
      fontWeight={600}
      className="overview-bar-label"
    >
      {value}
    </text>
  );
}

function RegionTick(props: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}) {
  const name = typeof props.payload?.value === 'string' ? props.payload.value : '';
  // The group's title is the whole name, shown on hover; the text may be clipped.
  return (
    <g>
      <title>{name}</title>
      <text
        x={Number(props.x ?? 0)}
        y={Number(props.y ?? 0)}
        dx={-6}
        dy={4}
        textAnchor="end"
        fill="#1d4ed8"
        className="overview-tick-link"
        onClick={() => navigate({ view: 'region', region: name })}
      >
        {tickText(name)}
      </text>
    </g>
  );
}

function Hatch(): ReactNode {
  return (
    <defs>
      <pattern
        id={HATCH_ID}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill="#f5f7fa" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#b8c2cc" strokeWidth="3" />
      </pattern>
    </defs>
  );
}

export function HorizontalBars({
  bars,
  label,
  axisMax,
  ticks,
  tickText,
  reference,
  labelRoom,
}: Props) {
  // The label goes on whichever bar the row has: the value's, or the hatched "not reported" one.
  const data = bars.map((row) => ({
    ...row,
    valueLabel: row.value === null ? null : row.label,
    missingLabel: row.value === null ? row.label : null,
  }));
  return (
    <div
      className="overview-chart"
      role="img"
      aria-label={label}
      style={{ height: `${chartHeightRem(bars.length)}rem` }}
    >
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={data}
        layout="vertical"
        margin={{ top: reference ? 20 : 4, right: labelRoom, bottom: 0, left: 4 }}
        barCategoryGap="22%"
        maxBarSize={28}
        accessibilityLayer={false}
      >
        <Hatch />
        <CartesianGrid horizontal={false} stroke="#e4e7eb" />
        <XAxis
          type="number"
          domain={[0, axisMax ?? 'auto']}
          ticks={ticks}
          tickFormatter={tickText}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={axisWidth(bars.map((b) => b.name))}
          interval={0}
          tick={<RegionTick />}
        />
        <Bar
          dataKey="value"
          stackId="bar"
          isAnimationActive={false}
          cursor="pointer"
          onClick={open}
        >
          {data.map((row) => (
            <Cell key={row.name} fill={row.color} />
          ))}
          <LabelList dataKey="valueLabel" content={<BarEndLabel />} />
        </Bar>
        <Bar
          dataKey="missing"
          stackId="bar"
          fill={`url(#${HATCH_ID})`}
          stroke="#9aa5b1"
          strokeDasharray="4 3"
          isAnimationActive={false}
          cursor="pointer"
          onClick={open}
        >
          <LabelList dataKey="missingLabel" content={<MissingLabel />} />
        </Bar>
        {reference && (
          <ReferenceLine
            x={reference.value}
            stroke={INK}
            strokeDasharray="6 4"
            strokeWidth={1.5}
            label={{ value: reference.label, position: 'top', fill: INK }}
          />
        )}
      </BarChart>
    </div>
  );
}
