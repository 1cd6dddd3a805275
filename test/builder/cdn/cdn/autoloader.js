// Stands in for the CDN's dist/cdn/autoloader.js in tests: the autoloader, from source.
import '../../../../src/autoloader.ts';
