import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeelingGroup } from './feelings.js';
import { isRtl, rovingTarget } from './roving.js';

/**
 * The feelings to choose as toolbars (src/core/roving.ts): each group is one tab stop, held by the feeling the
 * person last moved to with the arrows, else the first chosen, else the first; the arrows, Home and End move
 * within the group. Shared by the check-in and the jealousy journal.
 */
export class FeelingsRovingController implements ReactiveController {
  /** Per group, the feeling the person last moved to with the arrows. */
  private movedTo: number[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Moves focus in the host's shadow root once it has rendered. */
    private readonly focus: (selector: string) => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Per group, which feeling holds its one tab stop. */
  tabStops(groups: readonly FeelingGroup[], chosen: readonly string[]): number[] {
    const picked = new Set(chosen.map((word) => word.toLocaleLowerCase()));
    return groups.map((group, g) => {
      const moved = this.movedTo[g];
      if (moved !== undefined && moved < group.words.length) return moved;
      return Math.max(0, group.words.findIndex((word) => picked.has(word.toLocaleLowerCase())));
    });
  }

  /** A key pressed on feeling `index` of group `group`: the arrows, Home and End move within the group. */
  readonly move = (event: KeyboardEvent, group: number, index: number): void => {
    const count = event.currentTarget instanceof Element ? (event.currentTarget.parentElement?.querySelectorAll('button').length ?? 0) : 0;
    const to = rovingTarget(event.key, index, count, isRtl(this.host));
    if (to < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.movedTo = Object.assign([...this.movedTo], { [group]: to });
    this.host.requestUpdate();
    void this.focus(`[data-group="${group}"] button:nth-of-type(${to + 1})`);
  };
}
