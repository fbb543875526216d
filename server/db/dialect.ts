/**
 * The few fragments of hand-written SQL that the two engines spell differently. Repositories
 * write everything else once, in SQL both accept (quoted camelCase aliases, `= true`/`= false`
 * on booleans, `case` instead of SQLite's scalar max, times as parameters), and ask here for the
 * rest. Each helper checks what it splices into the SQL text, so no input reaches it unquoted.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { engineOf } from './engine.ts';

/** A column: a Drizzle column, or the text of a qualified name as `g.path`. */
export type ColumnRef = SQLWrapper | string;

const QUALIFIED_NAME = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

function columnSql(column: ColumnRef): SQL {
  if (typeof column !== 'string') return sql`${column}`;
  if (!QUALIFIED_NAME.test(column)) throw new Error(`not a column name: ${column}`);
  return sql.raw(column);
}

/**
 * The rows of a region's subtree: `column` (a materialised path, `/1/5/`) starts with
 * `rootPath`. SQLite: GLOB, which (unlike its case-insensitive LIKE) the path index serves.
 * PostgreSQL: LIKE, which the index serves because regions.path is COLLATE "C". A path is
 * digits and slashes, so neither pattern's wildcards can occur in it.
 */
export function underPath(db: object, column: ColumnRef, rootPath: string): SQL {
  if (!/^[\d/]*$/.test(rootPath)) {
    throw new Error(`a region path is digits and slashes (as /1/5/), not ${rootPath}`);
  }
  return engineOf(db) === 'postgres'
    ? sql`${columnSql(column)} like ${`${rootPath}%`}`
    : sql`${columnSql(column)} glob ${`${rootPath}*`}`;
}

function checkIntegers(values: readonly number[]): void {
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new Error(`not an integer id or key: ${value}`);
  }
}

/** A PostgreSQL array literal of integers (`{1,2,3}`), sent as one parameter. */
const arrayLiteral = (values: readonly number[]) => `{${values.join(',')}}`;

/**
 * A one-column list of integers (ids) for `x in ${valuesList(db, ids)}`, as ONE parameter
 * however long the list (SQLite allows 32,766 parameters, PostgreSQL 65,535): SQLite reads a
 * JSON array with json_each, PostgreSQL unnests an int8 array (int8 so that no value is
 * refused; comparing it with an int4 column still uses that column's index).
 */
export function valuesList(db: object, values: readonly number[]): SQL {
  const unique = [...new Set(values)];
  checkIntegers(unique);
  return engineOf(db) === 'postgres'
    ? sql`(select unnest(cast(${arrayLiteral(unique)} as int8[])))`
    : sql`(select value from json_each(${JSON.stringify(unique)}))`;
}

/**
 * Rows of integers with the given column names, as a subquery: `(a, b) in ${…}` or
 * `from ${…} p join …`. One parameter (SQLite: a JSON array of arrays) or one per column
 * (PostgreSQL: parallel int8 arrays unnested together).
 */
export function integerRows(
  db: object,
  names: readonly string[],
  rows: readonly (readonly number[])[],
): SQL {
  for (const name of names) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a column name: ${name}`);
  }
  for (const row of rows) {
    if (row.length !== names.length) {
      throw new Error(`a row of ${row.length} values for ${names.length} columns`);
    }
    checkIntegers(row);
  }
  if (engineOf(db) === 'postgres') {
    const columns = names.map(
      (_, i) => sql`cast(${arrayLiteral(rows.map((r) => r[i] ?? 0))} as int8[])`,
    );
    return sql`(select * from unnest(${sql.join(columns, sql`, `)}) as t(${sql.raw(names.join(', '))}))`;
  }
  const picks = names.map((name, i) => `value ->> ${i} as ${name}`).join(', ');
  return sql`(select ${sql.raw(picks)} from json_each(${JSON.stringify(rows)}))`;
}

/**
 * A boolean as a literal both engines read (SQLite ≥ 3.23 knows TRUE and FALSE as 1 and 0):
 * better-sqlite3 cannot bind a JS boolean, and PostgreSQL will not compare a boolean with 0/1.
 */
export const booleanSql = (value: boolean): SQL => sql.raw(value ? 'true' : 'false');
