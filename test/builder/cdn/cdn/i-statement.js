// Stands in for the CDN's dist/cdn/i-statement.js in tests: that one element, from source.
import '../../../../src/entries/i-statement.ts';
