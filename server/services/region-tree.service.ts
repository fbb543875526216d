/**
 * Loads an administrative tree (行政区划: country → province → prefecture → …) in one
 * transaction. Notices only create their issuer and its children; a national deployment needs
 * the levels above the issuers in place first, so a prefecture's notice lands under its province.
 * Regions already present (same name under the same parent) are kept.
 */
import { writeTransaction, type Db } from '../db/connection.ts';
import type { RegionLevel } from '../domain/region-names.ts';
import * as regionsRepo from '../repositories/regions.repo.ts';

export interface RegionTreeNode {
  name: string;
  level: RegionLevel;
  children?: RegionTreeNode[];
}

/** Returns how many regions were created. */
export async function addRegionTree(db: Db, roots: RegionTreeNode[]): Promise<number> {
  return await writeTransaction(db, async (tx) => {
    let created = 0;
    const visit = async (node: RegionTreeNode, parent: regionsRepo.RegionRow | null) => {
      const found = (await regionsRepo.findRegionsByNames(tx, [node.name])).find(
        (r) => r.parentId === (parent?.id ?? null) && r.level === node.level,
      );
      const row =
        found ??
        (await regionsRepo.insertRegion(tx, { name: node.name, level: node.level, parent }));
      if (!found) created++;
      for (const child of node.children ?? []) await visit(child, row);
    };
    for (const root of roots) await visit(root, null);
    return created;
  });
}
