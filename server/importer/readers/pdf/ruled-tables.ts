/**
 * Tables of a PDF page from the lines that draw them. Connected ruling lines form a table;
 * every distinct line position is a grid boundary; two neighbouring grid cells with no line
 * between them belong to one merged cell (row or column span). Text runs are placed in the
 * cell under their characters. A cell cut by a page break has no border on that side: it
 * is marked open, so the table can be joined with its continuation on the next page.
 */
import type { Ruling, TextRun } from './page-content.ts';
import { buildLines, cellText } from './text-lines.ts';

/** Positions closer than this (points) are one line: borders are drawn ~0.75–1 pt wide. */
const SNAP = 2;

export interface PdfCell {
  text: string;
  /** Left and right ends in points: columns are matched across pages by them. */
  x0: number;
  x1: number;
  /** 0-based first row in the table, and rows covered. */
  row: number;
  rowSpan: number;
  openTop: boolean;
  openBottom: boolean;
  /**
   * Room left after the last line of text, in characters of its size (Infinity when empty):
   * wrapped text cut by a page break leaves about one.
   */
  endRoom: number;
}

export interface PdfTable {
  page: number;
  /** Top and bottom (page points, y upwards) and left/right ends. */
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  rowCount: number;
  cells: PdfCell[];
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let k = i;
    while (this.parent[k] !== root) {
      const next = this.parent[k] ?? root;
      this.parent[k] = root;
      k = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Collinear pieces (each cell's own border) into whole lines. */
function mergeRulings(rulings: Ruling[]): Ruling[] {
  const merged: Ruling[] = [];
  for (const dir of ['h', 'v'] as const) {
    const sorted = rulings
      .filter((r) => r.dir === dir)
      .sort((a, b) => a.at - b.at || a.from - b.from);
    const groups: Ruling[][] = [];
    for (const r of sorted) {
      const group = groups.at(-1);
      if (group && Math.abs((group[0]?.at ?? 0) - r.at) <= SNAP / 2) group.push(r);
      else groups.push([r]);
    }
    for (const group of groups) {
      const at = group.reduce((s, r) => s + r.at, 0) / group.length;
      const pieces = [...group].sort((a, b) => a.from - b.from);
      let current: Ruling | null = null;
      for (const p of pieces) {
        if (current && p.from <= current.to + SNAP) current.to = Math.max(current.to, p.to);
        else {
          current = { dir, at, from: p.from, to: p.to };
          merged.push(current);
        }
      }
    }
  }
  return merged;
}

function crosses(h: Ruling, v: Ruling): boolean {
  return (
    h.at >= v.from - SNAP && h.at <= v.to + SNAP && v.at >= h.from - SNAP && v.at <= h.to + SNAP
  );
}

/** Sorted distinct positions, snapped together. */
function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last === undefined || v - last > SNAP) out.push(v);
  }
  return out;
}

function covered(lines: Ruling[], at: number, point: number): boolean {
  return lines.some(
    (l) => Math.abs(l.at - at) <= SNAP && l.from - SNAP <= point && point <= l.to + SNAP,
  );
}

interface Fragment {
  run: TextRun;
  text: string;
  x0: number;
  x1: number;
}

