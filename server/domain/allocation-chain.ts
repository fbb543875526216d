/**
 * One region's place in the chain of a fund-year: what it received from the level above, what
 * its own notices passed down and kept (本级), and the money counted at the region itself so
 * that a sum over a subtree counts every yuan once, at the lowest level it reached.
 */
import { walkFundYear, type BatchRow } from './fund-year.ts';
import type { Fen } from './money.ts';

export interface ChainRow extends BatchRow {
  regionId: number;
  /** The region's parent in the tree (the issuer of an ordinary row). */
  parentId: number | null;
  upstreamNumber: string | null;
  /** The year of the notice's current revision. */
  year: number;
  isSubtotal: boolean;
  isOwnUse: boolean;
}

export interface RegionChainFigures {
  regionId: number;
  received: Fen | null;
  passedDown: Fen;
  kept: Fen;
  counted: Fen;
  hasOwnNotice: boolean;
}

/** A row naming the region as a recipient (not its 合计 row, not its 本级 row). */
export const isReceiptRow = (r: ChainRow) => !r.isSubtotal && !r.isOwnUse;

/**
 * `rows` must hold every current row of the fund-year for the region and for its children.
 * Counted at the region: when it has notices of its own, what it received minus what it
 * passed down (its 本级 plus what is still 未分配), or only its 本级 when nothing from above is
 * imported; when it has none, everything it received.
 */
export function regionChainFigures(regionId: number, rows: ChainRow[]): RegionChainFigures {
  const name = String(regionId);
  const receipts = rows.filter((r) => r.regionId === regionId && isReceiptRow(r));
  const ownUse = rows.filter((r) => r.regionId === regionId && r.isOwnUse);
  const byChild = new Map<number, ChainRow[]>();
  for (const r of rows) {
    if (r.parentId !== regionId || !isReceiptRow(r)) continue;
    byChild.set(r.regionId, [...(byChild.get(r.regionId) ?? []), r]);
  }
  const received = receipts.length ? walkFundYear(receipts, name).inForce : null;
  const kept = walkFundYear(ownUse, name).inForce;
  let passedDown = 0;
  for (const childRows of byChild.values()) passedDown += walkFundYear(childRows, name).inForce;
  const hasOwnNotice =
    byChild.size > 0 ||
    ownUse.length > 0 ||
    rows.some((r) => r.regionId === regionId && r.isSubtotal);
  const counted = hasOwnNotice
    ? received !== null
      ? received - passedDown
      : kept
    : (received ?? 0);
  return {
    regionId,
    received,
    passedDown: passedDown as Fen,
    kept,
    counted: counted as Fen,
    hasOwnNotice,
  };
}
