/** /account: who I am, my password, my API tokens (analysts, admins) and, for admins, all accounts. */
import { roleLabel, useAccount } from '../../lib/account.ts';
import { useLang, useMessages } from '../../lib/i18n.ts';
import { AccountsAdmin } from './AccountsAdmin.tsx';
import { ApiTokens } from './ApiTokens.tsx';
import { accountMessages } from './messages.ts';
import { PasswordForm } from './PasswordForm.tsx';
import './account.css';

export function AccountPage() {
  const t = useMessages(accountMessages);
  const lang = useLang();
  const account = useAccount();
  return (
    <div className="account-page">
      <h2>{t.title}</h2>
      <dl className="panel account-facts">
        <dt>{t.username}</dt>
        <dd>{account.username}</dd>
        <dt>{t.displayName}</dt>
        <dd>{account.displayName}</dd>
        <dt>{t.role}</dt>
        <dd>{roleLabel(account.role, lang)}</dd>
        {account.region && (
          <>
            <dt>{t.region}</dt>
            <dd>{account.region}</dd>
          </>
        )}
      </dl>
      <PasswordForm />
      {(account.role === 'ANALYST' || account.role === 'ADMIN') && <ApiTokens />}
      {account.role === 'ADMIN' && <AccountsAdmin />}
    </div>
  );
}
