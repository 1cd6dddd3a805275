/**
 * The small matcher behind the safety watch: it reads a text word by word against one language's
 * tables (`languages/en.ts`, `languages/es.ts`). Everything is built at the first call, never at import.
 *
 * A pattern is words separated by spaces; each position is one of:
 * - `word`, `word*` (any word starting so), `*ndo` (any word ending so), `@class` (a class of the table's `words` or `verbs`),
 *   `@class/e,ado` (only the forms of a verb class made with those endings), or several joined by `|`;
 * - followed by `?` (may be absent) or `*` (none to four in a row);
 * - `!…` (the next word is not one of these, or there is none; it takes no word);
 * - `~3` (up to three words of any kind, but never a word of the class `stop`);
 * - `$` (the end of the sentence), also as one of several alternatives (`with|$`).
 * A danger pattern that matches after a negation (a word of `neg`, with at most two of `negskip` between:
 * "he never hit me", «nunca me pegó»), or with one inside its gaps, counts as a caution. A pattern that
 * has a `neg` position of its own («no me deja salir») is read as written.
 */
import type { DangerKind } from './kinds.js';

export type FindingKind = DangerKind | 'own-violence';

/** One language's tables: data only, read by the matcher. */
export interface SafetyLanguage {
  /** Spelling folded in every word, text and tables alike: `[regular expression, replacement]`, in order. */
  spelling?: readonly (readonly [string, string])[];
  /** Common misspellings and shorthands, `wrong:right` (`+` joins several words: `kms:kill+myself`). */
  typos?: string;
  /** Verb endings, by the letters a lemma ends with ('' for every lemma); a verb's forms are stem + ending. */
  endings: Readonly<Record<string, string>>;
  /** Classes of words, space-separated (`word*` for every word starting so). */
  words: Readonly<Record<string, string>>;
  /** Classes of verbs: comma-separated lemmas, each with its irregular forms (`thrown`) or stems (`muerd-`). */
  verbs: Readonly<Record<string, string>>;
  /** Idioms and ordinary senses: the words they cover are read as ordinary in both tiers. */
  except?: readonly string[];
  /** Figures of speech that could still be meant: the words they cover are never danger, but may be caution. */
  soften?: readonly string[];
  /** Patterns of danger by kind, in the order they are read (own violence is read first, see detect.ts). */
  danger: Readonly<Partial<Record<FindingKind, readonly string[]>>>;
  /** The broad pass: patterns that silence coaching without showing the note. */
  caution: Readonly<Partial<Record<FindingKind, readonly string[]>>>;
}

export interface Match {
  kind: FindingKind;
  /** Negated, softened or a caution pattern. */
  caution: boolean;
  start: number;
  end: number;
}

const enum Step {
  Word,
  Gap,
  Not,
  End,
}

interface Slot {
  step: Step;
  ids: number[];
  min: number;
  max: number;
  /** `$` is one of its alternatives: the end of the sentence will do. */
  end?: boolean;
}

interface Rule {
  kind: FindingKind;
  slots: Slot[];
  /** Has a `neg` position of its own: negation is part of what it says. */
  negates: boolean;
}

interface RuleSet {
  /** Rules by a class id their first position needs. */
  byFirst: Map<number, Rule[]>;
  /** Rules that can start anywhere (their first position is optional or a gap). */
  anywhere: Rule[];
}

/** One word of a text: as typed (normalised) and the classes it belongs to. */
export interface Word {
  text: string;
  classes: ReadonlySet<number>;
}

const STAR_LIMIT = 4;
const CACHE_LIMIT = 4000;

/** Lower case, accents and apostrophes dropped. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '');

/** Lower case, accents and apostrophes dropped, letters typed three times or more once: the text's sentences of words. */
export function sentencesOf(text: string): string[][] {
  return plain(text)
    .split(/[.!?;:\n\r]+/)
    .map((sentence) =>
      sentence
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map((word) => word.replace(/(\p{L})\1{2,}/gu, '$1')),
    )
    .filter((words) => words.length > 0);
}

/** A language's tables, compiled at the first call. */
export class CompiledLanguage {
  private readonly ids = new Map<string, number>();
  private readonly wordClasses = new Map<string, number[]>();
  private readonly prefixes: [string, number][] = [];
  private readonly suffixes: [string, number][] = [];
  private readonly verbStems = new Map<string, [string, string][]>();
  private readonly spelling: [RegExp, string][];
  private readonly typos = new Map<string, string[]>();
  private readonly cache = new Map<string, Word[]>();
  readonly except: RuleSet;
  readonly soften: RuleSet;
  readonly danger: RuleSet;
  readonly caution: RuleSet;
  readonly own: RuleSet;
  private readonly neg: number;
  private readonly negskip: number;
  private readonly stop: number;

