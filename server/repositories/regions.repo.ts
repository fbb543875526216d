/** Queries on the region tree and its aliases. */
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { regionAliases, regions } from '../db/schema/index.ts';
import type { RegionLevel } from '../domain/region-names.ts';

export type RegionRow = typeof regions.$inferSelect;

/** Regions whose name or one of whose aliases is among `names`. */
export function findRegionsByNames(db: Db, names: string[]): RegionRow[] {
  if (names.length === 0) return [];
  const aliased = db
    .select({ id: regionAliases.regionId })
    .from(regionAliases)
    .where(inArray(regionAliases.alias, names));
  return db
    .select()
    .from(regions)
    .where(or(inArray(regions.name, names), inArray(regions.id, aliased)))
    .all();
}

export function findChildrenByNames(db: Db, parentId: number | null, names: string[]): RegionRow[] {
  return findRegionsByNames(db, names).filter((r) => r.parentId === parentId);
}

export function insertRegion(
  db: Db,
  region: { name: string; level: RegionLevel; parent: RegionRow | null },
): RegionRow {
  const inserted = db
    .insert(regions)
    .values({
      name: region.name,
      level: region.level,
      parentId: region.parent?.id ?? null,
      path: '',
      depth: region.parent ? region.parent.depth + 1 : 0,
    })
    .returning()
    .get();
  const path = `${region.parent?.path ?? '/'}${inserted.id}/`;
  db.update(regions).set({ path }).where(eq(regions.id, inserted.id)).run();
  return { ...inserted, path };
}

export function aliasesOf(db: Db, regionId: number): string[] {
  return db
    .select({ alias: regionAliases.alias })
    .from(regionAliases)
    .where(eq(regionAliases.regionId, regionId))
    .all()
    .map((r) => r.alias);
}

export function addAliases(db: Db, regionId: number, aliases: string[]): void {
  if (aliases.length === 0) return;
  db.insert(regionAliases)
    .values(aliases.map((alias) => ({ regionId, alias })))
    .onConflictDoNothing()
    .run();
}

export function rootRegions(db: Db): RegionRow[] {
  return db.select().from(regions).where(isNull(regions.parentId)).all();
}

export function regionById(db: Db, id: number): RegionRow | undefined {
  return db.select().from(regions).where(eq(regions.id, id)).get();
}

export function childrenOf(db: Db, parentId: number): RegionRow[] {
  return db.select().from(regions).where(eq(regions.parentId, parentId)).orderBy(regions.id).all();
}

export function countRegions(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(regions)
      .get()?.n ?? 0
  );
}

export function regionsByIds(db: Db, ids: readonly number[]): RegionRow[] {
  return ids.length
    ? db
        .select()
        .from(regions)
        .where(inArray(regions.id, [...ids]))
        .all()
    : [];
}

export function aliasesByRegionIds(
  db: Db,
  ids: readonly number[],
): { regionId: number; alias: string }[] {
  return ids.length
    ? db
        .select({ regionId: regionAliases.regionId, alias: regionAliases.alias })
        .from(regionAliases)
        .where(inArray(regionAliases.regionId, [...ids]))
        .orderBy(regionAliases.id)
        .all()
    : [];
}

export function childrenByParentIds(db: Db, ids: readonly number[]): RegionRow[] {
  return ids.length
    ? db
        .select()
        .from(regions)
        .where(inArray(regions.parentId, [...ids]))
        .orderBy(regions.id)
        .all()
    : [];
}

/** Regions of a level inside a subtree (the root included when it has that level). */
export function regionsUnder(db: Db, rootPath: string, level: RegionRow['level']): RegionRow[] {
  return db
    .select()
    .from(regions)
    .where(and(sql`${regions.path} glob ${`${rootPath}*`}`, eq(regions.level, level)))
    .orderBy(regions.id)
    .all();
}

/** Moves a region and its whole subtree under `parent`: paths and depths rewritten, one pass. */
export function moveUnder(db: Db, root: RegionRow, parent: RegionRow): void {
  const path = `${parent.path}${root.id}/`;
  const depthShift = parent.depth + 1 - root.depth;
  db.run(sql`update regions
    set path = ${path} || substr(path, ${root.path.length + 1}), depth = depth + ${depthShift}
    where path glob ${`${root.path}*`}`);
  db.update(regions).set({ parentId: parent.id }).where(eq(regions.id, root.id)).run();
}
