// Stands in for the CDN's dist/cdn/reflection-card.js in tests: that one element, from source.
import '../../../../src/entries/reflection-card.ts';
