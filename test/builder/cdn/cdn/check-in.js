// Stands in for the CDN's dist/cdn/check-in.js in tests: that one element, from source.
import '../../../../src/entries/check-in.ts';
