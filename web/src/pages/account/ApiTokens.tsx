/** An analyst's (or admin's) API tokens: create one (shown once), see when each was used, revoke. */
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql/gql.ts';
import { StatePanel } from '../../components/StatePanel.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { request, useQuery } from '../../lib/graphql.ts';
import { useAction } from '../../lib/use-action.ts';
import { useLang, useMessages } from '../../lib/i18n.ts';
import { accountMessages } from './messages.ts';
import { formText } from '../../lib/form.ts';

const TokensQuery = graphql(`
  query MyApiTokens {
    myApiTokens {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateMutation = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
    }
  }
`);

const RevokeMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
    }
  }
`);

export function ApiTokens() {
  const t = useMessages(accountMessages);
  const lang = useLang();
  const tokens = useQuery(TokensQuery, {});
  const [created, setCreated] = useState<string | null>(null);
  const { error, run: act } = useAction(tokens.refetch);
  const create = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formElement = e.currentTarget;
    const name = formText(new FormData(formElement), 'name');
    void act(async () => {
      const { createApiToken } = await request(CreateMutation, { name });
      setCreated(createApiToken.token);
      formElement.reset();
    });
  };
  return (
    <section className="panel" aria-labelledby="tokens-title">
      <h3 id="tokens-title">{t.tokensTitle}</h3>
      <p className="hint">{t.tokensHint}</p>
      <form className="account-inline-form" onSubmit={create}>
        <label>
          {t.tokenName}
          <input name="name" required maxLength={60} />
        </label>
        <button type="submit">{t.create}</button>
      </form>
      {created && (
        <p className="new-secret" role="status">
          {t.newToken} <code data-testid="new-token">{created}</code>
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <StatePanel
        loading={tokens.loading}
        error={tokens.error}
        data={tokens.data?.myApiTokens ?? null}
        isEmpty={(d) => d.length === 0}
        emptyText={t.none}
      >
        {(list) => (
          <table className="data">
            <thead>
              <tr>
                <th>{t.tokenName}</th>
                <th>{t.prefix}</th>
                <th>{t.created}</th>
                <th>{t.lastUsed}</th>
                <th>{t.state}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{formatDateTime(token.createdAt, lang)}</td>
                  <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, lang) : '—'}</td>
                  <td>{token.revokedAt ? t.revoked : t.active}</td>
                  <td>
                    {!token.revokedAt && (
                      <button
                        type="button"
                        onClick={() =>
                          void act(async () => {
                            await request(RevokeMutation, { id: token.id });
                          })
                        }
                      >
                        {t.revoke}
                      </button>
                    )}
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
