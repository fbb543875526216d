/**
 * Managing accounts (ADMIN, or the `npm run user` command as the system): create, change
 * role/region/name, disable, reset a password. Each change is audited with before and after.
 */
import type { Db } from '../db/connection.ts';
import {
  generatePassword,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  passwordProblem,
  verifyPassword,
} from '../auth/password.ts';
import { passwordChangeScopes, DatabaseLoginLimiter } from '../auth/login-limiter.ts';
import { withoutControlCharacters } from '../importer/edge.ts';
import * as accountsRepo from '../repositories/accounts.repo.ts';
import type { AccountWithRegion } from '../repositories/accounts.repo.ts';
import { actorName, isRole, type Actor, type Role } from './actor.ts';
import { audited, type AuditContext } from './audit.service.ts';
import { requireRole } from './authorization.ts';
import { InputError } from './errors.ts';
import { isFieldError, resolveRegion } from './regions.service.ts';

export type AccountModel = Omit<AccountWithRegion, 'passwordHash'>;

/** The roles that may hold API tokens (api-tokens.service.ts). */
const TOKEN_ROLES: readonly Role[] = ['ANALYST', 'ADMIN'];

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;
const MAX_DISPLAY_NAME = 60;

/** The display name to store: trimmed, the username when empty, refused when too long. */
function displayNameOf(written: string | null | undefined, fallback: string): string {
  // Bidi overrides and control characters would change how the name shows (importer/edge.ts).
  const name = withoutControlCharacters(written ?? '').trim();
  if (name.length > MAX_DISPLAY_NAME)
    throw new InputError(
      'NAME_TOO_LONG',
      'displayName',
      `显示名最多 ${MAX_DISPLAY_NAME} 个字符。A display name has at most ${MAX_DISPLAY_NAME} characters.`,
    );
  return name || fallback;
}

export function normaliseUsername(written: string): string {
  return written.trim().toLowerCase();
}

function publicView({ passwordHash: _hidden, ...rest }: AccountWithRegion): AccountModel {
  return rest;
}

function summaryOf(account: AccountWithRegion | AccountModel) {
  return {
    role: account.role,
    region: account.regionName,
    displayName: account.displayName,
    disabled: account.disabledAt !== null,
  };
}

async function existing(db: Db, username: string, field: string): Promise<AccountWithRegion> {
  const account = await accountsRepo.accountByUsername(db, normaliseUsername(username));
  if (!account)
    throw new InputError(
      'ACCOUNT_NOT_FOUND',
      field,
      `没有账户"${username}"。No account "${username}".`,
    );
  return account;
}

/** The region id a role needs: a COUNTY account needs exactly one region, others none. */
async function regionFor(
  db: Db,
  role: Role,
  region: string | null | undefined,
): Promise<number | null> {
  if (role !== 'COUNTY') {
    if (region)
      throw new InputError(
        'REGION_NOT_ALLOWED',
        'region',
        `只有县市填报账户有所属地区。Only COUNTY accounts have a region.`,
      );
    return null;
  }
  if (!region?.trim())
    throw new InputError(
      'REGION_REQUIRED',
      'region',
      '县市填报账户须指定所属地区（--region）。A COUNTY account needs its region.',
    );
  const row = await resolveRegion(db, region, 'region');
  if (isFieldError(row)) throw new InputError(row.code, row.field, row.message);
  return row.id;
}

function checkedRole(role: string): Role {
  if (!isRole(role))
    throw new InputError(
      'ROLE_UNKNOWN',
      'role',
      `角色须为 ADMIN、LEADER、ANALYST 或 COUNTY，收到"${role}"。Role must be ADMIN, LEADER, ANALYST or COUNTY.`,
    );
  return role;
}

export interface NewAccountInput {
  username: string;
  displayName?: string | null;
  role: string;
  region?: string | null;
  /** Omitted: a one-time password is generated and must be changed at first sign-in. */
  password?: string | null;
}

