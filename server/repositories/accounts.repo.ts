/** Accounts, browser sessions and API tokens. */
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { accounts, apiTokens, regions, sessions } from '../db/schema/index.ts';

export type AccountRow = typeof accounts.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type AccountWithRegion = AccountRow & { regionName: string | null };

const withRegion = {
  id: accounts.id,
  username: accounts.username,
  displayName: accounts.displayName,
  role: accounts.role,
  regionId: accounts.regionId,
  passwordHash: accounts.passwordHash,
  mustChangePassword: accounts.mustChangePassword,
  disabledAt: accounts.disabledAt,
  createdAt: accounts.createdAt,
  regionName: regions.name,
};

export function accountByUsername(db: Db, username: string): AccountWithRegion | undefined {
  return db
    .select(withRegion)
    .from(accounts)
    .leftJoin(regions, eq(regions.id, accounts.regionId))
    .where(eq(accounts.username, username))
    .get();
}

export function listAccounts(db: Db): AccountWithRegion[] {
  return db
    .select(withRegion)
    .from(accounts)
    .leftJoin(regions, eq(regions.id, accounts.regionId))
    .orderBy(accounts.username)
    .all();
}

export function countAccounts(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(accounts)
      .get()?.n ?? 0
  );
}

export function insertAccount(db: Db, values: typeof accounts.$inferInsert): AccountRow {
  return db.insert(accounts).values(values).returning().get();
}

export function updateAccount(
  db: Db,
  id: number,
  values: Partial<Omit<AccountRow, 'id' | 'createdAt'>>,
): void {
  db.update(accounts).set(values).where(eq(accounts.id, id)).run();
}

export function insertSession(
  db: Db,
  values: { idHash: string; accountId: number; createdAt: string; expiresAt: string },
): void {
  db.insert(sessions).values(values).run();
}

/** The live session's account, or nothing (expired, signed out, account disabled). */
export function accountBySession(
  db: Db,
  idHash: string,
  nowIso: string,
): AccountWithRegion | undefined {
  return db
    .select(withRegion)
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(regions, eq(regions.id, accounts.regionId))
    .where(
      and(
        eq(sessions.idHash, idHash),
        sql`${sessions.expiresAt} > ${nowIso}`,
        isNull(accounts.disabledAt),
      ),
    )
    .get();
}

export function deleteSession(db: Db, idHash: string): void {
  db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
}

export function deleteSessionsOf(db: Db, accountId: number): void {
  db.delete(sessions).where(eq(sessions.accountId, accountId)).run();
}

export function deleteExpiredSessions(db: Db, nowIso: string): void {
  db.delete(sessions).where(lt(sessions.expiresAt, nowIso)).run();
}

export function insertApiToken(
  db: Db,
  values: { accountId: number; name: string; tokenHash: string; prefix: string; createdAt: string },
): ApiTokenRow {
  return db.insert(apiTokens).values(values).returning().get();
}

/** The live token's row and account, or nothing (revoked, account disabled). */
export function accountByToken(
  db: Db,
  tokenHash: string,
): { account: AccountWithRegion; token: ApiTokenRow } | undefined {
  const row = db
    .select({ account: withRegion, token: apiTokens })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .leftJoin(regions, eq(regions.id, accounts.regionId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        isNull(accounts.disabledAt),
      ),
    )
    .get();
  return row;
}

export function tokenById(db: Db, id: number): ApiTokenRow | undefined {
  return db.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
}

export function tokensOf(db: Db, accountId: number): ApiTokenRow[] {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(apiTokens.id)
    .all();
}

export function markTokenUsed(db: Db, id: number, atIso: string): void {
  db.update(apiTokens).set({ lastUsedAt: atIso }).where(eq(apiTokens.id, id)).run();
}

export function revokeToken(db: Db, id: number, atIso: string): void {
  db.update(apiTokens).set({ revokedAt: atIso }).where(eq(apiTokens.id, id)).run();
}

/** Revokes every live token of an account (a password reset or change, a role without tokens). */
export function revokeTokensOf(db: Db, accountId: number, atIso: string): void {
  db.update(apiTokens)
    .set({ revokedAt: atIso })
    .where(and(eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)))
    .run();
}

/** Ends an account's sessions but one (the one changing its own password stays signed in). */
export function deleteOtherSessionsOf(db: Db, accountId: number, keepIdHash: string | null): void {
  db.delete(sessions)
    .where(
      and(
        eq(sessions.accountId, accountId),
        keepIdHash === null ? sql`1 = 1` : sql`${sessions.idHash} <> ${keepIdHash}`,
      ),
    )
    .run();
}
