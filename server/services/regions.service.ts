/** Finding regions by any of their names, as users write them. */
import type { Db } from '../db/connection.ts';
import { autonomousShortForm } from '../domain/region-names.ts';
import { compact } from '../domain/text.ts';
import {
  childrenOf,
  findRegionsByNames,
  regionsUnder,
  rootRegions,
  type RegionRow,
} from '../repositories/regions.repo.ts';
import { InputError } from './errors.ts';
import type { FieldError } from './spending-validation.ts';

/** The region a name or alias denotes (`木垒县` → 木垒哈萨克自治县), or an error for `field`. */
export async function resolveRegion(
  db: Db,
  name: string,
  field = 'region',
): Promise<RegionRow | FieldError> {
  const written = compact(name);
  const keys = [written, autonomousShortForm(written)].filter((k): k is string => !!k);
  const found = await findRegionsByNames(db, keys);
  if (found.length === 1 && found[0]) return found[0];
  if (found.length === 0) {
    return {
      code: 'REGION_NOT_FOUND',
      field,
      message: `没有名为「${written.slice(0, 40)}」的地区`,
    };
  }
  return {
    code: 'REGION_AMBIGUOUS',
    field,
    message: `「${written}」可指 ${found.map((r) => r.name).join('、')}，请写全称`,
  };
}

export function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && 'code' in value && 'field' in value;
}

/** A region by name or alias; null when there is none (an ambiguous name is an error). */
export async function regionByName(db: Db, name: string): Promise<RegionRow | null> {
  const found = await resolveRegion(db, name, 'name');
  if (!isFieldError(found)) return found;
  if (found.code === 'REGION_NOT_FOUND') return null;
  throw new InputError(found.code, found.field, found.message);
}

/** Regions of a level and/or under a parent; the roots of the tree without either. */
export async function regionsList(
  db: Db,
  filter: { level: RegionRow['level'] | null; parent: string | null },
): Promise<RegionRow[]> {
  if (filter.parent === null && filter.level === null) return await rootRegions(db);
  let rootPath = '/';
  if (filter.parent !== null) {
    const parent = await resolveRegion(db, filter.parent, 'parent');
    if (isFieldError(parent)) throw new InputError(parent.code, parent.field, parent.message);
    if (filter.level === null) return await childrenOf(db, parent.id);
    rootPath = parent.path;
  }
  return await regionsUnder(db, rootPath, filter.level ?? 'county');
}
