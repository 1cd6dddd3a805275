import { safetyPhrases, type DangerKind, type PhraseList } from './phrases.js';

/** What the detector found: the kind of danger and the listed phrase (in its normalised form). */
export interface DangerMatch {
  kind: DangerKind;
  phrase: string;
}

/**
 * Text as the lists are written against: lower case, accents and apostrophes dropped, every run of
 * other characters a single space, with a space at each end so a phrase is found as whole words.
 */
export function normaliseForSafety(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(' ')} `;
}

interface Compiled {
  phrases: { kind: DangerKind; phrase: string }[];
  except: string[];
}

function compile(list: PhraseList): Compiled {
  return {
    phrases: Object.entries(list.phrases).flatMap(([kind, phrases]) =>
      phrases.map((phrase) => ({ kind: kind as DangerKind, phrase: normaliseForSafety(phrase) })),
    ),
    except: list.except.map(normaliseForSafety),
  };
}

let compiled: Compiled[] | undefined;

/**
 * The first sign of danger in any of `texts` (violence, abuse, threats, coercion, self-harm,
 * suicide, in every language listed), or null. Pure: it keeps, sends and records nothing.
 */
export function detectDanger(texts: readonly string[]): DangerMatch | null {
  compiled ??= safetyPhrases.map(compile);
  for (const text of texts) {
    if (!text?.trim()) continue;
    const normal = normaliseForSafety(text);
    for (const list of compiled) {
      const readable = list.except.reduce((rest, idiom) => rest.split(idiom).join(' | '), normal);
      const found = list.phrases.find(({ phrase }) => readable.includes(phrase));
      if (found) return { kind: found.kind, phrase: found.phrase.trim() };
    }
  }
  return null;
}
