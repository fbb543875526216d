/**
 * The PostgreSQL schema (server/db/schema-pg) must describe the same tables as the SQLite one
 * (server/db/schema): same exports, table and column names, nullability, defaults present,
 * keys, uniques, indexes (by columns), foreign keys and checks. Column types are compared by
 * kind (integer, text, json, …), since the engines spell them differently. Needs no server.
 */
import type { Table } from 'drizzle-orm';
import { is, SQL } from 'drizzle-orm';
import { getTableConfig as pgConfig, PgDialect, PgTable } from 'drizzle-orm/pg-core';
import {
  getTableConfig as sqliteConfig,
  SQLiteSyncDialect,
  SQLiteTable,
} from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as pgSchema from '../../server/db/schema-pg/index.ts';
import * as sqliteSchema from '../../server/db/schema/index.ts';

/** The engine-neutral kind of each column type both schemas use. */
const KIND: Record<string, string> = {
  SQLiteInteger: 'integer',
  PgInteger: 'integer',
  PgBigInt53: 'integer',
  SQLiteText: 'text',
  PgText: 'text',
  PgCustomColumn: 'text', // textCollateC, the only custom type
  SQLiteTextJson: 'json',
  PgJson: 'json',
  SQLiteBoolean: 'boolean',
  PgBoolean: 'boolean',
  SQLiteReal: 'double',
  PgDoublePrecision: 'double',
};

interface ColumnLike {
  name: string;
  columnType: string;
  notNull: boolean;
  primary: boolean;
  hasDefault: boolean;
  default: unknown;
  isUnique: boolean;
  uniqueName: string | undefined;
}
interface ConfigLike {
  name: string;
  columns: ColumnLike[];
  primaryKeys: { columns: { name: string }[] }[];
  indexes: { config: { name?: string; unique: boolean; columns: unknown[] } }[];
  uniqueConstraints: { name?: string; columns: { name: string }[] }[];
  foreignKeys: {
    reference(): {
      columns: { name: string }[];
      foreignTable: Table;
      foreignColumns: { name: string }[];
    };
  }[];
  checks: { name: string; value: SQL }[];
}

function kind(type: string): string {
  const k = KIND[type];
  if (!k) throw new Error(`column type ${type} has no kind here: add it to KIND`);
  return k;
}

const names = (columns: readonly unknown[]) => columns.map((c) => (c as { name: string }).name);

/** Everything the two schemas must agree on, in a shape that compares with toEqual. */
function describeTable(
  config: ConfigLike,
  tableName: (t: Table) => string,
  render: (s: SQL) => string,
) {
  return {
    name: config.name,
    columns: config.columns.map((c) => ({
      name: c.name,
      kind: kind(c.columnType),
      notNull: c.notNull,
      primary: c.primary,
      hasDefault: c.hasDefault,
      // A literal default (false, 0) must be the same; an SQL one (the creation time) is
      // spelled per engine, and its format is checked below.
      default: is(c.default, SQL) ? 'an SQL expression' : c.default,
      unique: c.isUnique ? c.uniqueName : null,
    })),
    primaryKeys: config.primaryKeys.map((k) => names(k.columns)),
    indexes: config.indexes
      .map((i) => ({ name: i.config.name, unique: i.config.unique, on: names(i.config.columns) }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name))),
    uniques: config.uniqueConstraints.map((u) => ({ name: u.name, on: names(u.columns) })),
    foreignKeys: config.foreignKeys
      .map((f) => {
        const r = f.reference();
        return `${names(r.columns).join(',')} → ${tableName(r.foreignTable)}(${names(r.foreignColumns).join(',')})`;
      })
      .sort(),
    // Both dialects render these conditions alike (double-quoted names, same literals).
    checks: config.checks.map((c) => `${c.name}: ${render(c.value)}`).sort(),
  };
}

const sqliteTables = Object.entries(sqliteSchema).filter(([, v]) => is(v, SQLiteTable)) as [
  string,
  SQLiteTable,
][];
const pgTables = Object.entries(pgSchema).filter(([, v]) => is(v, PgTable)) as [string, PgTable][];

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();
const describeSqlite = (t: SQLiteTable) =>
  describeTable(
    sqliteConfig(t),
    (f) => sqliteConfig(f as SQLiteTable).name,
    (q) => sqliteDialect.sqlToQuery(q).sql,
  );
const describePg = (t: PgTable) =>
  describeTable(
    pgConfig(t),
    (f) => pgConfig(f as PgTable).name,
    (q) => pgDialect.sqlToQuery(q).sql,
  );

describe('the PostgreSQL schema mirrors the SQLite schema', () => {
  it('exports the same tables under the same names', () => {
    const sqliteNames = sqliteTables.map(([key, t]) => `${key}=${sqliteConfig(t).name}`).sort();
    const pgNames = pgTables.map(([key, t]) => `${key}=${pgConfig(t).name}`).sort();
    expect(sqliteNames).toHaveLength(29);
    expect(pgNames).toEqual(sqliteNames);
  });

  it.each(sqliteTables.map(([key]) => key))('%s: columns, keys, indexes, references', (key) => {
    const sqliteTable = sqliteTables.find(([k]) => k === key)?.[1];
    const pgTable = pgTables.find(([k]) => k === key)?.[1];
    expect(pgTable, `schema-pg exports no table ${key}`).toBeDefined();
    expect(describePg(pgTable as PgTable)).toEqual(describeSqlite(sqliteTable as SQLiteTable));
  });

  it('holds money and epoch milliseconds in 64-bit columns, and nothing else', () => {
    // Worked out from the SQLite schema: every fenColumn, and sign_in_limits' two ms timestamps.
    const expected = [
      'allocation_region_totals.allocated',
      'allocations.annual_total',
      'allocations.early_advance',
      'allocations.prior_batches',
      'allocations.this_batch',
      'execution_subtree_totals.allocated',
      'execution_subtree_totals.reported_allocated',
      'execution_subtree_totals.spent',
      'fund_year_regions.counted',
      'fund_year_regions.kept',
      'fund_year_regions.passed_down',
      'fund_year_regions.received',
      'sign_in_limits.locked_until',
      'sign_in_limits.window_started_at',
      'spending_current.amount',
      'spending_current.spent',
      'spending_direction_current.spent',
      'spending_line_directions.spent',
      'spending_lines.amount',
      'spending_lines.spent',
      'spending_region_totals.spent',
      'target_sheets.central_funds',
      'target_sheets.fund_total',
      'target_sheets.local_funds',
    ];
    const bigints = pgTables.flatMap(([, t]) => {
      const config = pgConfig(t);
      return config.columns
        .filter((c) => c.getSQLType() === 'bigint')
        .map((c) => `${config.name}.${c.name}`);
    });
    expect(bigints.sort()).toEqual(expected);
  });

  it('spells the creation time as SQLite does (ISO 8601, UTC, milliseconds)', () => {
    const column = pgConfig(pgSchema.regions).columns.find((c) => c.name === 'created_at');
    const chunks = (column?.default as { queryChunks: { value?: string[] }[] }).queryChunks;
    const text = chunks.flatMap((c) => c.value ?? []).join('');
    expect(text).toContain(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);
    expect(text).toContain(`at time zone 'UTC'`);
  });
});
