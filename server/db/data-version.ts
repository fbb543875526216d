/**
 * A number that changes whenever the data may have: bumped by every write transaction of this
 * process (writeTransaction), plus SQLite's PRAGMA data_version, which changes when another
 * connection (a CLI import, a backup restore) commits. Whatever is computed from the data can
 * be cached under it.
 */
import type Database from 'better-sqlite3';

const writes = new WeakMap<Database.Database, number>();

export function bumpDataVersion(client: Database.Database): void {
  writes.set(client, (writes.get(client) ?? 0) + 1);
}

export function dataVersion(client: Database.Database): string {
  const external = client.pragma('data_version', { simple: true }) as number;
  return `${writes.get(client) ?? 0}.${external}`;
}
