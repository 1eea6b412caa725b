import { describe, expect, it } from 'vitest';
import { insertItem, moveItem, removeItem } from '@/lib/sandbox';

describe('editing the block list', () => {
  it('moves up and down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('removes and inserts without touching the rest', () => {
    const list = ['a', 'b', 'c'];
    expect(removeItem(list, 1)).toEqual(['a', 'c']);
    expect(insertItem(list, 1, 'x')).toEqual(['a', 'x', 'b', 'c']);
    expect(insertItem(list, 99, 'x')).toEqual(['a', 'b', 'c', 'x']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
