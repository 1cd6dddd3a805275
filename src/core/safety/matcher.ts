/**
 * The small matcher behind the safety watch: it reads a text word by word against one language's
 * tables (`languages/en.ts`, `languages/es.ts`). The tables are plain data: nothing is built when they
 * are imported, and everything is built at the first text read with them.
 *
 * A pattern is one line of words separated by spaces; each position is one of:
 * - `word`, `word+` (the word and its forms: `bruise+` is also "bruised", "bruising"), `word*` (any word
 *   starting so), `*ndo` (any word ending so), `@class` (a class of the table's `words` or `verbs`),
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

/** Patterns, one a line (see above). */
type Patterns = string;

/** One language's tables: data only, read by the matcher. */
export interface SafetyLanguage {
  /**
   * Spelling folded in every word, text and tables alike, in one pass: `from>to` pairs separated by spaces, `from` a
   * regular expression without capturing groups (lookaheads are fine); the first that fits at each place wins.
   */
  spelling?: string;
  /** Common misspellings and shorthands, `wrong:right` (`+` joins several words: `kms:kill+myself`). */
  typos?: string;
  /** Verb endings, by the letters a lemma ends with ('' for every lemma); a verb's forms are stem + ending. */
  endings: Readonly<Record<string, string>>;
  /** The endings, by group, that a verb whose stem changes under stress (`morir muer~`) takes on that stem only. */
  changed?: Readonly<Record<string, string>>;
  /** The shortest (folded) stem that takes endings: shorter ones («herir», folded «erir») have their forms listed. */
  stem?: number;
  /** The forms of `word+`, by the letters a word ends with, when they are not the verb endings (Spanish plurals). */
  forms?: Readonly<Record<string, string>>;
  /** Classes of words, space-separated: `word`, `word+`, `word*`, `*ing`, and `@class` for every word of another class. */
  words: Readonly<Record<string, string>>;
  /**
   * Classes of verbs: comma-separated lemmas, each with its irregular forms (`thrown`) or stems (`dij-`, or `muerd~`
   * when the stem changes under stress), and `@class` for every verb of another class.
   */
  verbs: Readonly<Record<string, string>>;
  /** Idioms and ordinary senses: the words they cover are read as ordinary in both tiers. */
  except?: Patterns;
  /** Figures of speech that could still be meant, and words said to the partner: never danger, but may be caution. */
  soften?: Patterns;
  /** Patterns of danger by kind, tried at each word in this order (own violence is read first, see detect.ts). */
  danger: Readonly<Partial<Record<FindingKind, Patterns>>>;
  /** The broad pass: patterns that silence coaching without showing the note. */
  caution: Readonly<Partial<Record<FindingKind, Patterns>>>;
}

