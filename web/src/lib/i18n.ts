/**
 * Chinese first, English second. Each page keeps its own messages ({ zh, en } with the same
 * keys, checked by the type); `useMessages` picks the set for the language in the URL.
 */
import { useUrlState } from './url-state.ts';
import type { Lang } from './format.ts';

export type Messages<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

export function useLang(): Lang {
  return useUrlState().lang;
}

export function useMessages<K extends string>(messages: Messages<K>): Record<K, string> {
  return messages[useLang()];
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
