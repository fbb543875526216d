/**
 * Where each region a notice names goes in the existing region tree: an existing region found by
 * name under its parent (or, for the issuing region, by name and level), or a new one. A reviewer
 * may override a match by the name the notice writes: "this row is that existing region" or
 * "this is a new region". The same matching serves the preview (nothing written) and the import.
 */
import type { Db } from '../db/connection.ts';
import { compact } from '../domain/text.ts';
import type { NoticeRegion, ParsedNotice } from '../importer/types.ts';
import * as regionsRepo from '../repositories/regions.repo.ts';
import type { RegionRow } from '../repositories/regions.repo.ts';
import type { FieldError } from './spending-validation.ts';

/** A reviewer's decision for one notice region: an existing region, or a new one. */
export type RegionChoice = { regionId: number } | 'new';

/** A region match as the API takes it: the name as written, an existing region's id or null (new). */
export interface RegionMatchInput {
  writtenName: string;
  regionId?: string | null;
}

export interface RegionMatch {
  key: string;
  region: NoticeRegion;
  /** The existing region the notice's region is stored as; null: a new region is created. */
  existing: RegionRow | null;
  /** True when a reviewer chose this match. */
  chosen: boolean;
  /** A region that already has this name under the parent, when "new" was chosen anyway. */
  conflict: RegionRow | null;
}

/** Every way the notice writes a region (names, aliases, allocation rows, sheet titles), by key. */
function writtenNames(notice: ParsedNotice): Map<string, string> {
  const byName = new Map<string, string>();
  const add = (name: string, key: string) => {
    if (key) byName.set(compact(name), key);
  };
  for (const r of notice.regions) [r.name, ...r.aliases].forEach((n) => add(n, r.key));
  for (const a of notice.allocations) add(a.writtenName, a.regionKey);
  for (const s of notice.targetSheets) add(s.writtenRegion, s.regionKey);
  return byName;
}

/** The reviewer's matches as choices by notice region key, or an error for each bad entry. */
export async function regionChoices(
  db: Db,
  notice: ParsedNotice,
  inputs: RegionMatchInput[],
  field = 'corrections.regionMatches',
): Promise<{ choices: Map<string, RegionChoice>; errors: FieldError[] }> {
  const choices = new Map<string, RegionChoice>();
  const errors: FieldError[] = [];
  const names = writtenNames(notice);
  for (const [i, input] of inputs.entries()) {
    const key = names.get(compact(input.writtenName));
    if (key === undefined) {
      errors.push({
        code: 'REGION_NAME_UNKNOWN',
        field: `${field}.${i}.writtenName`,
        message: `文件中没有地区「${input.writtenName.slice(0, 40)}」`,
      });
      continue;
    }
    if (input.regionId === null || input.regionId === undefined) {
      choices.set(key, 'new');
      continue;
    }
    const id = Number(input.regionId);
    const row = Number.isSafeInteger(id) ? await regionsRepo.regionById(db, id) : undefined;
    if (!row) {
      errors.push({
        code: 'REGION_NOT_FOUND',
        field: `${field}.${i}.regionId`,
        message: `没有编号为 ${String(input.regionId).slice(0, 20)} 的地区`,
      });
      continue;
    }
    choices.set(key, { regionId: row.id });
  }
  return { choices, errors };
}

/**
 * The existing region one notice region would be stored as. `parent` is the parent's match:
 * a row, 'new' when the parent is to be created (so are its children), null for the issuer.
 */
export async function existingRegionFor(
  db: Db,
  region: NoticeRegion,
  parent: RegionRow | 'new' | null,
  choice: RegionChoice | undefined,
): Promise<{ existing: RegionRow | null; conflict: RegionRow | null }> {
  const names = [region.name, ...region.aliases];
  const sameNamed = async (): Promise<RegionRow | null> => {
    if (parent === 'new') return null;
    const candidates = parent
      ? await regionsRepo.findChildrenByNames(db, parent.id, names)
      : (await regionsRepo.findRegionsByNames(db, names)).filter((r) => r.level === region.level);
    return candidates[0] ?? null;
  };
  if (choice === 'new') {
    // Only the exact name under the same parent stops a new region (the tree's unique key).
    const clash =
      parent === 'new'
        ? null
        : ((await regionsRepo.findChildrenByNames(db, parent?.id ?? null, [region.name])).find(
            (r) => r.name === region.name,
          ) ?? null);
    return { existing: null, conflict: clash };
  }
  if (choice) {
    const row = await regionsRepo.regionById(db, choice.regionId);
    if (!row) throw new Error(`region ${choice.regionId} vanished`);
    return { existing: row, conflict: null };
  }
  return { existing: await sameNamed(), conflict: null };
}

/** Every region of the notice matched against the tree, parents before children. Writes nothing. */
export async function matchNoticeRegions(
  db: Db,
  notice: ParsedNotice,
  choices: Map<string, RegionChoice>,
): Promise<RegionMatch[]> {
  const byKey = new Map<string, RegionMatch>();
  for (const region of notice.regions) {
    const parentMatch = region.parentKey ? byKey.get(region.parentKey) : undefined;
    const parent = region.parentKey ? (parentMatch?.existing ?? 'new') : null;
    const choice = choices.get(region.key);
    const { existing, conflict } = await existingRegionFor(db, region, parent, choice);
    byKey.set(region.key, { key: region.key, region, existing, chosen: !!choice, conflict });
  }
  return [...byKey.values()];
}

/** "New" chosen where the parent already has a region of that name: the tree allows one. */
export function conflictErrors(matches: RegionMatch[]): FieldError[] {
  return matches
    .filter((m) => m.conflict)
    .map((m) => ({
      code: 'REGION_EXISTS',
      field: 'corrections.regionMatches',
      message: `已有地区「${m.region.name}」（编号 ${m.conflict?.id}），不能再新建同名地区；请匹配到该地区`,
    }));
}