export async function createAccount(
  db: Db,
  context: AuditContext,
  input: NewAccountInput,
): Promise<{ account: AccountModel; oneTimePassword: string | null }> {
  const username = normaliseUsername(input.username);
  const oneTimePassword = input.password ? null : generatePassword();
  const password = input.password ?? oneTimePassword ?? '';
  const problem = input.password ? passwordProblem(input.password) : null;
  // Hashing takes ~100 ms off the main thread; the checks that need the database run after.
  const passwordHash = problem ? '' : await hashPassword(password);
  const account = await audited(
    db,
    context,
    'createAccount',
    `account:${username}`,
    async (tx, note) => {
      requireRole(context.actor, ['ADMIN'], '管理账户 manage accounts');
      note.summary = { request: { ...input, password: input.password ? '(set)' : '(one-time)' } };
      if (!USERNAME.test(username))
        throw new InputError(
          'USERNAME_INVALID',
          'username',
          `用户名为 2–40 个小写字母、数字或 . _ -，收到"${input.username}"。A username is 2–40 of a-z 0-9 . _ -.`,
        );
      if (problem) throw new InputError('PASSWORD_WEAK', 'password', problem);
      if (await accountsRepo.accountByUsername(tx, username))
        throw new InputError(
          'USERNAME_TAKEN',
          'username',
          `用户名"${username}"已存在。The username is taken.`,
        );
      const role = checkedRole(input.role);
      const inserted = await accountsRepo.insertAccount(tx, {
        username,
        displayName: displayNameOf(input.displayName, username),
        role,
        regionId: await regionFor(tx, role, input.region),
        passwordHash,
        mustChangePassword: oneTimePassword !== null,
      });
      const created = await existing(tx, inserted.username, 'username');
      note.summary = { after: summaryOf(created) };
      return publicView(created);
    },
  );
  return { account, oneTimePassword };
}

export interface AccountChanges {
  username: string;
  displayName?: string | null;
  role?: string | null;
  region?: string | null;
  disabled?: boolean | null;
}

export async function updateAccount(
  db: Db,
  context: AuditContext,
  changes: AccountChanges,
): Promise<AccountModel> {
  const username = normaliseUsername(changes.username);
  return await audited(db, context, 'updateAccount', `account:${username}`, async (tx, note) => {
    requireRole(context.actor, ['ADMIN'], '管理账户 manage accounts');
    note.summary = { request: changes };
    const before = await existing(tx, username, 'username');
    const role = changes.role ? checkedRole(changes.role) : before.role;
    const regionChanged = changes.region !== undefined || role !== before.role;
    if (
      changes.disabled === true &&
      context.actor.kind === 'account' &&
      context.actor.accountId === before.id
    )
      throw new InputError(
        'SELF_DISABLE',
        'disabled',
        '不能停用自己的账户。You cannot disable your own account.',
      );
    await accountsRepo.updateAccount(tx, before.id, {
      displayName: displayNameOf(changes.displayName, before.displayName),
      role,
      regionId: regionChanged
        ? await regionFor(tx, role, changes.region ?? before.regionName)
        : before.regionId,
      disabledAt:
        changes.disabled === undefined || changes.disabled === null
          ? before.disabledAt
          : changes.disabled
            ? (before.disabledAt ?? context.now.toISOString())
            : null,
    });
    const after = await existing(tx, username, 'username');
    // A disabled account, or one whose rights changed, signs in again.
    if (after.disabledAt || after.role !== before.role || after.regionId !== before.regionId)
      await accountsRepo.deleteSessionsOf(tx, before.id);
    // Tokens are for analysts and admins: a role that may not hold one loses them.
    if (!TOKEN_ROLES.includes(after.role))
      await accountsRepo.revokeTokensOf(tx, before.id, context.now.toISOString());
    note.summary = { before: summaryOf(before), after: summaryOf(after) };
    return publicView(after);
  });
}

/** A new one-time password for someone who forgot theirs; their sessions end, their tokens are revoked. */
export async function resetPassword(
  db: Db,
  context: AuditContext,
  username: string,
): Promise<string> {
  const oneTime = generatePassword();
  const passwordHash = await hashPassword(oneTime);
  await audited(
    db,
    context,
    'resetPassword',
    `account:${normaliseUsername(username)}`,
    async (tx) => {
      requireRole(context.actor, ['ADMIN'], '管理账户 manage accounts');
      const account = await existing(tx, username, 'username');
      await accountsRepo.updateAccount(tx, account.id, { passwordHash, mustChangePassword: true });
      await accountsRepo.deleteSessionsOf(tx, account.id);
      await accountsRepo.revokeTokensOf(tx, account.id, context.now.toISOString());
    },
  );
  return oneTime;
}

