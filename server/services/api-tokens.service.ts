/**
 * Personal API tokens for scripts (`Authorization: Bearer fea_…`): created by analysts and
 * admins, shown once, revocable by their owner (or an admin). Only a hash is stored.
 */
import type { Db } from '../db/connection.ts';
import { newApiToken, secretHash } from '../auth/secrets.ts';
import * as accountsRepo from '../repositories/accounts.repo.ts';
import type { ApiTokenRow } from '../repositories/accounts.repo.ts';
import type { Actor } from './actor.ts';
import { audited, type AuditContext } from './audit.service.ts';
import { ForbiddenError, requireRole } from './authorization.ts';
import { idArgument } from './documents.service.ts';
import { InputError } from './errors.ts';

export type ApiTokenModel = Omit<ApiTokenRow, 'tokenHash'>;

function publicView({ tokenHash: _hidden, ...rest }: ApiTokenRow): ApiTokenModel {
  return rest;
}

function accountIdOf(actor: Actor): number {
  if (actor.kind !== 'account')
    throw new ForbiddenError('', '令牌属于登录账户。Tokens belong to signed-in accounts.');
  return actor.accountId;
}

export async function createApiToken(
  db: Db,
  context: AuditContext,
  name: string,
): Promise<{ token: string; record: ApiTokenModel }> {
  const token = newApiToken();
  const record = await audited(
    db,
    context,
    'createApiToken',
    `token:${name.slice(0, 60)}`,
    async (tx, note) => {
      requireRole(context.actor, ['ANALYST', 'ADMIN'], '创建 API 令牌 create API tokens');
      const accountId = accountIdOf(context.actor);
      const trimmed = name.trim();
      if (trimmed.length === 0 || trimmed.length > 60)
        throw new InputError(
          'NAME_INVALID',
          'name',
          '令牌名称为 1–60 个字符。A token name has 1–60 characters.',
        );
      const row = await accountsRepo.insertApiToken(tx, {
        accountId,
        name: trimmed,
        tokenHash: secretHash(token),
        prefix: token.slice(0, 10),
        createdAt: context.now.toISOString(),
      });
      note.object = `token:${row.id}`;
      note.summary = { after: { name: row.name, prefix: row.prefix } };
      return publicView(row);
    },
  );
  return { token, record };
}

export async function revokeApiToken(
  db: Db,
  context: AuditContext,
  written: string,
): Promise<ApiTokenModel> {
  return await audited(
    db,
    context,
    'revokeApiToken',
    `token:${written.slice(0, 20)}`,
    async (tx, note) => {
      const accountId = accountIdOf(context.actor);
      const id = idArgument(written, 'id') ?? 0;
      const row = await accountsRepo.tokenById(tx, id);
      if (!row)
        throw new InputError('TOKEN_NOT_FOUND', 'id', `没有编号为 ${id} 的令牌。No token ${id}.`);
      const isAdmin = context.actor.kind === 'account' && context.actor.role === 'ADMIN';
      if (row.accountId !== accountId && !isAdmin)
        throw new ForbiddenError('id', '只能撤销自己的令牌。You may only revoke your own tokens.');
      const revokedAt = row.revokedAt ?? context.now.toISOString();
      await accountsRepo.revokeToken(tx, id, revokedAt);
      note.summary = { before: { revokedAt: row.revokedAt }, after: { revokedAt } };
      return publicView({ ...row, revokedAt });
    },
  );
}

export async function myApiTokens(db: Db, actor: Actor): Promise<ApiTokenModel[]> {
  if (actor.kind !== 'account') return [];
  return (await accountsRepo.tokensOf(db, actor.accountId)).map(publicView);
}
