import { describe, expect, it } from 'vitest';
import { graphShape, layoutGraph, type GraphNode } from './graph-layout';

const node = (name: string, ...inbound: string[]): GraphNode => ({ name, inbound });
const residual = [
  node('in'),
  node('dense', 'in'),
  node('dense_1', 'dense'),
  node('add', 'dense', 'dense_1'),
  node('out', 'add'),
];

describe('layoutGraph', () => {
  it('puts each layer one row below its deepest input', () => {
    const l = layoutGraph(residual);
    expect(l.nodes.map((n) => [n.name, n.depth, n.slot])).toEqual([
      ['in', 0, 0],
      ['dense', 1, 0],
      ['dense_1', 2, 0],
      ['add', 3, 0],
      ['out', 4, 0],
    ]);
    expect(l.edges).toEqual([
      { from: 'in', to: 'dense' },
      { from: 'dense', to: 'dense_1' },
      { from: 'dense', to: 'add' },
      { from: 'dense_1', to: 'add' },
      { from: 'add', to: 'out' },
    ]);
    expect([l.depths, l.width]).toEqual([5, 1]);
  });

  it('sets branches side by side in the order given', () => {
    const l = layoutGraph([
      node('a'),
      node('b'),
      node('left', 'a'),
      node('right', 'b'),
      node('mid', 'a'),
      node('cat', 'left', 'right', 'mid'),
    ]);
    expect(l.nodes.map((n) => `${n.name}@${n.depth}.${n.slot}`)).toEqual([
      'a@0.0',
      'b@0.1',
      'left@1.0',
      'right@1.1',
      'mid@1.2',
      'cat@2.0',
    ]);
    expect([l.depths, l.width]).toEqual([3, 3]);
  });

  it('ignores unknown inputs and repeated ones, and ends on a cycle', () => {
    const l = layoutGraph([node('a', 'elsewhere'), node('b', 'a', 'a', 'c'), node('c', 'b')]);
    expect(l.edges).toEqual([
      { from: 'a', to: 'b' },
      { from: 'c', to: 'b' },
      { from: 'b', to: 'c' },
    ]);
    // c is reached first from b, while b is on the path: that edge is not followed.
    expect(l.nodes.map((n) => n.depth)).toEqual([0, 1, 0]);
    expect(layoutGraph([])).toEqual({ nodes: [], edges: [], depths: 0, width: 0 });
  });
});

describe('graphShape', () => {
  it('names what makes a graph more than a stack', () => {
    expect(graphShape(residual)).toEqual({
      kind: 'skip',
      layer: 'add',
      from: ['dense', 'dense_1'],
    });
    expect(graphShape([node('in'), node('a', 'in'), node('b', 'in'), node('m', 'a', 'b')])).toEqual(
      { kind: 'merge', layer: 'm', from: ['a', 'b'] },
    );
    expect(graphShape([node('x'), node('y'), node('c', 'x', 'y')])).toEqual({
      kind: 'inputs',
      names: ['x', 'y'],
    });
    expect(graphShape([node('in'), node('a', 'in'), node('b', 'in')])).toEqual({
      kind: 'branch',
      layer: 'in',
    });
    expect(graphShape([node('in'), node('a', 'in'), node('b', 'a')])).toBeNull();
  });
});
