// Stands in for dist/locales/es.js in tests.
import '../../../../src/entries/locales/es.ts';
