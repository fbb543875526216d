/**
 * The whole schema for PostgreSQL: the same tables, columns, keys and indexes as ../schema/
 * (SQLite), under the same names, so a service can use either. test/db-pg/schema-parity.test.ts
 * fails when the two differ.
 */
export * from './regions.ts';
export * from './imports.ts';
export * from './documents.ts';
export * from './allocations.ts';
export * from './targets.ts';
export * from './spending.ts';
export * from './accounts.ts';
export * from './audit.ts';
export * from './rollups.ts';
export * from './sign-in-limits.ts';
export * from './chain.ts';
export * from './report-heads.ts';
