/**
 * Page arguments: `first` (default 20, at most MAX_PAGE_SIZE) and an opaque `after` cursor.
 * Lists read from a table page by id (keyset); computed lists page by offset.
 */
import { InputError } from './errors.ts';

export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export function pageSize(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new InputError(
      'PAGE_SIZE_OUT_OF_RANGE',
      'first',
      `每页条数须为 1–${MAX_PAGE_SIZE}，收到 ${n}`,
    );
  }
  return n;
}

function decode(after: string, prefix: string): number {
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const n = text.startsWith(prefix) ? Number(text.slice(prefix.length)) : NaN;
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InputError('CURSOR_INVALID', 'after', '分页游标无效');
  return n;
}

const encode = (prefix: string, n: number) =>
  Buffer.from(`${prefix}${n}`, 'utf8').toString('base64url');

/** The id to continue below, from an `after` cursor of an id-keyed list. */
export function afterId(after: string | null | undefined): number | null {
  return after ? decode(after, 'id:') : null;
}

/** Builds a page from rows fetched with limit + 1 (the extra row says whether more follow). */
export function keysetPage<T extends { id: number }>(
  rows: T[],
  limit: number,
  totalCount: number,
): Page<T> {
  const nodes = rows.slice(0, limit);
  const last = nodes.at(-1);
  return {
    totalCount,
    nodes,
    pageInfo: { endCursor: last ? encode('id:', last.id) : null, hasNextPage: rows.length > limit },
  };
}

/** Where a page of a computed list starts and how long it is, from `first` and `after`. */
export function offsetWindow(
  first: number | null | undefined,
  after: string | null | undefined,
): { offset: number; limit: number } {
  return { offset: after ? decode(after, 'at:') : 0, limit: pageSize(first) };
}

/** The page of a computed list whose `nodes` start at `offset` of `totalCount` items. */
export function offsetPageOf<T>(nodes: T[], totalCount: number, offset: number): Page<T> {
  const end = offset + nodes.length;
  return {
    totalCount,
    nodes,
    pageInfo: {
      endCursor: nodes.length ? encode('at:', end) : null,
      hasNextPage: end < totalCount,
    },
  };
}

/** A page of an in-memory list. */
export function offsetPage<T>(
  items: T[],
  first: number | null | undefined,
  after: string | null | undefined,
): Page<T> {
  const { offset, limit } = offsetWindow(first, after);
  return offsetPageOf(items.slice(offset, offset + limit), items.length, offset);
}
