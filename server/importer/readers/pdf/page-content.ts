/**
 * What one PDF page holds for reading: its text runs with their positions, and the ruling
 * lines its tables are drawn with (thin filled rectangles, as Chromium draws borders, or
 * stroked lines, as LibreOffice and Word do), all in page space (points, y upwards).
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export interface TextRun {
  text: string;
  /** Left and right ends, and the baseline, in page points. */
  x0: number;
  x1: number;
  y: number;
  /** Font size in points. */
  size: number;
}

export interface Ruling {
  /** 'h': a horizontal line at `at` from `from` to `to` (x); 'v': vertical at x `at`, y range. */
  dir: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

export interface PageContent {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Ruling[];
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Lines thinner than this (points) are borders; wider filled shapes are shading. */
const THIN = 2.5;
/** Borders shorter than this are glyph parts or underline dots, not table lines. */
const SHORT = 3;

/** pdfjs operator codes used here (OPS in pdfjs-dist 5.6). */
export interface OpsCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

/** Subpaths of a pdfjs path (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function subpaths(path: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const result: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < path.length;) {
    const op = path[i];
    if (op === 0) {
      if (current.length > 0) result.push(current);
      current = [apply(ctm, path[i + 1] ?? 0, path[i + 2] ?? 0)];
      i += 3;
    } else if (op === 1) {
      current.push(apply(ctm, path[i + 1] ?? 0, path[i + 2] ?? 0));
      i += 3;
    } else if (op === 2) {
      current.push(apply(ctm, path[i + 5] ?? 0, path[i + 6] ?? 0));
      i += 7;
    } else if (op === 3) {
      current.push(apply(ctm, path[i + 3] ?? 0, path[i + 4] ?? 0));
      i += 5;
    } else {
      if (current[0]) current.push(current[0]);
      i += 1;
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

function filledRulings(points: [number, number][], out: Ruling[]): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  if (y1 - y0 <= THIN && x1 - x0 >= SHORT)
    out.push({ dir: 'h', at: (y0 + y1) / 2, from: x0, to: x1 });
  else if (x1 - x0 <= THIN && y1 - y0 >= SHORT)
    out.push({ dir: 'v', at: (x0 + x1) / 2, from: y0, to: y1 });
  // A wider filled shape is shading or a page background, not a border.
}

function strokedRulings(points: [number, number][], out: Ruling[]): void {
  for (let k = 1; k < points.length; k += 1) {
    const [ax, ay] = points[k - 1] ?? [0, 0];
    const [bx, by] = points[k] ?? [0, 0];
    if (Math.abs(ay - by) <= 0.5 && Math.abs(ax - bx) >= SHORT) {
      out.push({ dir: 'h', at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    } else if (Math.abs(ax - bx) <= 0.5 && Math.abs(ay - by) >= SHORT) {
      out.push({ dir: 'v', at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
    }
  }
}

/**
 * From the PDF's user space to the page as seen (points, origin bottom left, y upwards),
 * with the page's /Rotate applied: a landscape form is often a portrait page turned.
 */
export function pageSpace(page: PDFPageProxy): { matrix: Matrix; width: number; height: number } {
  const viewport = page.getViewport({ scale: 1 });
  const flip: Matrix = [1, 0, 0, -1, 0, viewport.height];
  return {
    matrix: multiply(flip, viewport.transform as Matrix),
    width: viewport.width,
    height: viewport.height,
  };
}

/** The page's upright text runs, in page points. */
export async function pageRuns(page: PDFPageProxy): Promise<TextRun[]> {
  const space = pageSpace(page).matrix;
  const text = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!('str' in item)) continue;
    const t: TextItem = item;
    if (t.str.trim() === '') continue;
    const [a, b, c, d, e, f] = multiply(space, t.transform as Matrix);
    // Only upright text is read; rotated text (stamps, seals) is rare in notices.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
    const size = Math.abs(d) || Math.abs(a);
    // The run's width is in its own direction, so it needs the page's scale only.
    runs.push({ text: t.str, x0: e, x1: e + t.width, y: f, size });
  }
  return runs;
}

/** The page's ruling lines, and whether it paints images, from its operator list. */
export async function pageRulings(
  page: PDFPageProxy,
  ops: OpsCodes,
): Promise<{ rulings: Ruling[]; hasImages: boolean }> {
  const list = await page.getOperatorList();
  const rulings: Ruling[] = [];
  let hasImages = false;
  let ctm: Matrix = pageSpace(page).matrix;
  const stack: Matrix[] = [];
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const images = new Set([
    ops.paintImageXObject,
    ops.paintInlineImageXObject,
    ops.paintImageMaskXObject,
  ]);
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (images.has(fn)) hasImages = true;
    else if (fn === ops.constructPath) {
      const paint = args[0] as number;
      const path = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!path) return;
      for (const points of subpaths(path, ctm)) {
        if (fills.has(paint)) filledRulings(points, rulings);
        else if (strokes.has(paint)) strokedRulings(points, rulings);
      }
    }
  });
  return { rulings, hasImages };
}
