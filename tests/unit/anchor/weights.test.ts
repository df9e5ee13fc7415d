import { describe, expect, it } from 'vitest';
import { TUNED, WEIGHTS } from '../../../utils/anchor/model/weights';

describe('the weights table', () => {
  it('holds no more than 15 tuned constants, every one a finite number', () => {
    const values = Object.values(TUNED);
    expect(values.length).toBeLessThanOrEqual(15);
    for (const v of values) expect(Number.isFinite(v)).toBe(true);
  });
  it('has non-negative weights, a threshold in (0, 1) and a positive margin', () => {
    for (const k of ['quote', 'prefix', 'suffix', 'distance', 'uniqueness'] as const)
      expect(WEIGHTS[k]).toBeGreaterThanOrEqual(0);
    expect(WEIGHTS.threshold).toBeGreaterThan(0);
    expect(WEIGHTS.threshold).toBeLessThan(1);
    expect(WEIGHTS.margin).toBeGreaterThan(0);
  });
});
