import { expect, fixture, html } from '@open-wc/testing';
import { blockOf, scrollNeeded } from '../../../src/core/safety/place.js';

describe('safety: where the note goes (place.ts)', () => {
  describe('scrollNeeded', () => {
    const view = { top: 0, bottom: 800 };

    it('is 0 when the note is on the screen', () => {
      expect(scrollNeeded({ top: 300, bottom: 600 }, { top: 200 }, view)).to.equal(0);
    });

    it('shows the whole note below the field when both fit', () => {
      // Field at 500, note 520–820: scroll 28 (20 to show the note, 8 of margin).
      expect(scrollNeeded({ top: 520, bottom: 820 }, { top: 500 }, view)).to.equal(28);
    });

    it('keeps the top of the field on the screen when the whole note does not fit under it, but shows the note’s first lines', () => {
      // Field at 100, note 700–1100: showing all of it would push the field off; keep the field (scroll 92), which shows the note's first 192 px.
      expect(scrollNeeded({ top: 700, bottom: 1100 }, { top: 100 }, view)).to.equal(92);
      // Field at 20: the note's first 160 px win over the field.
      expect(scrollNeeded({ top: 780, bottom: 1100 }, { top: 20 }, view)).to.equal(148);
    });

    it('shows the top of a note taller than the screen', () => {
      expect(scrollNeeded({ top: 900, bottom: 2000 }, null, view)).to.equal(892);
    });

    it('brings a note above the screen down into it', () => {
      expect(scrollNeeded({ top: -300, bottom: -50 }, null, { top: 50, bottom: 800 })).to.equal(-358);
    });
  });

  describe('blockOf', () => {
    it("a field's frame, a button's row, a heading; never inside a list", async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <div part="field"><label for="a">A</label><textarea id="a"></textarea></div>
        <ol id="items"><li part="item"><textarea id="b"></textarea></li></ol>
        <div class="actions"><button id="done">Done</button></div>
        <h3 id="h">Summary</h3>
      </div>`);
      const q = (s: string) => root.querySelector(s)!;
      expect(blockOf(q('#a'))).to.equal(q('[part=field]'));
      expect(blockOf(q('#b'))).to.equal(q('#items'));
      expect(blockOf(q('#done'))).to.equal(q('.actions'));
      expect(blockOf(q('#h'))).to.equal(q('#h'));
    });
  });
});