export interface Match {
  kind: FindingKind;
  /** The rule's place in the language's tables (except, soften, own violence, danger, caution, in that order). */
  rule: number;
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

const split = (list: string | undefined, by: RegExp | string = /\s+/) => (list ?? '').split(by).map((part) => part.trim()).filter(Boolean);

/** Lower case, accents and apostrophes dropped, letters typed three times or more once: the text's sentences of words. */
export function sentencesOf(text: string): string[][] {
  return plain(text)
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .split(/[.!?;:\n\r]+/)
    .map((sentence) => sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    .filter((words) => words.length > 0);
}

/** A language's tables, compiled when it is made (at the first text read, see detect.ts). */
export class CompiledLanguage {
  private readonly ids = new Map<string, number>();
  private readonly wordClasses = new Map<string, number[]>();
  private readonly prefixes: [string, number][] = [];
  private readonly suffixes: [string, number][] = [];
  /** Classes made of other classes (`@class` in a list), with the names of their members. */
  private readonly unions: [number, string[]][] = [];
  private unionIds: [number, number[]][] = [];
  /** Each verb class's stems, with the endings they take. */
  private readonly verbStems = new Map<string, [string, ReadonlySet<string>][]>();
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
    const spelling = split(table.spelling).map((pair) => pair.split('>'));
    this.spelling = spelling.length ? new RegExp(spelling.map(([from]) => `(${from})`).join('|'), 'g') : undefined;
    this.spellingTo = spelling.map(([, to]) => to ?? '');
    for (const pair of split(table.typos)) {
      const [wrong, right] = plain(pair).split(':');
      this.typos.set(wrong!, right!.split('+'));
    }
    for (const [name, list] of Object.entries(table.words)) this.addWords(name, list);
    for (const [name, list] of Object.entries(table.verbs)) this.addVerbs(name, list);
    this.unionIds = this.unions.map(([id, names]) => [
      id,
      names.map((name) => {
        if (!this.ids.has(name)) throw new Error(`safety tables: no class ${name}`);
        return this.id(name);
      }),
    ]);
    this.neg = this.id('@neg');
    this.negskip = this.id('@negskip');
    this.stop = this.id('@stop');
    const { 'own-violence': own, ...danger } = table.danger;
    this.except = this.rules({ violence: table.except });
    this.soften = this.rules({ violence: table.soften });
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
        if (found({ kind: rule.kind, rule: rule.index, caution, start: at, end })) return;
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

  /** A word of a list or a pattern: `word`, `word+` (with its forms), `word*` (a prefix), `*ing` (a suffix). */
  private addWord(word: string, id: number): void {
    word = plain(word);
    if (word.startsWith('*')) this.suffixes.push([this.fold(word.slice(1)), id]);
    else if (word.endsWith('*')) this.prefixes.push([this.fold(word.slice(0, -1)), id]);
    else if (word.endsWith('+')) {
      word = word.slice(0, -1);
      this.addWord(word, id);
      const forms = this.table.forms ?? this.table.endings;
      for (const [group, endings] of Object.entries(forms)) {
        if (word.endsWith(group)) for (const ending of split(endings)) this.addWord(word.slice(0, word.length - group.length) + ending, id);
      }
    } else {
      const folded = this.fold(word);
      const list = this.wordClasses.get(folded) ?? [];
      if (!list.includes(id)) list.push(id);
      this.wordClasses.set(folded, list);
    }
  }

  /** A class of words; `@name` in it takes in every word of that class. */
  private addWords(name: string, list: string): void {
    const id = this.id(`@${name}`);
    const members: string[] = [];
    for (const word of split(list)) {
      if (word.startsWith('@')) members.push(word);
      else this.addWord(word, id);
    }
    if (members.length) this.unions.push([id, members]);
  }

  /**
   * A verb class: each lemma, its irregular forms (`thrown`), and its other stems (`dij-`) with the endings they take;
   * `@name` takes in every verb of that class. A lemma with a stem that changes under stress (`muer~`) leaves the
   * table's `changed` endings to it: «muere», never «more». Forms are folded as the text is, so a stem meets its
   * ending as people spell it («dic-» + «e» = «dice», «ahorcar» → «ahorqué»).
   */
  private addVerbs(name: string, list: string): void {
    const id = this.id(`@${name}`);
    const own: [string, ReadonlySet<string>][] = [];
    const members: string[] = [];
    const add = (stem: string, endings: ReadonlySet<string>) => {
      if (this.fold(stem).length < (this.table.stem ?? 1)) return;
      own.push([stem, endings]);
      for (const ending of endings) this.addWord(stem + ending, id);
    };
    for (const entry of split(list, ',')) {
      const [lemma, ...irregular] = entry.split(/\s+/) as [string, ...string[]];
      if (lemma.startsWith('@')) {
        members.push(lemma);
        continue;
      }
      // The lemma's stem keeps its sound («ahorcar» → «ahork-» + «é» = «ahorqué»); other stems are spelled as written.
      const word = this.fold(plain(lemma));
      const stems = irregular.filter((w) => /[-~]$/.test(w)).map((w) => plain(w.slice(0, -1)));
      const changes = irregular.some((w) => w.endsWith('~'));
      this.addWord(lemma, id);
      for (const group of Object.keys(this.table.endings)) {
        if (!word.endsWith(group)) continue;
        const all = this.endingSet(group);
        const stressed = new Set(changes ? split(this.table.changed?.[group]) : []);
        add(word.slice(0, word.length - group.length), new Set([...all].filter((ending) => !stressed.has(ending))));
        for (const stem of stems) add(stem, all);
      }
      for (const form of irregular) if (!/[-~]$/.test(form)) this.addWord(form, id);
    }
    this.verbStems.set(name, own);
    if (members.length) this.unions.push([id, members]);
  }

  private endingSet(group: string): ReadonlySet<string> {
    let set = this.endingSets.get(group);
    if (!set) this.endingSets.set(group, (set = new Set(split(this.table.endings[group]))));
    return set;
  }

  /** `@class/e,ado`: the forms of a verb class made with those endings only. */
  private endingClass(name: string, endings: string): number {
    const key = `@${name}/${endings}`;
    if (this.ids.has(key)) return this.ids.get(key)!;
    const id = this.id(key);
    const wanted = plain(endings).split(',');
    for (const [stem, allowed] of this.verbStems.get(name) ?? []) for (const ending of wanted) if (allowed.has(ending)) this.addWord(stem + ending, id);
    return id;
  }

  /** A word's classes: listed words and verb forms, prefixes, suffixes, and the classes made of those. */
  private classify(raw: string, word: string): Word {
    const classes = new Set(this.wordClasses.get(word) ?? []);
    for (const [prefix, id] of this.prefixes) if (word.startsWith(prefix)) classes.add(id);
    for (const [suffix, id] of this.suffixes) if (word.endsWith(suffix)) classes.add(id);
    for (const [id, members] of this.unionIds) if (members.some((member) => classes.has(member))) classes.add(id);
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
    const ids = alts
      .filter((alt) => alt !== '$')
      .map((alt) => {
        if (!alt.startsWith('@')) {
          const key = `=${alt}`;
          if (!this.ids.has(key)) this.addWord(alt, this.id(key));
          return this.id(key);
        }
        const [name, endings] = alt.slice(1).split('/');
        if (endings) return this.endingClass(name!, endings);
        if (!this.ids.has(alt)) throw new Error(`safety tables: no class ${alt}`);
        return this.id(alt);
      });
    return { step, ids, min, max, end };
  }

  private rules(byKind: Readonly<Partial<Record<FindingKind, Patterns | undefined>>>): RuleSet {
    const set: RuleSet = { index: this.setCount++, byFirst: new Map(), anywhere: [] };
    for (const [kind, patterns] of Object.entries(byKind) as [FindingKind, Patterns | undefined][]) {
      for (const pattern of split(patterns, '\n')) {
        const slots = split(pattern).map((part) => this.slot(part));
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
