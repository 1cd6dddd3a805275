// A web-test-runner plugin that counts calls of chosen exported functions, for the tests that hold how
// often one edit computes something (test/i-statement/keystroke.test.ts). After esbuild has turned the
// module into JavaScript, `export function name(` becomes a private function and a counting wrapper
// takes its exported name (so calls from inside the module count as well). The wrapper reports to
// `globalThis[Symbol.for('tend-widgets.calls')]` when a test has set it, and is a plain pass-through
// otherwise: every other test runs the same code.

/** Modules (paths from the repository's root) and the functions counted in each. */
export const countedCalls = {
  'src/i-statement/compose.ts': ['composition', 'composeStatement', 'composePreview'],
  'src/core/safety/detect.ts': ['assessSafety', 'detectDanger'],
};

const hook = "globalThis[Symbol.for('tend-widgets.calls')]";

/** The module's code with each named function counted (names it does not export are left alone). */
export function instrument(code, names) {
  let out = code;
  const wrappers = [];
  for (const name of names) {
    const declaration = new RegExp(`export function ${name}\\(`);
    if (!declaration.test(out)) continue;
    out = out.replace(declaration, `function ${name}$counted(`);
    wrappers.push(`export function ${name}(...args) {\n  ${hook}?.(${JSON.stringify(name)});\n  return ${name}$counted(...args);\n}`);
  }
  return wrappers.length ? `${out}\n${wrappers.join('\n')}\n` : code;
}

export function countCalls(targets = countedCalls) {
  return {
    name: 'tend-count-calls',
    transform(context) {
      const target = Object.keys(targets).find((path) => context.path.endsWith(`/${path}`));
      if (!target || typeof context.body !== 'string') return undefined;
      return { body: instrument(context.body, targets[target]) };
    },
  };
}
