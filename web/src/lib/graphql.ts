/**
 * Talks to the product's own /graphql with typed documents from codegen (document strings,
 * so graphql-js stays out of the bundle). One small hook per query; errors a user can fix
 * carry their code.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  // Signed out (or the session ended): back to the sign-in page, then to this page again.
  if (response.status === 401) {
    const here = window.location.pathname + window.location.search;
    window.location.assign(`/login?next=${encodeURIComponent(here)}`);
  }
  const body = (await response.json()) as {
    data?: TResult | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? null);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, null);
  return body.data;
}

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query whenever its variables change; `skip` waits until they are known. Data belongs
 * to the variables it was fetched with: after a change, `data` is null until the new answer
 * arrives, so a view never shows one region's figures under another's name.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; data: TResult | null; error: ApiError | null }>(
    {
      key: '',
      data: null,
      error: null,
    },
  );
  const [generation, setGeneration] = useState(0);
  const [loading, setLoading] = useState(!options.skip);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  useEffect(() => {
    if (options.skip) return;
    let live = true;
    setLoading(true);
    request(document, JSON.parse(key) as TVariables).then(
      (data) => {
        if (!live) return;
        setState({ key, data, error: null });
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setState({
          key,
          data: null,
          error: e instanceof ApiError ? e : new ApiError(String(e), null),
        });
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [document, key, generation, options.skip]);
  const current = state.key === key;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: loading || !current,
    refetch,
  };
}
