/**
 * The agreement's edits as pure functions: each takes the sections and returns new ones (the
 * section touched is copied, the others are shared), so the element only wires them to the person's
 * actions, focus and announcements.
 */
export interface ItemState {
  /** Stable key for keyed rendering and focus. */
  key: number;
  text: string;
}

export interface SectionState {
  id: string;
  /** A built-in section takes its title, prompt and examples from the strings, in the reader's language. */
  builtIn: boolean;
  title: string;
  prompt: string;
  examples: string[];
  items: ItemState[];
}

type Sections = readonly SectionState[];

function withItems(sections: Sections, section: number, update: (items: ItemState[]) => ItemState[]): SectionState[] {
  return sections.map((s, i) => (i === section ? { ...s, items: update(s.items) } : s));
}

export function addItem(sections: Sections, section: number, item: ItemState): SectionState[] {
  return withItems(sections, section, (items) => [...items, item]);
}

/** Puts `item` back at `index` (Undo of a removal). */
export function insertItem(sections: Sections, section: number, index: number, item: ItemState): SectionState[] {
  return withItems(sections, section, (items) => [...items.slice(0, index), item, ...items.slice(index)]);
}

export function editItem(sections: Sections, section: number, key: number, text: string): SectionState[] {
  return withItems(sections, section, (items) => items.map((item) => (item.key === key ? { key, text } : item)));
}

export function removeItem(sections: Sections, section: number, index: number): SectionState[] {
  return withItems(sections, section, (items) => items.filter((_, i) => i !== index));
}

/** Swaps an item with its neighbour above (-1) or below (+1); null when there is none. */
export function moveItem(sections: Sections, section: number, index: number, delta: -1 | 1): SectionState[] | null {
  const items = sections[section]?.items;
  const target = index + delta;
  if (!items?.[index] || target < 0 || target >= items.length) return null;
  return withItems(sections, section, (list) => {
    const moved = [...list];
    [moved[index], moved[target]] = [moved[target]!, moved[index]!];
    return moved;
  });
}

/** Where focus goes when an item is removed: the next item, else the previous one. */
export function neighbourOf(items: readonly ItemState[], index: number): ItemState | undefined {
  return items[index + 1] ?? items[index - 1];
}

/** Names from a comma-separated list: trimmed, empty ones dropped. */
export function parseNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}
