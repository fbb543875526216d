/** The signed-in account, known to every page (the app shell asks for it once). */
import { createContext, useContext } from 'react';
import type { Role } from '../gql/graphql.ts';
import type { Lang } from './format.ts';

export interface CurrentAccount {
  username: string;
  displayName: string;
  role: Role;
  /** A COUNTY account's region. */
  region: string | null;
}

export const AccountContext = createContext<CurrentAccount | null>(null);

export function useAccount(): CurrentAccount {
  const account = useContext(AccountContext);
  if (!account) throw new Error('useAccount outside the signed-in app');
  return account;
}

const ROLE_LABELS: Record<Role, Record<Lang, string>> = {
  ADMIN: { zh: '管理员', en: 'Administrator' },
  LEADER: { zh: '领导', en: 'Leader' },
  ANALYST: { zh: '分析人员', en: 'Analyst' },
  COUNTY: { zh: '县市填报', en: 'County filer' },
};

export function roleLabel(role: Role, lang: Lang): string {
  return ROLE_LABELS[role][lang];
}

/** The explorer is for analysts and admins (the server refuses the others too). */
export const mayUseExplorer = (role: Role) => role === 'ANALYST' || role === 'ADMIN';
