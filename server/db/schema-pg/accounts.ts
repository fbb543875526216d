/** Accounts, sessions and API tokens, as ../schema/accounts.ts: the same tables for PostgreSQL. */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { Role } from '../schema/accounts.ts';
import { createdAt, idColumn } from './columns.ts';
import { regions } from './regions.ts';

export type { Role };

export const accounts = pgTable(
  'accounts',
  {
    id: idColumn(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    regionId: integer('region_id').references(() => regions.id),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    disabledAt: text('disabled_at'),
    createdAt: createdAt(),
  },
  (t) => [
    check('accounts_role_check', sql`${t.role} in ('ADMIN', 'LEADER', 'ANALYST', 'COUNTY')`),
    check(
      'accounts_county_region_check',
      sql`(${t.role} = 'COUNTY') = (${t.regionId} is not null)`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: idColumn(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('api_tokens_account_idx').on(t.accountId)],
);
