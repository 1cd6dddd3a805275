// Stands in for dist/locales/es.js in tests.
import '../../../../src/locales/es.ts';
