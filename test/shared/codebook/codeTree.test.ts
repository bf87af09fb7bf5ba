import { describe, expect, test } from 'vitest';
import { codeTree, descendantIds, inTreeOrder } from '../../../shared/codebook/codeTree';
import { code } from './fixtures';

describe('the code tree', () => {
  const codes = [
    code('m', 'metric', null, 2),
    code('e', 'economy', 'f', 1),
    code('f', 'framing', null, 0),
    code('j', 'jobs', 'e', 0),
    code('s', 'security', 'f', 0),
    code('p', 'pledge', null, 1),
  ];

  test('lists parents before their children, siblings by order, depth first', () => {
    expect(codeTree(codes).map((e) => [e.code.name, e.depth])).toEqual([
      ['framing', 0],
      ['security', 1],
      ['economy', 1],
      ['jobs', 2],
      ['pledge', 0],
      ['metric', 0],
    ]);
  });

  test('siblings with the same order come out by name, the same way every time', () => {
    expect(inTreeOrder([code('b', 'beta', null, 0), code('a', 'alpha', null, 0)]).map((c) => c.name)).toEqual(['alpha', 'beta']);
  });

  test('a code whose parent is gone, or that sits in a cycle, is shown at the top level, not lost', () => {
    const broken = [code('a', 'a', 'b', 0), code('b', 'b', 'a', 0), code('o', 'orphan', 'gone', 5), code('r', 'root', null, 1)];
    const tree = codeTree(broken);
    expect(tree.map((e) => e.code.id).sort()).toEqual(['a', 'b', 'o', 'r']);
    expect(tree.find((e) => e.code.id === 'o')).toMatchObject({ depth: 0, parentId: null });
  });

  test("a code's descendants are its whole subtree", () => {
    expect(descendantIds(codes, 'f')).toEqual(['s', 'e', 'j']);
    expect(descendantIds(codes, 'j')).toEqual([]);
  });
});
