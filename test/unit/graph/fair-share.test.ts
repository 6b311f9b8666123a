import { describe, expect, it } from 'vitest';
import { fairShare } from '../../../src/graph/queries/network.js';

describe('fairShare', () => {
  it('splits the budget evenly when every actor has enough', () => {
    expect(fairShare([100, 100, 100, 100], 40)).toBe(10);
    expect(fairShare([Infinity, Infinity, Infinity], 10)).toBe(4);
  });

  it('gives what small actors leave to the others', () => {
    // 1 + 2 + 3c >= 30 → c = 9.
    expect(fairShare([1, 2, 50, 50, 50], 30)).toBe(9);
    expect(fairShare([0, Infinity], 7)).toBe(7);
  });

  it('is the largest count when all together have fewer edges than the budget', () => {
    expect(fairShare([3, 5, 2], 100)).toBe(5);
  });

  it('is zero for no actors or no budget', () => {
    expect(fairShare([], 10)).toBe(0);
    expect(fairShare([5], 0)).toBe(0);
  });
});
