/**
 * How Debian's Chromium is launched for tests and benchmarks: no sandbox (root in CI), headless,
 * and none of the background services that would try to reach the network.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';
