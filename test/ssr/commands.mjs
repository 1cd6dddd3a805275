// Server-side command for the browser tests of test/ssr/ (a web-test-runner plugin):
// - `tend-ssr-render` { markup: string[], now?: 'YYYY-MM-DD' }: each markup rendered through Lit SSR from the
//   source modules, as declarative shadow DOM for the test to hydrate (see render-source.mjs). The modules are
//   bundled once per run, and rendered in one worker thread.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { ROOT } from './server.mjs';

let worker;
let next = 0;
const waiting = new Map();

async function start() {
  const outdir = join(ROOT, 'node_modules/.cache/tend-ssr');
  mkdirSync(outdir, { recursive: true });
  const bundle = join(outdir, 'source-server.mjs');
  await build({
    stdin: { contents: "import './src/entries/index.ts';\nimport './src/entries/locales/es.ts';", resolveDir: ROOT, loader: 'ts' },
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(ROOT, 'tsconfig.json'),
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'zod', 'zod/*', 'react'],
    logLevel: 'error',
  });
  const started = new Worker(new URL('./render-source.mjs', import.meta.url), { workerData: { bundle } });
  started.unref();
  await new Promise((resolve, reject) => {
    started.once('error', reject);
    started.once('message', resolve);
  });
  started.on('message', ({ id, rendered, error }) => {
    const done = waiting.get(id);
    waiting.delete(id);
    if (error) done?.reject(new Error(`tend-ssr-render: ${error}`));
    else done?.resolve(rendered);
  });
  return started;
}

function renderSource(payload) {
  worker ??= start();
  return worker.then(
    (thread) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        thread.postMessage({ id, ...payload });
      }),
  );
}

export function tendSsrCommands() {
  return {
    name: 'tend-ssr-commands',
    async executeCommand({ command, payload }) {
      if (command === 'tend-ssr-render') return renderSource(payload);
      return undefined;
    },
  };
}
