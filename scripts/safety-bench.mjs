#!/usr/bin/env node
// How long the safety watch takes (a benchmark, not a test): it runs on every keystroke of every field. Prints the
// first call (which builds the tables) and the time per call on 2,000-character texts: ordinary sentences, the same
// words with no punctuation at all (one long sentence), and one that ends in danger; and on 100,000 characters.
// Times are CPU time of this process (process.cpuUsage), so other work on a shared machine disturbs them less.
import { loadWatch, readCorpus } from './safety-watch.mjs';

const { assessSafety } = await loadWatch({ minify: true });

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let started = cpu();
assessSafety(['warm up']);
const firstCall = cpu() - started;

const ordinary = readCorpus().filter((entry) => entry.label === 'ordinary' && !assessSafety([entry.phrase]));
function textOf(length, separator) {
  let text = '';
  for (let i = 0; text.length < length; i++) text += ordinary[(i * 7) % ordinary.length].phrase + separator;
  return text.slice(0, length);
}
const sentences = textOf(2000, '. ');
const unpunctuated = textOf(2000, ' ').replace(/[.!?;:]/g, ' ');
const ending = `${textOf(1960, ' ')} and then he put his hands around my neck`;

function perCall(text, runs = 300) {
  assessSafety([text]);
  started = cpu();
  // A keystroke changes the text: a different last letter each time, so nothing is served from a cache of whole texts.
  for (let i = 0; i < runs; i++) assessSafety([text + String.fromCharCode(97 + (i % 26))]);
  return (cpu() - started) / runs;
}

const ms = (value) => `${value.toFixed(2)} ms`;
console.log(`first call (builds both languages' tables): ${ms(firstCall)}`);
console.log(`2,000 characters, ordinary sentences: ${ms(perCall(sentences))} per call`);
console.log(`2,000 characters, no punctuation (one sentence): ${ms(perCall(unpunctuated))} per call`);
console.log(`2,000 characters ending in danger: ${ms(perCall(ending))} per call (${JSON.stringify(assessSafety([ending]))})`);
console.log(`100,000 characters, no punctuation: ${ms(perCall(textOf(100_000, ' '), 10))} per call`);
