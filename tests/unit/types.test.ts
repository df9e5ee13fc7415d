import { describe, expect, it } from 'vitest';

describe('scaffold', () => {
  it('runs', () => expect(1 + 1).toBe(2));
});
