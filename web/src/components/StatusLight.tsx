/** A coloured light with its word: the colour is never the only carrier of the meaning. */
import { defineMessages, useMessages } from '../lib/i18n.ts';

const messages = defineMessages({
  zh: {
    GREEN: '正常',
    YELLOW: '偏慢',
    RED: '滞后',
    NOT_REPORTED: '未报送',
    MET: '已完成',
    PARTIAL: '部分完成',
    NOT_MET: '未完成',
    PENDING: '待填报',
  },
  en: {
    GREEN: 'On track',
    YELLOW: 'Behind',
    RED: 'Lagging',
    NOT_REPORTED: 'Not reported',
    MET: 'Met',
    PARTIAL: 'Partly met',
    NOT_MET: 'Not met',
    PENDING: 'No result yet',
  },
});

export type Status = keyof (typeof messages)['zh'];

/** The words of the statuses, for exports. */
export function useStatusWords(): Record<Status, string> {
  return useMessages(messages);
}

export function StatusLight({ status }: { status: Status }) {
  const t = useMessages(messages);
  return <span className={`status status-${status}`}>{t[status]}</span>;
}
