/** The browser engine running the tests, for skip reasons: Chromium, Firefox or WebKit. */
export const engine = /Firefox\//.test(navigator.userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'Chromium' : 'WebKit';

/**
 * Skips the running test (or hook's tests) and prints why in the run's browser logs: mocha's
 * skip() takes no reason, and a skip nobody can read the reason of hides a gap.
 */
export function skipBecause(context: Mocha.Context, reason: string): never {
  // warn: web-test-runner's browser logs keep log, debug, warn and error (lint allows warn and error)
  console.warn(`[skipped in ${engine}] ${context.currentTest?.fullTitle() ?? context.test?.fullTitle() ?? ''}: ${reason}`);
  context.skip();
}
