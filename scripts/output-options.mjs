// Rolldown output options of the files a browser loads as they are (dist/tend.min.js, dist/cdn/), shared by the build and the size budget.

/**
 * Minified, without the `/* @__PURE__ *\/` marks the minifier keeps for a later bundler: these files
 * have none, and the 200 marks weigh 0.3 kB gzip. The npm modules keep them (host apps tree-shake).
 */
export const finalOutput = { minify: true, comments: { annotation: false } };
