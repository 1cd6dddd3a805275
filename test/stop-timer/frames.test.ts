import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FrameLoopController } from '../../src/core/frame-loop-controller.js';
import { begin, skipAt, timeUpAt } from '../../src/stop-timer/timeline.js';
import { FakeClock } from './fake-clock.js';

/** A host on the page or off it, that keeps its controllers. */
function host(connected = true) {
  const controllers: ReactiveController[] = [];
  const element = document.createElement('div');
  if (connected) document.body.append(element);
  return Object.assign(element, {
    controllers,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  }) as HTMLElement & ReactiveControllerHost & { controllers: ReactiveController[] };
}

describe("FrameLoopController (the timer's frames)", () => {
  afterEach(() => document.body.replaceChildren());

  it('asks for one frame at a time and calls back once per frame', () => {
    const clock = new FakeClock();
    let frames = 0;
    const loop = new FrameLoopController(host(), () => clock, () => frames++);
    loop.request();
    loop.request();
    expect(clock.requested).to.equal(1);
    clock.frame();
    expect(frames).to.equal(1);
    loop.request();
    expect(clock.requested).to.equal(2);
  });

  it('asks for nothing while the element is off the page', () => {
    const clock = new FakeClock();
    new FrameLoopController(host(false), () => clock, () => undefined).request();
    expect(clock.requested).to.equal(0);
  });

  it('cancels a waiting frame through the clock that gave it, also when the element leaves the page', () => {
    const first = new FakeClock();
    let clock = first;
    let frames = 0;
    const element = host();
    const loop = new FrameLoopController(element, () => clock, () => frames++);
    loop.request();
    clock = new FakeClock();
    loop.cancel();
    expect(first.cancelled).to.equal(1);
    loop.request();
    element.controllers.forEach((c) => c.hostDisconnected?.());
    expect(clock.cancelled).to.equal(1);
    first.frame();
    clock.frame();
    expect(frames).to.equal(0);
  });
});

describe('stop-timer timeUpAt (pure)', () => {
  it('is the moment the steps ran out, however late it is seen', () => {
    const tl = begin([1, 1, 1, 1], 1000);
    expect(timeUpAt(tl, 5000)).to.equal(5000);
    expect(timeUpAt(tl, 9000)).to.equal(5000);
  });

  it('counts skipped time as run through', () => {
    const tl = skipAt(begin([1, 1, 1, 1], 1000), 1200);
    expect(timeUpAt(tl, 9000)).to.equal(4200);
  });
});
