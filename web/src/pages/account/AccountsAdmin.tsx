/** Admins manage accounts: create (one-time password shown once), disable/enable, reset a password. */
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql/gql.ts';
import type { Role } from '../../gql/graphql.ts';
import { StatePanel } from '../../components/StatePanel.tsx';
import { roleLabel } from '../../lib/account.ts';
import { request, useQuery } from '../../lib/graphql.ts';
import { useAction } from '../../lib/use-action.ts';
import { fill, useLang, useMessages } from '../../lib/i18n.ts';
import { accountMessages } from './messages.ts';
import { formText } from '../../lib/form.ts';

const AccountsQuery = graphql(`
  query AccountList {
    accounts {
      username
      displayName
      role
      region {
        name
      }
      disabled
      mustChangePassword
    }
  }
`);

const CreateMutation = graphql(`
  mutation CreateAccount($input: NewAccountInput!) {
    createAccount(input: $input) {
      account {
        username
      }
      oneTimePassword
    }
  }
`);

const UpdateMutation = graphql(`
  mutation SetAccountDisabled($input: AccountChangesInput!) {
    updateAccount(input: $input) {
      username
    }
  }
`);

const ResetMutation = graphql(`
  mutation ResetPassword($username: String!) {
    resetPassword(username: $username)
  }
`);

const ROLES: Role[] = ['COUNTY', 'LEADER', 'ANALYST', 'ADMIN'];

export function AccountsAdmin() {
  const t = useMessages(accountMessages);
  const lang = useLang();
  const accounts = useQuery(AccountsQuery, {});
  const [secret, setSecret] = useState<{ username: string; password: string } | null>(null);
  const { error, run: act } = useAction(accounts.refetch);
  const create = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formElement = e.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => formText(form, name).trim();
    void act(async () => {
      const { createAccount } = await request(CreateMutation, {
        input: {
          username: text('username'),
          displayName: text('displayName') || null,
          role: text('role') as Role,
          region: text('region') || null,
        },
      });
      setSecret({
        username: createAccount.account.username,
        password: createAccount.oneTimePassword ?? '',
      });
      formElement.reset();
    });
  };
  return (
    <section className="panel" aria-labelledby="accounts-title">
      <h3 id="accounts-title">{t.accountsTitle}</h3>
      <form className="account-inline-form" onSubmit={create} aria-label={t.newAccount}>
        <label>
          {t.username}
          <input name="username" required pattern="[a-z0-9][a-z0-9._\-]{1,39}" />
        </label>
        <label>
          {t.displayName}
          <input name="displayName" />
        </label>
        <label>
          {t.role}
          <select name="role" defaultValue="COUNTY">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.region}
          <input name="region" />
        </label>
        <button type="submit">{t.newAccount}</button>
      </form>
      {secret && (
        <p className="new-secret" role="status" data-testid="one-time-password">
          {fill(t.oneTime, secret)}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <StatePanel
        loading={accounts.loading}
        error={accounts.error}
        data={accounts.data?.accounts ?? null}
      >
        {(list) => (
          <table className="data">
            <thead>
              <tr>
                <th>{t.username}</th>
                <th>{t.displayName}</th>
                <th>{t.role}</th>
                <th>{t.region}</th>
                <th>{t.state}</th>
                <th>{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.username}>
                  <td>{a.username}</td>
                  <td>{a.displayName}</td>
                  <td>{roleLabel(a.role, lang)}</td>
                  <td>{a.region?.name ?? '—'}</td>
                  <td>
                    {a.disabled ? t.disabled : a.mustChangePassword ? t.mustChange : t.working}
                  </td>
                  <td className="account-actions">
                    <button
                      type="button"
                      onClick={() =>
                        void act(async () => {
                          await request(UpdateMutation, {
                            input: { username: a.username, disabled: !a.disabled },
                          });
                        })
                      }
                    >
                      {a.disabled ? t.enable : t.disable}
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        void act(async () => {
                          const { resetPassword } = await request(ResetMutation, {
                            username: a.username,
                          });
                          setSecret({ username: a.username, password: resetPassword });
                        })
                      }
                    >
                      {t.reset}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </StatePanel>
    </section>
  );
}
