// Values that would become markup or script if anything on the way forgot to escape them.
export const H = {
  breakOut: '"><svg onload=window.__pwned=1>',
  script: '</script><script>window.__pwned=2</script><!--',
  quote: "x' onmouseover='window.__pwned=3",
  img: '<img src=x onerror=window.__pwned=4>',
  shortcode: '[tend exercise="stop-timer" autostart]',
};
/** Substrings that must never appear in a served page. */
export const NEVER_IN_HTML = ['onfocus="window', '<svg onload', '<img src=x', '<script>window.__pwned', "onmouseover='window", 'onmouseover="window', 'onclick="window'];
