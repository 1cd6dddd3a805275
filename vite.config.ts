import { defineConfig } from 'vite';
import { entries } from './scripts/entries.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** The npm build: one ES module per entry, lit and zod left as imports for the user's bundler. */
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
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
