import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyState, stateFromFragment, stateToFragment, type BuilderState } from '../../src/builder/state.js';
import { URL_WRITE_GAP, UrlState, type UrlClock } from '../../src/builder/url-state.js';

/** Time the test moves by hand, with the timers waiting on it. */
class HandClock implements UrlClock {
  time = 1_000;
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  now = () => this.time;
  later = (run: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };
  cancel = (id: unknown) => void this.timers.delete(id as number);
  advance(ms: number): void {
    this.time += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at > this.time) continue;
      this.timers.delete(id);
      timer.run();
    }
  }
  get waiting(): number {
    return this.timers.size;
  }
}

const TAGS = ['tend-i-statement', 'tend-flow'];

function setup(initial = emptyState('tend-i-statement')) {
  const clock = new HandClock();
  const controllers: ReactiveController[] = [];
  const host = { addController: (c: ReactiveController) => controllers.push(c) } as unknown as ReactiveControllerHost;
  let state: BuilderState = initial;
  const restored: BuilderState[] = [];
  const url = new UrlState(host, { read: () => state, restore: (s) => restored.push((state = s)), tags: TAGS, stepTags: ['tend-i-statement'], clock });
  return { clock, url, controller: controllers[0]!, restored, set: (s: BuilderState) => (state = s) };
}

const withHeading = (heading: string): BuilderState => ({ ...emptyState('tend-i-statement'), attributes: { heading } });
const hashState = () => stateFromFragment(location.hash, TAGS);

describe('builder URL state', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('restores the state a link holds when the builder connects, and ignores a fragment it cannot read', () => {
    history.replaceState(null, '', stateToFragment(withHeading('From the link')));
    const { controller, restored } = setup();
    controller.hostConnected!();
    expect(restored.map((s) => s.attributes['heading'])).to.deep.equal(['From the link']);
    controller.hostDisconnected!();
    history.replaceState(null, '', '#tend=not-base64-json');
    const other = setup();
    other.controller.hostConnected!();
    expect(other.restored).to.deep.equal([]);
    other.controller.hostDisconnected!();
  });

  it('writes the first change at once, then at most once per gap, always ending with the last change', () => {
    const { clock, url, set } = setup();
    set(withHeading('a'));
    url.write();
    expect(hashState()?.attributes['heading']).to.equal('a');
    set(withHeading('ab'));
    url.write();
    set(withHeading('abc'));
    url.write();
    expect(hashState()?.attributes['heading']).to.equal('a');
    expect(clock.waiting).to.equal(1);
    clock.advance(URL_WRITE_GAP - 1);
    expect(hashState()?.attributes['heading']).to.equal('a');
    clock.advance(1);
    expect(hashState()?.attributes['heading']).to.equal('abc');
    expect(clock.waiting).to.equal(0);
  });

  it('flush writes a waiting change at once (before a link is copied), and disconnecting does too', () => {
    const { url, set, controller } = setup();
    set(withHeading('one'));
    url.write();
    set(withHeading('two'));
    url.write();
    url.flush();
    expect(hashState()?.attributes['heading']).to.equal('two');
    set(withHeading('three'));
    url.write();
    controller.hostDisconnected!();
    expect(hashState()?.attributes['heading']).to.equal('three');
  });

  it('follows navigation to another fragment, but not its own writes', async () => {
    const { url, set, controller, restored } = setup();
    controller.hostConnected!();
    set(withHeading('mine'));
    url.write();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(restored).to.deep.equal([]);
    history.replaceState(null, '', stateToFragment(withHeading('elsewhere')));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(restored.map((s) => s.attributes['heading'])).to.deep.equal(['elsewhere']);
    controller.hostDisconnected!();
  });
});
