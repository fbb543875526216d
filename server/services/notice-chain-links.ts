/**
 * What an imported notice adds to the chain of levels, beyond what the importer reads:
 * - a region the notice allocates to that is already known as a top-level region (the
 *   prefecture whose own notice came first) is placed under the notice's issuer, instead of
 *   a second region of the same name being created beside it;
 * - a `市本级` / `州本级` row is money the issuer keeps for its own use (本级), stored as the
 *   issuer's own-use row, not as a region called 州本级.
 */
import type { Db } from '../db/connection.ts';
import type { RegionLevel } from '../domain/region-names.ts';
import type { AllocationRow, ParsedNotice } from '../importer/types.ts';
import * as regionsRepo from '../repositories/regions.repo.ts';

/**
 * A top-level region named like the one the notice places under `parent`, moved there with
 * its subtree (paths and depths rewritten); null when there is none.
 */
export async function adoptTopLevelRegion(
  tx: Db,
  parent: regionsRepo.RegionRow | null,
  names: string[],
  level: RegionLevel,
): Promise<regionsRepo.RegionRow | null> {
  if (!parent) return null;
  const root = (await regionsRepo.findRegionsByNames(tx, names)).find(
    (r) => r.parentId === null && r.level === level && r.id !== parent.id,
  );
  if (!root || parent.path.startsWith(root.path)) return null;
  await regionsRepo.moveUnder(tx, root, parent);
  return {
    ...root,
    parentId: parent.id,
    path: `${parent.path}${root.id}/`,
    depth: parent.depth + 1,
  };
}

const OWN_USE_NAME = /本级$/;

/** Whether a stored row is the issuer's own-use row (the importer's flag, or the convention). */
export function isOwnUseRow(row: AllocationRow, notice: ParsedNotice): boolean {
  if ((row as AllocationRow & { isOwnUse?: boolean }).isOwnUse === true) return true;
  const issuerKey = notice.regions.find((r) => r.parentKey === null)?.key;
  return row.regionKey === issuerKey && !row.isSubtotal;
}

/** The notice with its `…本级` rows turned into the issuer's own-use rows. */
export function withOwnUseRows(notice: ParsedNotice): ParsedNotice {
  const issuer = notice.regions.find((r) => r.parentKey === null);
  if (!issuer) return notice;
  const ownUseKeys = new Set(
    notice.allocations
      .filter(
        (a) =>
          !a.isSubtotal &&
          // The importer marks the 本级 rows it recognises itself (under their own region).
          !a.isOwnUse &&
          a.regionKey !== issuer.key &&
          OWN_USE_NAME.test(a.writtenName) &&
          notice.allocations.filter((b) => b.regionKey === a.regionKey).length === 1,
      )
      .map((a) => a.regionKey),
  );
  if (ownUseKeys.size === 0) return notice;
  const key = (k: string) => (ownUseKeys.has(k) ? issuer.key : k);
  return {
    ...notice,
    regions: notice.regions.filter((r) => !ownUseKeys.has(r.key)),
    allocations: notice.allocations.map((a) =>
      ownUseKeys.has(a.regionKey) ? { ...a, regionKey: issuer.key, isOwnUse: true } : a,
    ),
    targetSheets: notice.targetSheets.map((s) => ({ ...s, regionKey: key(s.regionKey) })),
    warnings: notice.warnings.map((w) => ({ ...w, regionKey: w.regionKey && key(w.regionKey) })),
  };
}
