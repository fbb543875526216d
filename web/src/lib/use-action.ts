/** Runs a user's action (a mutation or two), keeps its error to show, and refreshes after it. */
import { useState } from 'react';
import { ApiError } from './graphql.ts';

export function useAction(afterwards: () => void) {
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      afterwards();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return { error, run };
}
