import { describe, expect, it } from 'vitest';
import { breakdown } from './heap-breakdown';

describe('breakdown', () => {
  it('sums code nodes apart from every other node', () => {
    const snapshot = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size'],
          node_types: [['hidden', 'array', 'object', 'code', 'native'] as string[]] as [string[]],
        },
      },
      // type, name, id, self_size per node
      nodes: [2, 0, 1, 100, 3, 0, 2, 40, 3, 0, 3, 2, 4, 0, 4, 7, 1, 0, 5, 5],
    };
    expect(breakdown(snapshot)).toEqual({ codeBytes: 42, objectBytes: 112 });
  });
});
