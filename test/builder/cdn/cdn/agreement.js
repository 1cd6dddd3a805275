// Stands in for the CDN's dist/cdn/agreement.js in tests: that one element, from source.
import '../../../../src/entries/agreement.ts';