  constructor(private readonly table: SafetyLanguage) {
    this.spelling = (table.spelling ?? []).map(([from, to]) => [new RegExp(from, 'g'), to]);
    for (const pair of (table.typos ?? '').split(/\s+/).filter(Boolean)) {
      const [wrong, right] = plain(pair).split(':');
      this.typos.set(wrong!, right!.split('+'));
    }
    for (const [name, list] of Object.entries(table.words)) this.addWords(`@${name}`, list);
    for (const [name, list] of Object.entries(table.verbs)) this.addVerbs(name, list);
    this.neg = this.id('@neg');
    this.negskip = this.id('@negskip');
    this.stop = this.id('@stop');
    const { 'own-violence': own = [], ...danger } = table.danger;
    this.except = this.rules({ violence: table.except ?? [] });
    this.soften = this.rules({ violence: table.soften ?? [] });
    this.own = this.rules({ 'own-violence': own });
    this.danger = this.rules(danger);
    this.caution = this.rules(table.caution);
  }

  /** A word as the tables are written against: spelling folded. */
  fold(word: string): string {
    for (const [from, to] of this.spelling) word = word.replace(from, to);
    return word;
  }

  /** The words of one sentence, typos mended and spelling folded, with their classes. */
  words(sentence: readonly string[]): Word[] {
    const out: Word[] = [];
    for (const raw of sentence) {
      let words = this.cache.get(raw);
      if (!words) {
        if (this.cache.size > CACHE_LIMIT) this.cache.clear();
        words = (this.typos.get(raw) ?? [raw]).map((word) => this.classify(raw, this.fold(word)));
        this.cache.set(raw, words);
      }
      out.push(...words);
    }
    return out;
  }

  /** Every match of `rules` in `words` (masked words never match). */
  *matches(rules: RuleSet, words: readonly Word[], masked: readonly boolean[]): Generator<Match> {
    for (let at = 0; at < words.length; at++) {
      if (masked[at]) continue;
      const tried = new Set<Rule>();
      for (const id of words[at]!.classes) {
        for (const rule of rules.byFirst.get(id) ?? []) {
          if (tried.has(rule)) continue;
          tried.add(rule);
          const found = this.matchRule(rule, words, masked, at);
          if (found) yield found;
        }
      }
      for (const rule of rules.anywhere) {
        const found = this.matchRule(rule, words, masked, at);
        if (found) yield found;
      }
    }
  }

  private matchRule(rule: Rule, words: readonly Word[], masked: readonly boolean[], at: number): Match | null {
    const ended = this.walk(rule.slots, 0, words, masked, at, false);
    if (ended === null) return null;
    const [end, negatedInside] = ended;
    if (end === at) return null;
    const caution = !rule.negates && (negatedInside || this.negatedBefore(words, at));
    return { kind: rule.kind, caution, start: at, end };
  }

  /** A negation just before `at`: "never hit", "didnt really hit", «no me pegó» (the pattern starts at «me»). */
  private negatedBefore(words: readonly Word[], at: number): boolean {
    for (let i = at - 1, skipped = 0; i >= 0 && skipped <= 2; i--, skipped++) {
      const classes = words[i]!.classes;
      if (classes.has(this.neg)) return true;
      if (!classes.has(this.negskip)) return false;
    }
    return false;
  }

  /** Where the slots from `k` on end when they match from `at`, and whether a gap held a negation; or null. */
  private walk(slots: readonly Slot[], k: number, words: readonly Word[], masked: readonly boolean[], at: number, negated: boolean): [number, boolean] | null {
    if (k === slots.length) return [at, negated];
    const slot = slots[k]!;
    const fits = (i: number) => i < words.length && !masked[i] && slot.ids.some((id) => words[i]!.classes.has(id));
    switch (slot.step) {
      case Step.End:
        return at === words.length ? this.walk(slots, k + 1, words, masked, at, negated) : null;
      case Step.Not:
        return fits(at) ? null : this.walk(slots, k + 1, words, masked, at, negated);
      case Step.Gap: {
        let inside = negated;
        for (let n = 0; n <= slot.max; n++) {
          if (n > 0) {
            const i = at + n - 1;
            if (i >= words.length || masked[i] || words[i]!.classes.has(this.stop)) return null;
            inside ||= words[i]!.classes.has(this.neg);
          }
          const found = this.walk(slots, k + 1, words, masked, at + n, inside);
          if (found) return found;
        }
        return null;
      }
      default: {
        if (slot.end && at === words.length) return this.walk(slots, k + 1, words, masked, at, negated);
        let count = 0;
        while (count < slot.max && fits(at + count)) count++;
        for (let n = count; n >= slot.min; n--) {
          const inside = negated || (slot.max > 1 && words.slice(at, at + n).some((word) => word.classes.has(this.neg)));
          const found = this.walk(slots, k + 1, words, masked, at + n, inside);
          if (found) return found;
        }
        return null;
      }
    }
  }

