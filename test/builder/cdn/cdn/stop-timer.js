// Stands in for the CDN's dist/cdn/stop-timer.js in tests: that one element, from source.
import '../../../../src/entries/stop-timer.ts';
