/**
 * Who is acting: a signed-in account (through a browser session or an API token) or the
 * system itself (command-line tools, sample data). Every write service takes one, decides
 * what it may do, and names it in the audit trail.
 */
import type { Role } from '../db/schema/accounts.ts';

export type { Role };
export const ROLES: readonly Role[] = ['ADMIN', 'LEADER', 'ANALYST', 'COUNTY'];

export interface AccountActor {
  kind: 'account';
  accountId: number;
  username: string;
  role: Role;
  /** The one region a COUNTY account files for. */
  regionId: number | null;
  via: 'session' | 'token';
  /** The SHA-256 of the session id, when acting through a session (kept when the password changes). */
  sessionHash?: string;
  /** A one-time password still to be replaced: nothing else is allowed. */
  mustChangePassword: boolean;
}

export interface SystemActor {
  kind: 'system';
  /** `cli`, `sample-data`, `test`: what ran the change. */
  name: string;
}

export type Actor = AccountActor | SystemActor;

export function systemActor(name: string): SystemActor {
  return { kind: 'system', name };
}

export function actorName(actor: Actor): string {
  return actor.kind === 'system' ? actor.name : actor.username;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
