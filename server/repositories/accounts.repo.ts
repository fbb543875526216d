/** Accounts, browser sessions and API tokens. */
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { onlyRow } from '../db/sql-rows.ts';
import { accounts, apiTokens, regions, sessions } from '../db/tables.ts';

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

export async function accountByUsername(
  db: Db,
  username: string,
): Promise<AccountWithRegion | undefined> {
  return (
    await db
      .select(withRegion)
      .from(accounts)
      .leftJoin(regions, eq(regions.id, accounts.regionId))
      .where(eq(accounts.username, username))
  )[0];
}

export async function listAccounts(db: Db): Promise<AccountWithRegion[]> {
  return await db
    .select(withRegion)
    .from(accounts)
    .leftJoin(regions, eq(regions.id, accounts.regionId))
    .orderBy(accounts.username);
}

export async function countAccounts(db: Db): Promise<number> {
  return (await db.select({ n: sql<number>`count(*)` }).from(accounts))[0]?.n ?? 0;
}

export async function insertAccount(
  db: Db,
  values: typeof accounts.$inferInsert,
): Promise<AccountRow> {
  return onlyRow(await db.insert(accounts).values(values).returning());
}

export async function updateAccount(
  db: Db,
  id: number,
  values: Partial<Omit<AccountRow, 'id' | 'createdAt'>>,
): Promise<void> {
  await db.update(accounts).set(values).where(eq(accounts.id, id));
}

export async function insertSession(
  db: Db,
  values: { idHash: string; accountId: number; createdAt: string; expiresAt: string },
): Promise<void> {
  await db.insert(sessions).values(values);
}

/** The live session's account, or nothing (expired, signed out, account disabled). */
export async function accountBySession(
  db: Db,
  idHash: string,
  nowIso: string,
): Promise<AccountWithRegion | undefined> {
  return (
    await db
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
  )[0];
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteSessionsOf(db: Db, accountId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.accountId, accountId));
}

export async function deleteExpiredSessions(db: Db, nowIso: string): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, nowIso));
}

export async function insertApiToken(
  db: Db,
  values: { accountId: number; name: string; tokenHash: string; prefix: string; createdAt: string },
): Promise<ApiTokenRow> {
  return onlyRow(await db.insert(apiTokens).values(values).returning());
}

/** The live token's row and account, or nothing (revoked, account disabled). */
export async function accountByToken(
  db: Db,
  tokenHash: string,
): Promise<{ account: AccountWithRegion; token: ApiTokenRow } | undefined> {
  const row = (
    await db
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
  )[0];
  return row;
}

export async function tokenById(db: Db, id: number): Promise<ApiTokenRow | undefined> {
  return (await db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0];
}

export async function tokensOf(db: Db, accountId: number): Promise<ApiTokenRow[]> {
  return await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(apiTokens.id);
}

export async function markTokenUsed(db: Db, id: number, atIso: string): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: atIso }).where(eq(apiTokens.id, id));
}

export async function revokeToken(db: Db, id: number, atIso: string): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: atIso }).where(eq(apiTokens.id, id));
}

/** Revokes every live token of an account (a password reset or change, a role without tokens). */
export async function revokeTokensOf(db: Db, accountId: number, atIso: string): Promise<void> {
  await db
    .update(apiTokens)
    .set({ revokedAt: atIso })
    .where(and(eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)));
}

/** Ends an account's sessions but one (the one changing its own password stays signed in). */
export async function deleteOtherSessionsOf(
  db: Db,
  accountId: number,
  keepIdHash: string | null,
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.accountId, accountId),
        keepIdHash === null ? sql`1 = 1` : sql`${sessions.idHash} <> ${keepIdHash}`,
      ),
    );
}
