// The in-page half of the benchmark, served as is to each fresh page. bench/run.mjs drives it
// through puppeteer (page.evaluate) and does everything that needs the browser from outside
// (forced GC, heap usage, typing, hiding the tab).
const root = document.getElementById('root');

/** Waits until the subject's bundle (preloaded with <link rel="modulepreload">) has been fetched. */
async function preloaded(url) {
  const absolute = new URL(url, location.href).href;
  for (let i = 0; i < 500; i++) {
    const entry = performance.getEntriesByName(absolute)[0];
    if (entry && entry.responseEnd > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The native text field a person types into first (inside the library component's shadow root if any). */
function firstField(el, probe) {
  const shadow = el.shadowRoot;
  if (!shadow) return null;
  // A text field, not a checkbox before it (active listening's "No peeking" comes first).
  const TEXT = 'textarea, input:not([type]), input[type=text]';
  let field = probe === 'form' ? shadow.querySelector('#emotion') : shadow.querySelector(TEXT);
  while (field && field.shadowRoot) field = field.shadowRoot.querySelector(TEXT);
  return field;
}

function previewOf(el) {
  return el.shadowRoot?.querySelector('[part~="sentence"]') ?? null;
}

function typeValue(field, text) {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

function nextEvent(target, type, timeout = 5000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event);
      },
      { once: true },
    );
  });
}

/**
 * Proves the instance interactive: 'form' — typing a feeling into the first field updates the preview;
 * 'change' — typing into the first field fires tend-change; 'start' — pressing Start fires tend-step.
 */
async function interact(el, probe) {
  if (probe === 'start') {
    const start = [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('Start'));
    if (!start) throw new Error('no Start button');
    const stepped = nextEvent(el, 'tend-step');
    start.click();
    await stepped;
    await el.updateComplete;
    el.reset?.();
    return;
  }
  const field = firstField(el, probe);
  if (!field) throw new Error('no text field in the shadow root');
  if (probe === 'change') {
    const changed = nextEvent(el, 'tend-change');
    typeValue(field, 'calm');
    await changed;
    await el.updateComplete;
    return;
  }
  typeValue(field, 'calm');
  await el.updateComplete;
  const text = previewOf(el)?.textContent ?? '';
  if (!text.includes('calm')) throw new Error(`preview did not update: "${text.trim().slice(0, 80)}"`);
}