  private id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  private addWord(word: string, id: number): void {
    word = plain(word);
    if (word.startsWith('*')) {
      this.suffixes.push([this.fold(word.slice(1)), id]);
      return;
    }
    if (word.endsWith('*')) {
      this.prefixes.push([this.fold(word.slice(0, -1)), id]);
      return;
    }
    const folded = this.fold(word);
    const list = this.wordClasses.get(folded) ?? [];
    if (!list.includes(id)) list.push(id);
    this.wordClasses.set(folded, list);
  }

  private addWords(key: string, list: string): void {
    const id = this.id(key);
    for (const word of list.split(/\s+/).filter(Boolean)) this.addWord(word, id);
  }

  /** A verb class: every lemma's forms (stem + each ending), and its irregular forms and stems. */
  private addVerbs(name: string, list: string): void {
    const id = this.id(`@${name}`);
    const stems: [string, string][] = [];
    for (const entry of list.split(',')) {
      const [lemma, ...irregular] = entry.trim().split(/\s+/);
      if (!lemma) continue;
      const folded = this.fold(plain(lemma));
      this.addWord(lemma, id);
      for (const [ending, endings] of Object.entries(this.table.endings)) {
        if (!folded.endsWith(ending)) continue;
        const own = [folded.slice(0, folded.length - ending.length), ...irregular.filter((w) => w.endsWith('-')).map((w) => this.fold(plain(w.slice(0, -1))))];
        for (const stem of own) for (const suffix of endings.split(/\s+/)) stems.push([stem, suffix]);
      }
      for (const form of irregular) if (!form.endsWith('-')) this.addWord(form, id);
    }
    for (const [stem, suffix] of stems) this.addWord(this.fold(stem + suffix), id);
    this.verbStems.set(name, stems);
  }

  /** `@class/e,ado`: the forms of a verb class made with those endings only. */
  private endingClass(name: string, endings: string): number {
    const key = `@${name}/${endings}`;
    if (this.ids.has(key)) return this.ids.get(key)!;
    const id = this.id(key);
    const wanted = new Set(plain(endings).split(','));
    for (const [stem, suffix] of this.verbStems.get(name) ?? []) if (wanted.has(suffix)) this.addWord(this.fold(stem + suffix), id);
    return id;
  }

  private classify(raw: string, word: string): Word {
    const classes = new Set(this.wordClasses.get(word) ?? []);
    for (const [prefix, id] of this.prefixes) if (word.startsWith(prefix)) classes.add(id);
    for (const [suffix, id] of this.suffixes) if (word.endsWith(suffix)) classes.add(id);
    return { text: raw, classes };
  }

  private slot(source: string): Slot {
    if (source === '$') return { step: Step.End, ids: [], min: 0, max: 0 };
    const gap = /^~(\d)$/.exec(source);
    if (gap) return { step: Step.Gap, ids: [], min: 0, max: Number(gap[1]) };
    let step = Step.Word;
    let min = 1;
    let max = 1;
    if (source.startsWith('!')) {
      step = Step.Not;
      source = source.slice(1);
    }
    if (source.endsWith('?')) [source, min] = [source.slice(0, -1), 0];
    else if (source.endsWith('*') && source.includes('@') && !source.includes('|')) [source, min, max] = [source.slice(0, -1), 0, STAR_LIMIT];
    const alts = source.split('|');
    const end = alts.includes('$');
    const ids = alts.filter((alt) => alt !== '$').map((alt) => {
      if (!alt.startsWith('@')) {
        const key = `=${alt}`;
        if (!this.ids.has(key)) this.addWord(alt, this.id(key));
        return this.id(key);
      }
      const [name, endings] = alt.slice(1).split('/');
      if (endings) return this.endingClass(name!, endings);
      if (!this.ids.has(alt) && !this.verbStems.has(name!)) throw new Error(`safety tables: no class ${alt}`);
      return this.id(alt);
    });
    return { step, ids, min, max, end };
  }

  private rules(byKind: Readonly<Partial<Record<FindingKind, readonly string[]>>>): RuleSet {
    const set: RuleSet = { byFirst: new Map(), anywhere: [] };
    for (const [kind, patterns] of Object.entries(byKind) as [FindingKind, readonly string[]][]) {
      for (const pattern of patterns) {
        const slots = pattern.split(/\s+/).filter(Boolean).map((part) => this.slot(part));
        const rule: Rule = { kind, slots, negates: slots.some((slot) => slot.ids.includes(this.neg)) };
        const first = slots[0]!;
        if (first.step !== Step.Word || first.min === 0) {
          set.anywhere.push(rule);
          continue;
        }
        for (const id of first.ids) set.byFirst.set(id, [...(set.byFirst.get(id) ?? []), rule]);
      }
    }
    return set;
  }
}
