// Stands in for the CDN's dist/cdn/repair.js in tests: that one element, from source.
import '../../../../src/entries/repair.ts';
