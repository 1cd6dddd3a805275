/** @custom-elements-manifest/analyzer: documents every element, attribute, event, part and custom property. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts', 'src/locales/**', 'src/react.ts', 'src/xapi.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
