/** Pure shaping for the 资金分配 view: one table row per region, days as words. */

const withDays = (template: string, n: number) => template.replace('{n}', String(n));

export interface ChainFigures {
  region: { name: string; level: string };
  received: number | null;
  passedDown: number;
  kept: number;
  unallocated: number | null;
  allocationProgress: number | null;
  allocated: number;
  spent: number | null;
  spendingProgress: number | null;
  daysToAllocate: number | null;
  daysWaiting: number | null;
}

/** The days column: days taken to allocate, or days still waiting (which matters more). */
export function daysText(
  node: Pick<ChainFigures, 'daysToAllocate' | 'daysWaiting'>,
  t: { daysTaken: string; waiting: string },
): string {
  if (node.daysWaiting !== null) return withDays(t.waiting, node.daysWaiting);
  if (node.daysToAllocate !== null) return withDays(t.daysTaken, node.daysToAllocate);
  return '—';
}

/** Whether the days break the limit (shown in red). */
export function daysLate(
  node: Pick<ChainFigures, 'daysToAllocate' | 'daysWaiting'>,
  limitDays: number,
): boolean {
  return Math.max(node.daysToAllocate ?? 0, node.daysWaiting ?? 0) > limitDays;
}

/** A region that passes money on has a level below it to drill into. */
export const canDrill = (node: ChainFigures) => node.region.level !== 'COUNTY';

/**
 * A chain warning's message is written `中文 · English`: the part for the language shown (the
 * whole message when it has no English part).
 */
export function messageIn(message: string, lang: 'zh' | 'en'): string {
  const at = message.indexOf(' · ');
  if (at < 0) return message;
  return lang === 'zh' ? message.slice(0, at) : message.slice(at + 3);
}
