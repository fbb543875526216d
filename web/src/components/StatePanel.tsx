/** Loading, error and empty states, the same everywhere. */
import type { ReactNode } from 'react';
import type { ApiError } from '../lib/graphql.ts';
import { defineMessages, useMessages } from '../lib/i18n.ts';

const messages = defineMessages({
  zh: { loading: '正在加载…', error: '加载失败', empty: '暂无数据', retry: '重试' },
  en: { loading: 'Loading…', error: 'Could not load', empty: 'No data yet', retry: 'Retry' },
});

interface Props<T> {
  loading: boolean;
  error: ApiError | null;
  data: T | null;
  /** Whether the loaded data counts as empty. */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}

export function StatePanel<T>({
  loading,
  error,
  data,
  isEmpty,
  emptyText,
  onRetry,
  children,
}: Props<T>) {
  const t = useMessages(messages);
  if (error) {
    return (
      <div className="state state-error" role="alert">
        <strong>{t.error}</strong> {error.message}
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        )}
      </div>
    );
  }
  if (data === null) {
    return (
      <div className="state" aria-busy={loading}>
        {t.loading}
      </div>
    );
  }
  if (isEmpty?.(data)) return <div className="state">{emptyText ?? t.empty}</div>;
  return <>{children(data)}</>;
}
