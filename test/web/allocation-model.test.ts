import { describe, expect, it } from 'vitest';
import { daysLate, daysText, messageIn } from '../../web/src/pages/allocation/allocation-model.ts';

const t = { daysTaken: '{n}天', waiting: '已等待{n}天' };

describe('the 资金分配 view model', () => {
  it('shows the days still waiting before the days taken', () => {
    expect(daysText({ daysToAllocate: 25, daysWaiting: null }, t)).toBe('25天');
    expect(daysText({ daysToAllocate: 25, daysWaiting: 171 }, t)).toBe('已等待171天');
    expect(daysText({ daysToAllocate: null, daysWaiting: null }, t)).toBe('—');
  });

  it('marks days over the limit', () => {
    expect(daysLate({ daysToAllocate: 30, daysWaiting: null }, 30)).toBe(false);
    expect(daysLate({ daysToAllocate: 31, daysWaiting: null }, 30)).toBe(true);
    expect(daysLate({ daysToAllocate: null, daysWaiting: 171 }, 30)).toBe(true);
  });

  it('shows a warning in the language chosen', () => {
    const message = '已下达未分配：阿勒泰地区 · allocated but not passed on: 阿勒泰地区';
    expect(messageIn(message, 'zh')).toBe('已下达未分配：阿勒泰地区');
    expect(messageIn(message, 'en')).toBe('allocated but not passed on: 阿勒泰地区');
    expect(messageIn('只有中文', 'en')).toBe('只有中文');
  });
});
