import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/active-listening.js';
import { deepActive, root } from '../helpers/harness.js';
import { pointer, type Widget } from './driver.js';

/**
 * What a screen reader hears through one round: every text the widget's live regions take, in order (a
 * transcript of the polite region, the only one it has). Each turn change is said once, and focus is on the
 * field (or the choice) of whoever holds the device then.
 */
function transcribe(el: Widget): { lines: string[]; stop(): void } {
  const regions = [...root(el).querySelectorAll('[aria-live]')];
  const lines: string[] = [];
  const last = new Map<Element, string>();
  const observer = new MutationObserver(() => {
    for (const region of regions) {
      const now = region.textContent!.replace(/\s+/g, ' ').trim();
      if (now && now !== last.get(region)) lines.push(now);
      last.set(region, now);
    }
  });
  for (const region of regions) observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { lines, stop: () => observer.disconnect() };
}

describe('active listening: one round as a screen reader hears it', () => {
  it('each turn change is announced once, and focus moves to the new turn', async () => {
    const el = await fixture<Widget>(html`<tend-active-listening with="Sam, Alex"></tend-active-listening>`);
    expect(root(el).querySelectorAll('[aria-live]'), 'one live region').to.have.length(1);
    const transcript = transcribe(el);
    // A person types slower than the announcer's 50 ms: anything said after an edit gets the time to be heard.
    const write = async (id: string, words: string) => {
      await pointer.type(el, id, words);
      await new Promise((resolve) => setTimeout(resolve, 200));
    };
    const said = async (line: string, focused: string) => {
      await waitUntil(() => transcript.lines.at(-1) === line, `announced: ${line} (heard: ${transcript.lines.join(' | ')})`);
      expect(deepActive()?.id, `focus after "${line}"`).to.equal(focused);
    };

    await write('said', 'I felt alone at dinner when you were on your phone.');
    await pointer.press(el, 'Pass to');
    await said('Alex, your turn: say back what you heard, before responding.', 'heard');
    await write('heard', 'You were bored at dinner.');
    await pointer.press(el, 'Check with');
    await said('Sam, is that what you meant?', 'offered');
    await pointer.press(el, 'Not quite');
    await said('Alex, have another go: what did Sam mean? Getting it right can take a few tries; that is how listening works.', 'heard');
    await pointer.clear(el, 'heard');
    await write('heard', 'You felt alone at dinner while I was on my phone.');
    await pointer.press(el, 'Check with');
    await said('Sam, is that what you meant?', 'offered');
    await pointer.press(el, "That's it");
    await said('Alex, your turn: a question, then what makes sense to you.', 'question');
    await write('question', 'What was the hardest part for you?');
    await write('validation', 'It makes sense that you felt alone, because dinner is our time.');
    await pointer.press(el, 'Swap roles');
    await said('Round 1 kept. Now Alex speaks and Sam listens.', 'said');
    // Nothing else arrives later (the announcer speaks 50 ms after it is asked).
    await new Promise((resolve) => setTimeout(resolve, 200));
    transcript.stop();

    expect(transcript.lines).to.deep.equal([
      'Alex, your turn: say back what you heard, before responding.',
      'Sam, is that what you meant?',
      'Alex, have another go: what did Sam mean? Getting it right can take a few tries; that is how listening works.',
      'Sam, is that what you meant?',
      'Alex, your turn: a question, then what makes sense to you.',
      'Round 1 kept. Now Alex speaks and Sam listens.',
    ]);
  });
});