const bench = {
  /** Module evaluation → n instances connected, rendered (style + layout) and interactive. */
  async render({ url, tag, n, probe }) {
    await preloaded(url);
    const t0 = performance.now();
    await import(url);
    await customElements.whenDefined(tag);
    const tEval = performance.now();
    const els = [];
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const el = document.createElement(tag);
      els.push(el);
      fragment.append(el);
    }
    root.append(fragment);
    await Promise.all(els.map((el) => el.updateComplete));
    const tUpdated = performance.now();
    // Style and layout of everything, synchronously (paint is not included).
    void root.getBoundingClientRect().height;
    void document.body.offsetHeight;
    const tRendered = performance.now();
    const last = els[n - 1];
    if (!firstField(last, probe) && probe !== 'start') throw new Error('the shadow DOM has no input');
    await interact(last, probe);
    const t1 = performance.now();
    return { totalMs: t1 - t0, evalMs: tEval - t0, renderMs: tUpdated - tEval, layoutMs: tRendered - tUpdated, interactMs: t1 - tRendered };
  },

  /**
   * `<tend-check-in history>` with n kept check-ins in storage (one a day, going back from today):
   * connected → rendered with its over-time view (the history read and checked, the four-week counts,
   * the newest check-ins listed) → style and layout. Before the clock starts, the module is loaded and
   * one check-in with a history of one is rendered and removed: the one-time work of any first instance
   * on a page (templates, style sheets, zod's first parse, the first Intl formatters) is not counted, so
   * the figure is what 1,000 kept check-ins cost. `formMs`: the same element without history, for scale.
   */
  async historyRender({ url, n }) {
    await preloaded(url);
    await import(url);
    await customElements.whenDefined('tend-check-in');
    const feelings = ['calm', 'tired', 'hopeful', 'anxious', 'grateful', 'stressed'];
    const day = (i) => {
      const d = new Date();
      d.setDate(d.getDate() - i - 1);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const entries = Array.from({ length: n }, (_, i) => ({
      rhythm: 'daily',
      date: day(i),
      with: ['Alex'],
      feelings: [feelings[i % 6], feelings[(i + 2) % 6]],
      highlight: `A walk after work, day ${i}.`,
      challenge: `Too many meetings, day ${i}.`,
      need: i % 3 ? 'An early night.' : 'Time together.',
    }));
    const draft = { rhythm: 'daily', date: day(-1), with: ['Alex'], feelings: [], highlight: '', challenge: '', need: '', entries };
    const store = (key, data) => localStorage.setItem(`tend:v1:check-in:${key}`, JSON.stringify({ version: 1, savedAt: new Date().toISOString(), data }));
    store('warm', { ...draft, entries: entries.slice(0, 1) });
    store('bench', draft);
    const warm = document.createElement('tend-check-in');
    warm.setAttribute('history', '');
    warm.setAttribute('persist', 'warm');
    root.append(warm);
    await warm.updateComplete;
    void root.getBoundingClientRect().height;
    const tWarm = performance.now();
    warm.remove();
    const baseline = document.createElement('tend-check-in');
    root.append(baseline);
    await baseline.updateComplete;
    void root.getBoundingClientRect().height;
    const formMs = performance.now() - tWarm;
    baseline.remove();
    const el = document.createElement('tend-check-in');
    el.setAttribute('history', '');
    el.setAttribute('persist', 'bench');
    el.setAttribute('with', 'Alex');
    const t0 = performance.now();
    root.append(el);
    await el.updateComplete;
    void root.getBoundingClientRect().height;
    void document.body.offsetHeight;
    const ms = performance.now() - t0;
    const region = el.shadowRoot.querySelector('[part~="history"]');
    const result = { ms, formMs, kept: el.entries.length, listed: region?.querySelectorAll('[part~="entry"]').length ?? 0, counted: region?.querySelectorAll('.tally li').length ?? 0 };
    el.remove();
    localStorage.clear();
    return result;
  },

  /** One instance, focused, with keydown → preview-mutation timing installed. */
  async latencySetup({ url, tag }) {
    await preloaded(url);
    await import(url);
    await customElements.whenDefined(tag);
    const el = document.createElement(tag);
    root.append(el);
    await el.updateComplete;
    const preview = previewOf(el);
    if (!preview) throw new Error('no preview');
    const state = { el, dom: [], frame: [], silent: 0, pending: null };
    window.__latency = state;
    document.addEventListener(
      'keydown',
      (event) => {
        if (state.pending !== null) state.silent++;
        state.pending = event.timeStamp;
      },
      true,
    );
    new MutationObserver(() => {
      const start = state.pending;
      if (start === null) return;
      state.pending = null;
      state.dom.push(performance.now() - start);
      requestAnimationFrame(() => state.frame.push(performance.now() - start));
    }).observe(preview, { subtree: true, childList: true, characterData: true });
    bench.latencyFocus();
  },

  latencyFocus() {
    const field = firstField(window.__latency.el, 'form');
    field.focus();
    return document.activeElement === window.__latency.el || field.matches(':focus');
  },

  /** Empties the field (not measured) between two words. */
  async latencyClear() {
    const state = window.__latency;
    const field = firstField(state.el, 'form');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    state.pending = null;
    field.value = '';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
    await state.el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    state.pending = null;
    field.focus();
  },

  latencyResult() {
    const state = window.__latency;
    if (state.pending !== null) state.silent++;
    return { dom: state.dom, frame: state.frame, silent: state.silent };
  },

  /** Loads the subject once for the memory test. */
  async memorySetup({ url, tag }) {
    await preloaded(url);
    await import(url);
    await customElements.whenDefined(tag);
  },

  /** n × (create, connect, wait for its render, disconnect). */
  async cycles({ tag, n }) {
    for (let i = 0; i < n; i++) {
      const el = document.createElement(tag);
      root.append(el);
      await el.updateComplete;
      el.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  },

  /** Starts a STOP run; tend-step / tend-complete are recorded with performance.now() and event.timeStamp. */
  async timerStart({ url, durations, block }) {
    await preloaded(url);
    await import(url);
    await customElements.whenDefined('tend-stop-timer');
    const el = document.createElement('tend-stop-timer');
    el.setAttribute('durations', durations);
    root.append(el);
    await el.updateComplete;
    const record = { steps: [], complete: null, startedAt: 0, blocks: 0 };
    window.__timer = record;
    el.addEventListener('tend-step', (event) => {
      record.steps.push({ index: event.detail.index, step: event.detail.step, at: performance.now(), stamp: event.timeStamp });
    });
    el.addEventListener('tend-complete', (event) => {
      record.complete = { at: performance.now(), stamp: event.timeStamp, elapsedMs: event.detail.data.elapsedMs, pausedMs: event.detail.data.pausedMs };
    });
    record.startedAt = performance.now();
    record.el = el;
    if (block) {
      // The main thread is blocked for 200 ms every second, starting with the run.
      record.blocker = setInterval(() => {
        const end = performance.now() + 200;
        while (performance.now() < end) {
          /* busy */
        }
        record.blocks++;
      }, 1000);
    }
    el.start();
    return record.startedAt;
  },

  /** Back on the page after it was hidden: what the widget says, then Resume pressed as a person would. */
  timerResumeAfterAway() {
    const record = window.__timer;
    const shadow = record.el.shadowRoot;
    record.awayNote = shadow.querySelector('[part~=base]')?.textContent.includes('while you were away') ?? false;
    const resume = [...shadow.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Resume');
    if (!resume) throw new Error('no Resume button after the page was hidden');
    record.resumedAt = performance.now();
    resume.click();
    return record.awayNote;
  },

  timerResult() {
    const record = window.__timer;
    clearInterval(record.blocker);
    return {
      steps: record.steps,
      complete: record.complete,
      startedAt: record.startedAt,
      blocks: record.blocks,
      visibility: record.visibility ?? [],
      resumedAt: record.resumedAt ?? null,
      awayNote: record.awayNote ?? null,
    };
  },
};

document.addEventListener('visibilitychange', () => {
  if (window.__timer) (window.__timer.visibility ??= []).push({ at: performance.now(), state: document.visibilityState });
});

window.bench = bench;
