import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/index.js';
import { storageKey } from '../../src/core/persistence.js';
import type { ExerciseId } from '../../src/core/types.js';
import { widgets } from '../../src/registry.js';
import { button, findButton, recordEvents } from '../helpers/harness.js';
import { captureWarnings } from '../helpers/warnings.js';
import { contractFixtures, type ContractFixture, type Widget } from './fixtures.js';

/**
 * The contract every exercise element keeps (CONTRACT.md), run for each widget of the registry:
 * value get/set and validation, reset, persistence and Start over, form association (name, required,
 * reset, back/forward restore), and the event envelopes with their version.
 */
async function create(tag: string, fix: ContractFixture<ExerciseId>, extra: Record<string, string> = {}): Promise<Widget> {
  const stage = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries({ ...fix.attributes, ...extra })) el.setAttribute(name, value);
  stage.append(el);
  await el.updateComplete;
  return el;
}

for (const { tag, exercise } of widgets) {
  if (exercise === 'flow') continue; // the flow holds exercises: test/flow/ covers its contract
  const fix = contractFixtures[exercise] as ContractFixture<ExerciseId>;

  describe(`contract: <${tag}>`, () => {
    afterEach(() => localStorage.clear());

    it('value: a copy of the data, settable with valid data; invalid data is ignored with one warning', async () => {
      const el = await create(tag, fix);
      const initial = el.value as never;
      (el.value as { mutated?: boolean }).mutated = true;
      expect(el.value).to.deep.equal(initial);
      const next = fix.changed(initial);
      el.value = next;
      await el.updateComplete;
      expect(el.value).to.deep.equal(next);
      const warnings = captureWarnings();
      try {
        el.value = { nonsense: true } as never;
        el.value = 42 as never;
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain(`<${tag}>`);
      expect(el.value).to.deep.equal(next);
    });

    it('reset(): back to the initial value, and the stored draft is gone', async () => {
      const el = await create(tag, fix, { persist: 'contract' });
      const initial = el.value;
      await fix.edit(el, 'words');
      expect(localStorage.getItem(storageKey(exercise, 'contract'))).to.not.equal(null);
      el.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(initial);
      expect(localStorage.getItem(storageKey(exercise, 'contract'))).to.equal(null);
    });

    it('persist: every edit is kept under tend:v1:<exercise>:<key> and restored; nothing without persist', async () => {
      const plain = await create(tag, fix);
      await fix.edit(plain, 'not kept');
      expect(localStorage.length).to.equal(0);
      const el = await create(tag, fix, { persist: 'contract' });
      await fix.edit(el, 'kept words');
      const stored = JSON.parse(localStorage.getItem(storageKey(exercise, 'contract'))!);
      expect(stored.version).to.equal(1);
      expect(JSON.stringify(stored.data)).to.contain('kept words');
      const again = await create(tag, fix, { persist: 'contract' });
      expect(JSON.stringify(again.value)).to.contain('kept words');
    });

    it('Start over (or Remove) leaves no stored draft and tells the page; Undo brings the words back and ends the offer; typing again stores again', async () => {
      const el = await create(tag, fix, { persist: 'contract' });
      const initial = el.value;
      await fix.edit(el, 'before');
      const before = el.value;
      const changes = recordEvents<{ data: unknown }>('tend-change');
      try {
        await fix.startOver(el);
      } finally {
        changes.stop();
      }
      expect(changes.details.at(-1)?.data, 'a tend-change with what is left').to.deep.equal(el.value);
      if (exercise !== 'agreement') expect(el.value, 'back to the initial value').to.deep.equal(initial);
      const key = storageKey(exercise, 'contract');
      const stored = localStorage.getItem(key);
      if (exercise !== 'agreement') expect(stored, 'no draft after Start over').to.equal(null);
      else expect(stored).to.not.contain('Tuesday evenings');
      button(el, 'Undo', '[part~=undo]').click();
      await el.updateComplete;
      if (exercise !== 'agreement') expect(el.value).to.deep.equal(before);
      expect(localStorage.getItem(key), 'the words are kept again after Undo').to.contain('before');
      expect(findButton(el, 'Undo', '[part~=undo]'), 'no Undo after Undo').to.equal(undefined);
      await fix.startOver(el);
      await fix.edit(el, ' again');
      expect(localStorage.getItem(key), 'typing after Start over stores again').to.contain('again');
      expect(findButton(el, 'Undo', '[part~=undo]'), 'typing ends the offer to undo').to.equal(undefined);
    });

    it('form: submits under its name, resets with the form, and gets its words back on back/forward navigation', async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement(tag) as Widget;
      for (const [name, value] of Object.entries({ ...fix.attributes, name: 'exercise' })) el.setAttribute(name, value);
      form.append(el);
      await el.updateComplete;
      const initial = el.value as never;
      const next = fix.changed(initial);
      el.value = next;
      expect(new FormData(form).get('exercise')).to.equal(fix.formValue(next));
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(initial);
      // What the browser hands back after back/forward navigation is what the widget gave it.
      el.formStateRestoreCallback(JSON.stringify(next), 'restore');
      await el.updateComplete;
      expect(el.value).to.deep.equal(next);
      el.formStateRestoreCallback('{not json', 'restore');
      el.formStateRestoreCallback(JSON.stringify({ wrong: 1 }), 'restore');
      expect(el.value).to.deep.equal(next);
    });

    it('required: the form is invalid while the value is empty, and valid once it is complete', async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement(tag) as Widget;
      for (const [name, value] of Object.entries({ ...fix.attributes, name: 'exercise', required: '' })) el.setAttribute(name, value);
      form.append(el);
      await el.updateComplete;
      const empty = fix.formValue(el.value as never) === '';
      expect(el.checkValidity()).to.equal(!empty);
      expect(form.checkValidity()).to.equal(!empty);
      const complete = fix.changed(el.value as never);
      expect(fix.formValue(complete), 'the fixture’s changed value is complete').to.not.equal('');
      el.value = complete;
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('events: tend-change and tend-complete bubble, are composed, and carry { exercise, version: 1, data }', async () => {
      const changes = recordEvents('tend-change');
      const completes = recordEvents<{ exercise: string; version: number; data: unknown; completedAt: string }>('tend-complete');
      try {
        const el = await create(tag, fix);
        await fix.edit(el, 'a word');
        const change = changes.events.at(-1)!;
        expect(change.bubbles && change.composed).to.equal(true);
        expect(change.detail).to.deep.equal({ exercise, version: 1, data: el.value });
        await fix.complete(el);
        expect(completes.events).to.have.length(1);
        const done = completes.events[0]!;
        expect(done.bubbles && done.composed).to.equal(true);
        expect(done.detail.exercise).to.equal(exercise);
        expect(done.detail.version).to.equal(1);
        expect(done.detail.data).to.deep.equal(el.value);
        expect(new Date(done.detail.completedAt).toISOString()).to.equal(done.detail.completedAt);
      } finally {
        changes.stop();
        completes.stop();
      }
    });
  });
}
