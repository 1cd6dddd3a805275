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
  /**
   * Spelling folded in every word, text and tables alike, in one pass: `[regular expression, replacement]`, the first
   * that fits at each place wins (no capturing groups; lookaheads are fine).
   */
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
  /** Patterns of danger by kind, tried at each word in this order (own violence is read first, see detect.ts). */
  danger: Readonly<Partial<Record<FindingKind, readonly string[]>>>;
  /** The broad pass: patterns that silence coaching without showing the note. */
  caution: Readonly<Partial<Record<FindingKind, readonly string[]>>>;
}

export interface Match {
  kind: FindingKind;
  /** Read after a negation, or with one in its gaps ("he never hit me"): it counts as caution. */
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
  /** Its place among the language's rules: at one word, rules are tried in the tables' order. */
  index: number;
  kind: FindingKind;
  slots: Slot[];
  /** Has a `neg` position of its own: negation is part of what it says. */
  negates: boolean;
}

interface RuleSet {
  /** Its place among the language's rule sets (a word keeps the rules of each set it can start). */
  index: number;
  /** Rules by a class id their first position needs. */
  byFirst: Map<number, Rule[]>;
  /** Rules that can start anywhere (their first position is optional or a gap). */
  anywhere: Rule[];
}

/** One word of a text: as typed (normalised) and the classes it belongs to. */
export interface Word {
  text: string;
  classes: ReadonlySet<number>;
  /** The rules of each rule set that this word can start, found once per word. */
  starts: (Rule[] | undefined)[];
}

const STAR_LIMIT = 4;
const CACHE_LIMIT = 4000;

