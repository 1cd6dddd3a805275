/**
 * Walks a `<tend-active-listening>` through a round as a pair would, by pointer (the shared suites' fixtures
 * and the element's own tests): from wherever the round is, on to the phase asked for, writing ordinary words
 * in the fields still empty on the way. English names of the buttons unless `names` says otherwise.
 */
import { button, findButton, press, root, type, type Updatable } from '../helpers/harness.js';

export interface ButtonNames {
  pass: string;
  offer: string;
  thatsIt: string;
}

const english: ButtonNames = { pass: 'Pass to', offer: 'Check with', thatsIt: "That's it" };

export interface RoundWords {
  said: string;
  heard: string;
  validation: string;
}

const ordinary: RoundWords = { said: 'I felt alone at dinner.', heard: 'You felt alone at dinner.', validation: 'It makes sense that you felt alone.' };

const field = (el: Element, id: string) => root(el).querySelector<HTMLTextAreaElement>(`#${id}`);

/** Writes `text` in the field `id` when it is empty. */
async function fillEmpty(el: Updatable, id: string, text: string): Promise<void> {
  const found = field(el, id);
  if (found && !found.value.trim()) await type(el, found, text);
}

/** On to the listener's question and validation (`respond`), or stops at `reflect` or `check`. */
export async function walkTo(el: Updatable, phase: 'reflect' | 'check' | 'respond', words: Partial<RoundWords> = {}, names: ButtonNames = english): Promise<void> {
  const text = { ...ordinary, ...words };
  if (field(el, 'said')) {
    await fillEmpty(el, 'said', text.said);
    await press(el, button(el, names.pass));
  }
  if (phase === 'reflect') return;
  if (field(el, 'heard')) {
    await fillEmpty(el, 'heard', text.heard);
    await press(el, button(el, names.offer));
  }
  if (phase === 'check') return;
  const accept = findButton(el, names.thatsIt);
  if (accept) await press(el, accept);
}

/** A whole round, validated (it counts from then on): from wherever the round is, to the validation written. */
export async function validatedRound(el: Updatable, words: Partial<RoundWords> = {}, names: ButtonNames = english): Promise<void> {
  await walkTo(el, 'respond', words, names);
  await fillEmpty(el, 'validation', { ...ordinary, ...words }.validation);
}
