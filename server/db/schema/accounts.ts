/**
 * Who may sign in: accounts with one role each, browser sessions and personal API tokens.
 * Secrets are never stored: passwords as scrypt hashes, session ids and tokens as SHA-256.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns.ts';
import { regions } from './regions.ts';

export type Role = 'ADMIN' | 'LEADER' | 'ANALYST' | 'COUNTY';

export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Sign-in name, stored lower-case so 'Admin' and 'admin' are one account. */
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** The region a COUNTY account files for; none for the other roles. */
    regionId: integer('region_id').references(() => regions.id),
    passwordHash: text('password_hash').notNull(),
    /** Set for a one-time password: the account can do nothing but choose its own. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' })
      .notNull()
      .default(false),
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

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie value. */
    idHash: text('id_hash').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    /** What the owner uses it for, e.g. "monthly export script". */
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The first characters of the token, so its owner can tell tokens apart. */
    prefix: text('prefix').notNull(),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('api_tokens_account_idx').on(t.accountId)],
);