/** Lower case, accents and apostrophes dropped. */
const plain = (text: string) =>
  /^[a-z0-9 ]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’‘`´]/g, '');

/** Lower case, accents and apostrophes dropped, letters typed three times or more once: the text's sentences of words. */
export function sentencesOf(text: string): string[][] {
  return plain(text)
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .split(/[.!?;:\n\r]+/)
    .map((sentence) => sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    .filter((words) => words.length > 0);
}

/** A language's tables, compiled at the first call. */
export class CompiledLanguage {
  private readonly ids = new Map<string, number>();
  private readonly wordClasses = new Map<string, number[]>();
  private readonly prefixes: [string, number][] = [];
  private readonly suffixes: [string, number][] = [];
  /** Each verb class's stems, with the ending group (a key of `endings`) they take. */
  private readonly verbStems = new Map<string, [string, string][]>();
  private readonly stems = new Map<string, { id: number; endings: ReadonlySet<string> }[]>();
  private readonly endingSets = new Map<string, ReadonlySet<string>>();
  private readonly spelling: RegExp | undefined;
  private readonly spellingTo: string[];
  private readonly typos = new Map<string, string[]>();
  private readonly cache = new Map<string, Word[]>();
  readonly except: RuleSet;
  readonly soften: RuleSet;
  readonly danger: RuleSet;
  readonly caution: RuleSet;
  readonly own: RuleSet;
  private readonly neg: number;
  private ruleCount = 0;
  private setCount = 0;
  private negatedInside = false;
  private readonly negskip: number;
  private readonly stop: number;

  constructor(private readonly table: SafetyLanguage) {
    const spelling = table.spelling ?? [];
    this.spelling = spelling.length ? new RegExp(spelling.map(([from]) => `(${from})`).join('|'), 'g') : undefined;
    this.spellingTo = spelling.map(([, to]) => to);
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
    if (!this.spelling) return word;
    return word.replace(this.spelling, (...groups: unknown[]) => this.spellingTo[groups.findIndex((group, i) => i > 0 && group !== undefined) - 1]!);
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
  /**
   * Calls `found` with every match of `rules` in `words`, in order of where they start (masked words never match);
   * stops when `found` returns true.
   */
  eachMatch(rules: RuleSet, words: readonly Word[], masked: readonly boolean[], found: (match: Match) => boolean | void): void {
    for (let at = 0; at < words.length; at++) {
      if (masked[at]) continue;
      for (const rule of this.starts(rules, words[at]!)) {
        const end = this.walk(rule.slots, 0, words, masked, at, false);
        if (end <= at) continue;
        const caution = !rule.negates && (this.negatedInside || this.negatedBefore(words, at));
        if (found({ kind: rule.kind, caution, start: at, end })) return;
      }
    }
  }

  /** The rules of `rules` that can start at `word`, in the tables' order. */
  private starts(rules: RuleSet, word: Word): Rule[] {
    let found = word.starts[rules.index];
    if (!found) {
      const seen = new Set<Rule>();
      for (const id of word.classes) for (const rule of rules.byFirst.get(id) ?? []) seen.add(rule);
      found = [...seen, ...rules.anywhere].sort((a, b) => a.index - b.index);
      word.starts[rules.index] = found;
    }
    return found;
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

  private fitsAt(slot: Slot, words: readonly Word[], masked: readonly boolean[], i: number): boolean {
    return i < words.length && !masked[i] && this.fits(slot, words[i]!);
  }

  /**
   * Where the slots from `k` on end when they match from `at`, or -1; on a match `negatedInside` says whether a gap
   * or a repeated position held a negation.
   */
  private walk(slots: readonly Slot[], k: number, words: readonly Word[], masked: readonly boolean[], at: number, negated: boolean): number {
    if (k === slots.length) {
      this.negatedInside = negated;
      return at;
    }
    const slot = slots[k]!;
    switch (slot.step) {
      case Step.End:
        return at === words.length ? this.walk(slots, k + 1, words, masked, at, negated) : -1;
      case Step.Not:
        return this.fitsAt(slot, words, masked, at) ? -1 : this.walk(slots, k + 1, words, masked, at, negated);
      case Step.Gap: {
        let inside = negated;
        for (let n = 0; n <= slot.max; n++) {
          if (n > 0) {
            const i = at + n - 1;
            if (i >= words.length || masked[i] || words[i]!.classes.has(this.stop)) return -1;
            inside ||= words[i]!.classes.has(this.neg);
          }
          const end = this.walk(slots, k + 1, words, masked, at + n, inside);
          if (end >= 0) return end;
        }
        return -1;
      }
      default: {
        if (slot.end && at === words.length) return this.walk(slots, k + 1, words, masked, at, negated);
        let count = 0;
        while (count < slot.max && this.fitsAt(slot, words, masked, at + count)) count++;
        for (let n = count; n >= slot.min; n--) {
          let inside = negated;
          for (let i = at; slot.max > 1 && i < at + n; i++) inside ||= words[i]!.classes.has(this.neg);
          const end = this.walk(slots, k + 1, words, masked, at + n, inside);
          if (end >= 0) return end;
        }
        return -1;
      }
    }
  }

  private fits(slot: Slot, word: Word): boolean {
    for (const id of slot.ids) if (word.classes.has(id)) return true;
    return false;
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

  /** A verb class: each lemma, its irregular forms, and its stems with the endings they take (see `classify`). */
  private addVerbs(name: string, list: string): void {
    const id = this.id(`@${name}`);
    const own: [string, string][] = [];
    for (const entry of list.split(',')) {
      const [lemma, ...irregular] = entry.trim().split(/\s+/);
      if (!lemma) continue;
      const folded = this.fold(plain(lemma));
      this.addWord(lemma, id);
      for (const ending of Object.keys(this.table.endings)) {
        if (!folded.endsWith(ending)) continue;
        const stems = [folded.slice(0, folded.length - ending.length), ...irregular.filter((w) => w.endsWith('-')).map((w) => this.fold(plain(w.slice(0, -1))))];
        for (const stem of stems) {
          own.push([stem, ending]);
          this.addStem(stem, id, this.endingSet(ending));
        }
      }
      for (const form of irregular) if (!form.endsWith('-')) this.addWord(form, id);
    }
    this.verbStems.set(name, own);
  }

  private endingSet(ending: string): ReadonlySet<string> {
    let set = this.endingSets.get(ending);
    if (!set) this.endingSets.set(ending, (set = new Set(this.table.endings[ending]!.split(/\s+/))));
    return set;
  }

  private addStem(stem: string, id: number, endings: ReadonlySet<string>): void {
    const list = this.stems.get(stem) ?? [];
    list.push({ id, endings });
    this.stems.set(stem, list);
  }

  /** `@class/e,ado`: the forms of a verb class made with those endings only. */
  private endingClass(name: string, endings: string): number {
    const key = `@${name}/${endings}`;
    if (this.ids.has(key)) return this.ids.get(key)!;
    const id = this.id(key);
    const wanted = plain(endings).split(',');
    for (const [stem, ending] of this.verbStems.get(name) ?? []) {
      const allowed = this.endingSet(ending);
      this.addStem(stem, id, new Set(wanted.filter((suffix) => allowed.has(suffix))));
    }
    return id;
  }

  /** A word's classes: listed words, prefixes, suffixes, and verb forms (a known stem followed by one of its endings). */
  private classify(raw: string, word: string): Word {
    const classes = new Set(this.wordClasses.get(word) ?? []);
    for (const [prefix, id] of this.prefixes) if (word.startsWith(prefix)) classes.add(id);
    for (const [suffix, id] of this.suffixes) if (word.endsWith(suffix)) classes.add(id);
    for (let cut = 1; cut < word.length; cut++) {
      const stems = this.stems.get(word.slice(0, cut));
      if (!stems) continue;
      const ending = word.slice(cut);
      for (const stem of stems) if (stem.endings.has(ending)) classes.add(stem.id);
    }
    return { text: raw, classes, starts: [] };
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
    const set: RuleSet = { index: this.setCount++, byFirst: new Map(), anywhere: [] };
    for (const [kind, patterns] of Object.entries(byKind) as [FindingKind, readonly string[]][]) {
      for (const pattern of patterns) {
        const slots = pattern.split(/\s+/).filter(Boolean).map((part) => this.slot(part));
        const rule: Rule = { index: this.ruleCount++, kind, slots, negates: slots.some((slot) => slot.ids.includes(this.neg)) };
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
