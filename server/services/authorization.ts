/**
 * What each role may do, decided here and only here (not in resolvers or the UI):
 * ADMIN imports notices and manages accounts; LEADER and ANALYST read; COUNTY reads and
 * writes its own region's reports and indicator results. The system (CLI) may do anything.
 */
import type { Db } from '../db/connection.ts';
import { regionById, type RegionRow } from '../repositories/regions.repo.ts';
import type { Actor, Role } from './actor.ts';
import { InputError } from './errors.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';
import type { FieldError } from './spending-validation.ts';

/** A 403: the actor may not do this. Refused before anything is written, and audited. */
export class ForbiddenError extends InputError {
  override name = 'ForbiddenError';
  constructor(field: string, message: string) {
    super('FORBIDDEN', field, message);
  }
}

const ROLE_LABELS: Record<Role, string> = {
  ADMIN: '管理员 administrator',
  LEADER: '领导 leader',
  ANALYST: '分析人员 analyst',
  COUNTY: '县市填报人员 county filer',
};

/** Refuses unless the actor is the system or has one of `roles`. */
export function requireRole(actor: Actor, roles: Role[], what: string): void {
  if (actor.kind === 'system' || roles.includes(actor.role)) return;
  throw new ForbiddenError(
    '',
    `角色"${ROLE_LABELS[actor.role]}"不能${what}。The role ${actor.role} may not do this (${what}).`,
  );
}

/**
 * The region a write is for. A COUNTY account always writes for its own region, whatever the
 * input says: a different region in the input is refused. The system names the region (an
 * unknown name comes back as a field error, to be reported with the input's other errors).
 */
export async function writableRegion(
  db: Db,
  actor: Actor,
  requested: string | null | undefined,
  field: string,
  what: string,
): Promise<RegionRow | FieldError> {
  if (actor.kind === 'system') return await resolveRegion(db, requested ?? '', field);
  requireRole(actor, ['COUNTY'], what);
  const own = actor.regionId === null ? undefined : await regionById(db, actor.regionId);
  if (!own) throw new ForbiddenError(field, `账户没有所属地区。The account has no region.`);
  if (requested !== null && requested !== undefined && requested.trim() !== '') {
    const asked = await resolveRegion(db, requested, field);
    if (isFieldError(asked) || asked.id !== own.id) {
      throw new ForbiddenError(
        field,
        `账户 ${actor.username} 只能为${own.name}${what}，不能为"${requested}"。The account ${actor.username} may only do this for ${own.name}.`,
      );
    }
  }
  return own;
}

/** Refuses a write for a region other than the COUNTY actor's own (e.g. by a report's id). */
export function requireOwnRegion(
  actor: Actor,
  region: RegionRow,
  field: string,
  what: string,
): void {
  if (actor.kind === 'system') return;
  requireRole(actor, ['COUNTY'], what);
  if (actor.regionId !== region.id) {
    throw new ForbiddenError(
      field,
      `账户 ${actor.username} 不能为${region.name}${what}。The account ${actor.username} may not do this for ${region.name}.`,
    );
  }
}

/** The explorer is an analyst's tool (ADMIN too); leaders and counties use the dashboard. */
export function mayUseExplorer(actor: Actor): boolean {
  return actor.kind === 'system' || actor.role === 'ANALYST' || actor.role === 'ADMIN';
}
