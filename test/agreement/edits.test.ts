import { expect } from '@open-wc/testing';
import { addItem, editItem, insertItem, moveItem, neighbourOf, parseNames, removeItem, type SectionState } from '../../src/agreement/edits.js';

const section = (id: string, texts: string[], firstKey = 0): SectionState => ({
  id,
  builtIn: false,
  title: id,
  prompt: '',
  examples: [],
  items: texts.map((text, i) => ({ key: firstKey + i, text })),
});
const texts = (sections: readonly SectionState[], i: number) => sections[i]!.items.map((item) => item.text);

describe('agreement edits (pure)', () => {
  const start = [section('time', ['a', 'b', 'c']), section('boundaries', ['x'], 10)];

  it('adds, edits, removes and puts back, leaving the input and the other sections untouched', () => {
    const added = addItem(start, 0, { key: 3, text: 'd' });
    expect(texts(added, 0)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(added[1]).to.equal(start[1]);
    expect(texts(start, 0)).to.deep.equal(['a', 'b', 'c']);
    expect(texts(editItem(start, 0, 1, 'B'), 0)).to.deep.equal(['a', 'B', 'c']);
    const removed = removeItem(start, 0, 1);
    expect(texts(removed, 0)).to.deep.equal(['a', 'c']);
    expect(texts(insertItem(removed, 0, 1, start[0]!.items[1]!), 0)).to.deep.equal(['a', 'b', 'c']);
  });

  it('moves an item up or down, and not past either end', () => {
    expect(texts(moveItem(start, 0, 0, 1)!, 0)).to.deep.equal(['b', 'a', 'c']);
    expect(texts(moveItem(start, 0, 2, -1)!, 0)).to.deep.equal(['a', 'c', 'b']);
    expect(moveItem(start, 0, 0, -1)).to.equal(null);
    expect(moveItem(start, 0, 2, 1)).to.equal(null);
    expect(moveItem(start, 5, 0, 1)).to.equal(null);
  });

  it('finds the neighbour that takes focus after a removal', () => {
    const items = start[0]!.items;
    expect(neighbourOf(items, 0)?.text).to.equal('b');
    expect(neighbourOf(items, 2)?.text).to.equal('b');
    expect(neighbourOf([items[0]!], 0)).to.equal(undefined);
  });

  it('reads names from a comma-separated list', () => {
    expect(parseNames(' Alex, ,Sam ,')).to.deep.equal(['Alex', 'Sam']);
  });
});