/** One table from one group of connected rulings; takes the runs it holds out of `runs`. */
function tableOf(group: Ruling[], runs: Set<TextRun>, page: number): PdfTable | null {
  const hs = group.filter((r) => r.dir === 'h');
  const vs = group.filter((r) => r.dir === 'v');
  const xs = positions([...vs.map((v) => v.at), ...hs.flatMap((h) => [h.from, h.to])]);
  // Rows top to bottom: PDF y grows upwards.
  const ys = positions([...hs.map((h) => h.at), ...vs.flatMap((v) => [v.from, v.to])]).reverse();
  const columns = xs.length - 1;
  const rows = ys.length - 1;
  if (columns < 1 || rows < 1 || columns * rows < 2 || vs.length < 2) return null;

  const id = (r: number, c: number): number => r * columns + c;
  const groups = new UnionFind(rows * columns);
  for (let r = 0; r < rows; r += 1) {
    const yMid = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
    for (let c = 0; c < columns; c += 1) {
      const xMid = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      if (c + 1 < columns && !covered(vs, xs[c + 1] ?? 0, yMid))
        groups.union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && !covered(hs, ys[r + 1] ?? 0, xMid)) groups.union(id(r, c), id(r + 1, c));
    }
  }
  const boxes = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const root = groups.find(id(r, c));
      const box = boxes.get(root);
      if (!box) boxes.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        box.r0 = Math.min(box.r0, r);
        box.r1 = Math.max(box.r1, r);
        box.c0 = Math.min(box.c0, c);
        box.c1 = Math.max(box.c1, c);
      }
    }
  }

  const top = ys[0] ?? 0;
  const bottom = ys.at(-1) ?? 0;
  const left = xs[0] ?? 0;
  const right = xs.at(-1) ?? 0;
  // Characters of runs inside the table, placed by their centres (a run may cross cells).
  const fragments = new Map<number, Fragment[]>();
  for (const run of [...runs]) {
    const middle = run.y + run.size * 0.35;
    if (middle > top || middle < bottom || run.x1 < left || run.x0 > right) continue;
    runs.delete(run);
    const chars = [...run.text];
    const step = (run.x1 - run.x0) / Math.max(chars.length, 1);
    const r = ys.findIndex((y, i) => i < rows && middle <= y && middle >= (ys[i + 1] ?? 0));
    let current: Fragment | null = null;
    let currentCell = -1;
    chars.forEach((ch, k) => {
      const centre = run.x0 + step * (k + 0.5);
      const found = xs.findIndex((_, i) => i < columns && centre <= (xs[i + 1] ?? 0));
      const cell = groups.find(id(Math.max(0, r), found < 0 ? columns - 1 : found));
      if (current && cell === currentCell) {
        current.text += ch;
        current.x1 = run.x0 + step * (k + 1);
      } else {
        current = { run, text: ch, x0: run.x0 + step * k, x1: run.x0 + step * (k + 1) };
        currentCell = cell;
        const list = fragments.get(cell) ?? [];
        list.push(current);
        fragments.set(cell, list);
      }
    });
  }

  const cells: PdfCell[] = [...boxes.entries()].map(([root, box]) => {
    const parts = (fragments.get(root) ?? []).map((f) => ({
      ...f.run,
      text: f.text,
      x0: f.x0,
      x1: f.x1,
    }));
    const x0 = xs[box.c0] ?? 0;
    const x1 = xs[box.c1 + 1] ?? 0;
    const xMid = (x0 + x1) / 2;
    const lines = buildLines(parts, Infinity);
    const last = lines.at(-1);
    return {
      text: cellText(lines).trim(),
      // Less the cell's padding (~4 pt).
      endRoom: last ? (x1 - last.x1 - 4) / last.size : Infinity,
      x0,
      x1,
      row: box.r0,
      rowSpan: box.r1 - box.r0 + 1,
      openTop: box.r0 === 0 && !covered(hs, top, xMid),
      openBottom: box.r1 === rows - 1 && !covered(hs, bottom, xMid),
    };
  });
  cells.sort((a, b) => a.row - b.row || a.x0 - b.x0);
  return { page, top, bottom, x0: left, x1: right, rowCount: rows, cells };
}

/** More lines than any notice's page draws: a drawing or a pattern, not tables; read as text. */
const MAX_RULINGS = 4000;

/** The page's ruled tables, top to bottom; the runs they hold are removed from `runs`. */
export function ruledTables(rulings: Ruling[], runs: Set<TextRun>, page: number): PdfTable[] {
  const lines = mergeRulings(rulings);
  if (lines.length > MAX_RULINGS) return [];
  const indexed = lines.map((line, index) => ({ line, index }));
  const hs = indexed.filter((l) => l.line.dir === 'h');
  const vs = indexed.filter((l) => l.line.dir === 'v');
  const connected = new UnionFind(lines.length);
  for (const h of hs) {
    for (const v of vs) if (crosses(h.line, v.line)) connected.union(h.index, v.index);
  }
  const groups = new Map<number, Ruling[]>();
  lines.forEach((l, i) => {
    const root = connected.find(i);
    const group = groups.get(root);
    if (group) group.push(l);
    else groups.set(root, [l]);
  });
  return [...groups.values()]
    .map((group) => tableOf(group, runs, page))
    .filter((t): t is PdfTable => t !== null)
    .sort((a, b) => b.top - a.top);
}