/**
 * The signed-in person replaces their own password (a one-time one included). Guesses at the
 * current password are limited like sign-ins (counted before the hash); a change ends the
 * account's other sessions and revokes its API tokens (a thief's copies stop working).
 */
export async function changeOwnPassword(
  db: Db,
  context: AuditContext,
  current: string,
  next: string,
): Promise<void> {
  const { actor } = context;
  const account =
    actor.kind === 'account' ? await accountsRepo.accountByUsername(db, actor.username) : undefined;
  const limiter = new DatabaseLoginLimiter(db);
  const scopes = account ? passwordChangeScopes(account.id) : [];
  const wait = account ? await limiter.reserve(scopes, context.now.getTime()) : 0;
  if (wait > 0)
    return await audited(db, context, 'changePassword', `account:${actorName(actor)}`, () => {
      throw new InputError(
        'TOO_MANY_ATTEMPTS',
        'currentPassword',
        `尝试次数过多，请 ${Math.ceil(wait / 60_000)} 分钟后再试。Too many attempts; try again in ${Math.ceil(wait / 60_000)} minutes.`,
      );
    });
  // No password is longer than the limit, so a longer one is wrong without hashing it.
  const currentOk =
    account && current.length <= MAX_PASSWORD_LENGTH
      ? await verifyPassword(current, account.passwordHash)
      : false;
  if (currentOk)
    await limiter.succeeded(
      scopes,
      scopes.map((s) => s.scope),
    );
  const problem =
    passwordProblem(next) ??
    (next === current ? '新密码不能与原密码相同。The new password must differ.' : null);
  const passwordHash = currentOk && !problem ? await hashPassword(next) : '';
  await audited(db, context, 'changePassword', `account:${actorName(actor)}`, async (tx) => {
    if (!account)
      throw new InputError(
        'FORBIDDEN',
        '',
        '只有登录账户能修改密码。Only a signed-in account has a password.',
      );
    if (!currentOk)
      throw new InputError(
        'PASSWORD_WRONG',
        'currentPassword',
        '原密码不正确。The current password is wrong.',
      );
    if (problem) throw new InputError('PASSWORD_WEAK', 'newPassword', problem);
    await accountsRepo.updateAccount(tx, account.id, { passwordHash, mustChangePassword: false });
    const keep =
      actor.kind === 'account' && actor.via === 'session' ? (actor.sessionHash ?? null) : null;
    await accountsRepo.deleteOtherSessionsOf(tx, account.id, keep);
    await accountsRepo.revokeTokensOf(tx, account.id, context.now.toISOString());
  });
}

/** The signed-in account. */
export async function currentAccount(db: Db, actor: Actor): Promise<AccountModel> {
  if (actor.kind !== 'account')
    throw new InputError('UNAUTHENTICATED', '', '未登录。Not signed in.');
  return publicView(await existing(db, actor.username, 'username'));
}

export async function listAccounts(db: Db, actor: Actor): Promise<AccountModel[]> {
  requireRole(actor, ['ADMIN'], '查看账户 list accounts');
  return (await accountsRepo.listAccounts(db)).map(publicView);
}

/**
 * On a database without accounts, creates `admin`: with ADMIN_PASSWORD when set, else with
 * a one-time password returned here to be printed once. Null when accounts exist.
 */
export async function ensureFirstAdmin(
  db: Db,
  context: AuditContext,
  password: string | undefined,
): Promise<{ username: string; oneTimePassword: string | null } | null> {
  if ((await accountsRepo.countAccounts(db)) > 0) return null;
  const { account, oneTimePassword } = await createAccount(db, context, {
    username: 'admin',
    displayName: '系统管理员',
    role: 'ADMIN',
    password: password || null,
  });
  return { username: account.username, oneTimePassword };
}
