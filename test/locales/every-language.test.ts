import { expect } from '@open-wc/testing';
import { lookup } from '../../src/core/localize.js';
import { locales } from '../../src/entries/locales.js';
import { englishCatalogues } from '../../src/entries/strings.js';

/**
 * Every language of src/locales/ (as src/entries/locales.ts lists them) against every English catalogue (as
 * src/entries/strings.ts lists them from the registry: the core's, each element's, each summary's words): a key
 * added in English without a translation fails here, in every language, with nothing to add to this file.
 */

/** Strings that are rightly the same in English and another language (the prefix of an error, the word "Steps" as a label of letters). */
const sameAsEnglish: Readonly<Record<string, readonly string[]>> = { es: ['core.errorPrefix', 'stop-timer.stepsLabel'] };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A plural form English has no need of (`.zero`, `.two`, `.few`, `.many`). */
const otherPlural = (key: string) => /\.(zero|two|few|many)$/.test(key);

/** Walks a value and its translation, calling back on each pair of strings. */
function eachString(en: unknown, translated: unknown, path: string, visit: (en: string, translated: unknown, path: string) => void): void {
  if (typeof en === 'string') return visit(en, translated, path);
  if (Array.isArray(en)) {
    expect(Array.isArray(translated), `${path} is a list in the translation too`).to.equal(true);
    // Lists of content (examples, prompts, vocabulary groups and their words): as many entries, each translated.
    expect((translated as unknown[]).length, `${path}: as many entries`).to.equal(en.length);
    en.forEach((entry, i) => eachString(entry, (translated as unknown[])[i], `${path}[${i}]`, visit));
    return;
  }
  if (en && typeof en === 'object') {
    expect(translated && typeof translated === 'object', `${path} is an object in the translation too`).to.equal(true);
    for (const [key, value] of Object.entries(en)) eachString(value, (translated as Record<string, unknown>)[key], `${path}.${key}`, visit);
  }
}

for (const [lang, bundle] of Object.entries(locales)) {
  describe(`every string in ${lang} (src/locales/${lang}/)`, () => {
    it('has a part for the core and for every element of the registry, and registers it', () => {
      expect(Object.keys(bundle).sort()).to.deep.equal(Object.keys(englishCatalogues).sort());
      expect(lookup(lang, 'core', 'done')).to.equal(bundle.core!.done);
    });

    for (const [namespace, { strings: english }] of Object.entries(englishCatalogues)) {
      const translated = bundle[namespace] ?? {};

      it(`has an entry for every key of the ${namespace} catalogue, and none English does not have`, () => {
        expect(Object.keys(english).filter((key) => translated[key] === undefined), `keys without ${lang} in ${namespace}`).to.deep.equal([]);
        const extra = Object.keys(translated).filter((key) => !(key in english) && !otherPlural(key));
        expect(extra, `${lang} keys English does not have in ${namespace}`).to.deep.equal([]);
      });

      it(`translates the ${namespace} catalogue: same shape, same placeholders, words of its own`, () => {
        for (const [key, value] of Object.entries(english)) {
          eachString(value, translated[key], `${namespace}.${key}`, (en, text, path) => {
            expect(typeof text, `${path} is a string`).to.equal('string');
            expect((text as string).trim(), `${path} is not empty`).to.not.equal('');
            expect(placeholders(text as string), `${path} keeps its placeholders`).to.deep.equal(placeholders(en));
            if (!sameAsEnglish[lang]?.includes(path) && /[a-z]{3}/i.test(en)) expect(text, `${path} is translated`).to.not.equal(en);
          });
        }
      });
    }

    it('gives each plural key its .other form', () => {
      for (const catalogue of Object.values(bundle)) {
        for (const key of Object.keys(catalogue).filter((k) => k.endsWith('.one'))) {
          expect(catalogue[key.replace(/\.one$/, '.other')], `${key} has .other`).to.be.a('string');
        }
      }
    });
  });
}
