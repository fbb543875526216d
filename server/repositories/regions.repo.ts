/** Queries on the region tree and its aliases. */
import { onlyRow, runSql } from '../db/sql-rows.ts';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { underPath } from '../db/dialect.ts';
import { regionAliases, regions } from '../db/tables.ts';
import type { RegionLevel } from '../domain/region-names.ts';
import { refreshSubtreeTotals, subtreePeriodsOf } from './rollups.repo.ts';

export type RegionRow = typeof regions.$inferSelect;

/** Regions whose name or one of whose aliases is among `names`. */
export async function findRegionsByNames(db: Db, names: string[]): Promise<RegionRow[]> {
  if (names.length === 0) return [];
  const aliased = db
    .select({ id: regionAliases.regionId })
    .from(regionAliases)
    .where(inArray(regionAliases.alias, names));
  return await db
    .select()
    .from(regions)
    .where(or(inArray(regions.name, names), inArray(regions.id, aliased)));
}

export async function findChildrenByNames(
  db: Db,
  parentId: number | null,
  names: string[],
): Promise<RegionRow[]> {
  return (await findRegionsByNames(db, names)).filter((r) => r.parentId === parentId);
}

export async function insertRegion(
  db: Db,
  region: { name: string; level: RegionLevel; parent: RegionRow | null },
): Promise<RegionRow> {
  const inserted = onlyRow(
    await db
      .insert(regions)
      .values({
        name: region.name,
        level: region.level,
        parentId: region.parent?.id ?? null,
        path: '',
        depth: region.parent ? region.parent.depth + 1 : 0,
      })
      .returning(),
  );
  const path = `${region.parent?.path ?? '/'}${inserted.id}/`;
  await db.update(regions).set({ path }).where(eq(regions.id, inserted.id));
  return { ...inserted, path };
}

export async function aliasesOf(db: Db, regionId: number): Promise<string[]> {
  return (
    await db
      .select({ alias: regionAliases.alias })
      .from(regionAliases)
      .where(eq(regionAliases.regionId, regionId))
  ).map((r) => r.alias);
}

export async function addAliases(db: Db, regionId: number, aliases: string[]): Promise<void> {
  if (aliases.length === 0) return;
  await db
    .insert(regionAliases)
    .values(aliases.map((alias) => ({ regionId, alias })))
    .onConflictDoNothing();
}

export async function rootRegions(db: Db): Promise<RegionRow[]> {
  return await db.select().from(regions).where(isNull(regions.parentId));
}

export async function regionById(db: Db, id: number): Promise<RegionRow | undefined> {
  return (await db.select().from(regions).where(eq(regions.id, id)))[0];
}

export async function childrenOf(db: Db, parentId: number): Promise<RegionRow[]> {
  return await db.select().from(regions).where(eq(regions.parentId, parentId)).orderBy(regions.id);
}

export async function countRegions(db: Db): Promise<number> {
  return (await db.select({ n: sql<number>`count(*)` }).from(regions))[0]?.n ?? 0;
}

export async function regionsByIds(db: Db, ids: readonly number[]): Promise<RegionRow[]> {
  return ids.length
    ? await db
        .select()
        .from(regions)
        .where(inArray(regions.id, [...ids]))
    : [];
}

export async function aliasesByRegionIds(
  db: Db,
  ids: readonly number[],
): Promise<{ regionId: number; alias: string }[]> {
  return ids.length
    ? await db
        .select({ regionId: regionAliases.regionId, alias: regionAliases.alias })
        .from(regionAliases)
        .where(inArray(regionAliases.regionId, [...ids]))
        .orderBy(regionAliases.id)
    : [];
}

export async function childrenByParentIds(db: Db, ids: readonly number[]): Promise<RegionRow[]> {
  return ids.length
    ? await db
        .select()
        .from(regions)
        .where(inArray(regions.parentId, [...ids]))
        .orderBy(regions.id)
    : [];
}

/** Regions of a level inside a subtree (the root included when it has that level). */
export async function regionsUnder(
  db: Db,
  rootPath: string,
  level: RegionRow['level'],
): Promise<RegionRow[]> {
  return await db
    .select()
    .from(regions)
    .where(and(underPath(db, regions.path, rootPath), eq(regions.level, level)))
    .orderBy(regions.id);
}

/** Moves a region and its whole subtree under `parent`: paths and depths rewritten, one pass. */
export async function moveUnder(db: Db, root: RegionRow, parent: RegionRow): Promise<void> {
  const path = `${parent.path}${root.id}/`;
  const depthShift = parent.depth + 1 - root.depth;
  await runSql(
    db,
    sql`update regions
    set path = ${path} || substr(path, ${root.path.length + 1}), depth = depth + ${depthShift}
    where ${underPath(db, 'path', root.path)}`,
  );
  await db.update(regions).set({ parentId: parent.id }).where(eq(regions.id, root.id));
  // The new ancestors now add up the moved subtree, the old ones no longer do.
  const moved = await subtreePeriodsOf(db, root.id);
  const previousParent = root.parentId;
  await refreshSubtreeTotals(db, [
    ...moved,
    ...(previousParent === null ? [] : moved.map((p) => ({ ...p, regionId: previousParent }))),
  ]);
}
