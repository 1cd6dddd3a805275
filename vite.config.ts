import { defineConfig } from 'vite';
import { entries } from './scripts/entries.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** The npm build: ES modules mirroring src/, lit and zod left as imports for the user's bundler. */
export default defineConfig({
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^react($|\/)/],
      // One file per source module: the registering files (src/define/*, the entries) stay files of their
      // own that package.json "sideEffects" lists, and everything else stays free for tree-shaking.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
