/**
 * HEAP_GROWTH_PERCENT and READ_WORKER_HEAP_MB (server/config.ts): the defaults, a value taken
 * as given, and a clear error naming the variable for one out of range — below 64 MB a read
 * worker cannot load the schema and would be replaced forever.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, memorySettings } from '../../server/config.ts';

describe('memory settings', () => {
  it('defaults to 50 % heap growth and 256 MB a read worker', () => {
    expect(memorySettings({})).toEqual({ heapGrowthPercent: 50, readWorkerHeapMb: 256 });
    expect(loadConfig({}).memory).toEqual({ heapGrowthPercent: 50, readWorkerHeapMb: 256 });
  });

  it('takes whole numbers in range; a growth of 0 leaves it to V8', () => {
    expect(memorySettings({ HEAP_GROWTH_PERCENT: '100', READ_WORKER_HEAP_MB: '512' })).toEqual({
      heapGrowthPercent: 100,
      readWorkerHeapMb: 512,
    });
    expect(memorySettings({ HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
  });

  it('refuses a value out of range or not a whole number, naming the variable', () => {
    expect(() => memorySettings({ READ_WORKER_HEAP_MB: '32' })).toThrow(
      'READ_WORKER_HEAP_MB must be a whole number 64–4096, got "32"',
    );
    expect(() => memorySettings({ HEAP_GROWTH_PERCENT: '1.5' })).toThrow(
      'HEAP_GROWTH_PERCENT must be a whole number 0–300, got "1.5"',
    );
  });
});
