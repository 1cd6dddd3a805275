/** Text that must always be shown literally: never parsed as HTML, never run. */
export const hostileStrings = [
  '<img src=x onerror="window.__tendPwned=1">',
  '<script>window.__tendPwned=1</script>',
  '"><svg onload="window.__tendPwned=1">',
  "'); window.__tendPwned=1; //",
  '${window.__tendPwned=1}',
  '{{constructor.constructor("window.__tendPwned=1")()}}',
  'javascript:window.__tendPwned=1',
  '\u202Eevil\u202C \u200B\u200D zero-width',
  'x'.repeat(10_000),
];

/** Asserts nothing hostile ran and no element was injected into the element's shadow root. */
export function assertNothingInjected(root: ShadowRoot | Element): void {
  if ((window as unknown as { __tendPwned?: number }).__tendPwned) throw new Error('hostile text executed');
  const injected = root.querySelector('img[src=x], svg[onload], script');
  if (injected) throw new Error(`hostile text became an element: ${injected.outerHTML.slice(0, 80)}`);
}
