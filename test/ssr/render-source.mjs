// Renders markup through Lit SSR from the *source* modules (src/, bundled for Node by test/ssr/commands.mjs),
// so that the browser tests, which run src/ too, hydrate HTML made from the same templates. A worker thread
// of the test runner (Lit's DOM shim stays out of the runner itself): each message
// `{ id, markup: string[], now?: 'YYYY-MM-DD' }` is answered with `{ id, rendered: string[] }` or `{ id, error }`.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
await import(pathToFileURL(workerData.bundle).href);

const RealDate = Date;
/** `Date` as on another day (a static site built a while ago), for one render. */
function dayOf(now) {
  const [year, month, day] = now.split('-').map(Number);
  return class extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [year, month - 1, day, 12]));
    }
  };
}

parentPort.on('message', async ({ id, markup, now }) => {
  try {
    if (now) globalThis.Date = dayOf(now);
    const rendered = [];
    for (const page of markup) rendered.push(await collectResult(render(html`${unsafeStatic(page)}`)));
    parentPort.postMessage({ id, rendered });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  } finally {
    globalThis.Date = RealDate;
  }
});
parentPort.postMessage({ ready: true });
