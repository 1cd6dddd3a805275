// Every demo page loads the whole library, as the npm package's main entry does.
import '../src/entries/index.js';
