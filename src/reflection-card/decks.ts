import { jsonRule } from '../core/attributes.js';

/**
 * The built-in decks of `<tend-reflection-card>`. Every prompt is drawn from the source texts in
 * /work/shared/seeds (named per deck below); the wording is kept, turned into a question only
 * where the grammar needs it. A deck is content, so a locale can translate it under `deck.<id>`.
 */
export const DECK_IDS = ['self-awareness', 'check-in', 'jealousy', 'repair', 'progress'] as const;
export type DeckId = (typeof DECK_IDS)[number];
export const DEFAULT_DECK: DeckId = 'self-awareness';

export interface Deck {
  /** The default heading when the deck is shown. */
  title: string;
  /** One line from the same source, shown above the cards. */
  intro: string;
  prompts: string[];
}

export const builtInDecks: Record<DeckId, Deck> = {
  // Seed 001_228c2ee457f676cc.txt, "Step 1: Develop Self-Awareness", "Reflection Questions" (verbatim).
  'self-awareness': {
    title: 'Self-awareness',
    intro: 'Noticing your patterns is the first step toward changing them.',
    prompts: [
      'How do I typically react when my partner seems distant?',
      'What makes me feel most secure in relationships?',
      'What patterns do I repeat across different relationships?',
      'When do I shut down or become reactive?',
      'What did I learn about love from my family?',
    ],
  },
  // Seed 000_1243f390ff428b0e.txt, "A practical toolkit for you to try in the next week": the weekly self
  // check in "to name feelings and needs" and the daily check in "to share highlights from the day and a
  // challenge"; seed 002_31a936a8e8f5f16c.txt, "Simple Daily Practices to Strengthen Safe Attachment":
  // "daily check ins to share how each person is feeling". The intro follows seed 000, "Develop practical
  // communication habits" ("a simple rhythm such as weekly check ins") and "Own your autonomy" ("When people
  // know what to expect from you they feel safe").
  'check-in': {
    title: 'Check-in',
    intro: 'Short, regular check-ins help everyone know what to expect.',
    prompts: [
      'What feelings can I name?',
      'What needs can I name?',
      'What were the highlights from the day?',
      'What was a challenge from the day?',
      'How is each person feeling?',
    ],
  },
  // Seed 000_1243f390ff428b0e.txt, "Practice healthy jealousy management" ("treat jealousy as data… Ask
  // yourself what the feeling is telling you about a boundary or a need. Then communicate it clearly.")
  // and the FAQ "How do I manage jealousy in solo poly amory" ("Name the feeling and the need that lies
  // behind it… adjust agreements or boundaries if needed").
  jealousy: {
    title: 'Jealousy as data',
    intro: 'Treat jealousy as data, not as a threat.',
    prompts: [
      'What is the feeling telling me about a boundary or a need?',
      'What is the feeling, and what is the need that lies behind it?',
      'What would I ask for?',
      'How can I communicate it clearly?',
      'Do I need to adjust agreements or boundaries?',
    ],
  },
  // Seed 001_228c2ee457f676cc.txt, "Step 6: Master Repair and Reconnection", "The Repair Process" (its six
  // steps, each turned into a prompt). The intro says "relationships" where the seed says "couples": the
  // cards are also used by people with more than one partner.
  repair: {
    title: 'Repair after a conflict',
    intro: 'All relationships have conflicts and disconnections. What matters is how quickly and effectively you repair them.',
    prompts: [
      'How can I take responsibility for my part without deflecting?',
      'How can I acknowledge the impact on my partner?',
      'How can I express genuine remorse (not just "I\'m sorry you feel that way")?',
      'What specific plans can I make to handle similar situations differently?',
      'How will I follow through with changed behavior?',
      "How can we reconnect: through affection, quality time, or my partner's love language?",
    ],
  },
  // Seed 002_31a936a8e8f5f16c.txt, "Measuring Progress" (its signs of progress, each turned into a prompt).
  progress: {
    title: 'Measuring progress',
    intro: 'Growth is rarely linear, so patience, compassion and curiosity are essential.',
    prompts: [
      'Where do I notice an increased ability to ask for help?',
      'Where do I notice reduced fear in expressing needs?',
      'Where do I notice greater emotional regulation?',
      'Where do I notice less frequent escalation during conflicts?',
      'Where do we notice more laughter, ease and shared future planning?',
      'What small victories can I celebrate?',
    ],
  },
};

/** The strings entries for the decks: `deck.<id>` → Deck. */
export const deckStrings = Object.fromEntries(DECK_IDS.map((id) => [`deck.${id}`, builtInDecks[id]])) as Record<`deck.${DeckId}`, Deck>;

/** One prompt as a label: whitespace (line breaks, indentation from HTML) collapsed, ends trimmed. */
export function normalizePrompt(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `prompts`: a JSON array of prompts (strings). */
export const promptsRule = jsonRule(
  (value): value is string[] => Array.isArray(value) && value.every((prompt) => typeof prompt === 'string'),
  [],
  'a JSON array of prompts, such as \'["What went well?", "What would help?"]\'',
);

/**
 * The custom prompts held in an element's light DOM: each `<li>` or `<p>` child is one prompt, and so
 * is each `<li>` of a child `<ol>`/`<ul>`. Only their text is read, never their markup; blank ones are dropped.
 */
export function promptsFromChildren(host: Element): string[] {
  const prompts: string[] = [];
  for (const child of host.children) {
    // A slotted child (the host's `slot="support"` text) is not a prompt.
    if (child.hasAttribute('slot')) continue;
    const tag = child.localName;
    if (tag === 'li' || tag === 'p') prompts.push(child.textContent ?? '');
    else if (tag === 'ol' || tag === 'ul') {
      for (const item of child.children) if (item.localName === 'li') prompts.push(item.textContent ?? '');
    }
  }
  return prompts.map(normalizePrompt).filter(Boolean);
}
