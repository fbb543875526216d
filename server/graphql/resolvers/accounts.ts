import type { Resolvers } from '../generated/resolvers-types.ts';
import {
  changeOwnPassword,
  createAccount,
  currentAccount,
  listAccounts,
  resetPassword,
  updateAccount,
} from '../../services/accounts.service.ts';
import { createApiToken, myApiTokens, revokeApiToken } from '../../services/api-tokens.service.ts';
import { listAudit } from '../../services/audit.service.ts';
import { regionOf } from './shared.ts';

export const accountResolvers: Resolvers = {
  Query: {
    me: (_, __, { db, actor }) => currentAccount(db, actor),
    accounts: (_, __, { db, actor }) => listAccounts(db, actor),
    myApiTokens: (_, __, { db, actor }) => myApiTokens(db, actor),
    auditLog: (_, args, { db, actor }) => listAudit(db, actor, args),
  },
  Mutation: {
    createAccount: (_, { input }, { db, actor, now }) => createAccount(db, { actor, now }, input),
    updateAccount: (_, { input }, { db, actor, now }) => updateAccount(db, { actor, now }, input),
    resetPassword: (_, { username }, { db, actor, now }) =>
      resetPassword(db, { actor, now }, username),
    changePassword: async (_, { currentPassword, newPassword }, { db, actor, now }) => {
      await changeOwnPassword(db, { actor, now }, currentPassword, newPassword);
      return true;
    },
    createApiToken: async (_, { name }, { db, actor, now }) => {
      const { token, record } = await createApiToken(db, { actor, now }, name);
      return { token, apiToken: record };
    },
    revokeApiToken: (_, { id }, { db, actor, now }) => revokeApiToken(db, { actor, now }, id),
  },
  Account: {
    region: async (a, _, { loaders }) =>
      a.regionId === null ? null : await regionOf(loaders, a.regionId),
    disabled: (a) => a.disabledAt !== null,
  },
  ApiToken: {
    id: (t) => String(t.id),
  },
  AuditEntry: {
    id: (e) => String(e.id),
    summary: (e) => JSON.stringify(e.summary),
  },
};
