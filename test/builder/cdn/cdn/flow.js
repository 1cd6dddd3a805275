// Stands in for the CDN's dist/cdn/flow.js in tests: that one element, from source.
import '../../../../src/entries/flow.ts';
