import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { dateInput } from '../../src/core/field.js';

/** The agreement's "Agreed on" and the repair's follow-up share this field. */
describe('dateInput (a field control)', () => {
  const mount = (value: string | null) => {
    const reported: (string | null)[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    render(dateInput('day', value, (date) => reported.push(date))({ describedBy: 'day-hint', invalid: nothing }), host);
    return { input: host.querySelector('input')!, reported, host };
  };
  const fire = (input: HTMLInputElement, badInput = false) => {
    if (badInput) Object.defineProperty(input, 'validity', { value: { badInput: true }, configurable: true });
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('shows the day kept, and is described by the hint', () => {
    const { input, host } = mount('2026-12-14');
    expect(input.type).to.equal('date');
    expect(input.value).to.equal('2026-12-14');
    expect(input.getAttribute('aria-describedby')).to.equal('day-hint');
    host.remove();
  });

  it('reports a whole date, and null once emptied', () => {
    const { input, reported, host } = mount(null);
    input.value = '2027-01-05';
    fire(input);
    input.value = '';
    fire(input);
    expect(reported).to.deep.equal(['2027-01-05', null]);
    host.remove();
  });

  it('keeps the day while a date is half typed (no value yet, but not empty), and does not write it back over the typing', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const reported: (string | null)[] = [];
    const show = (value: string | null) => render(dateInput('day', value, (date) => reported.push(date))({ describedBy: nothing, invalid: nothing }), host);
    show('2026-12-14');
    const input = host.querySelector('input')!;
    input.value = '';
    fire(input, true);
    expect(reported).to.deep.equal([]);
    // Another change re-renders the widget meanwhile: the half-typed field is left as it is.
    show('2026-12-14');
    expect(input.value).to.equal('');
    host.remove();
  });

  it('takes no describedby when there is nothing to describe it', () => {
    const host = document.createElement('div');
    render(dateInput('day', null, () => {})({ describedBy: nothing, invalid: nothing }), host);
    expect(host.querySelector('input')!.hasAttribute('aria-describedby')).to.equal(false);
  });
});
