import type { BuilderState } from './state.js';
import type { BuilderText } from './text.js';

/** What the builder's views need of it: its words, its state, one way to change it, and its shadow root (to find and focus their own fields). */
export interface BuilderView {
  readonly text: BuilderText;
  state(): BuilderState;
  edit(change: (draft: BuilderState) => void): void;
  root(): HTMLElement | DocumentFragment;
  /** Resolves once the builder has rendered the last change. */
  updated(): Promise<unknown>;
}
