// `import 'tend-widgets/builder'` defines <tend-builder> (and the exercises it previews, in every language of src/locales/).
import './entries/index.js';
import './entries/builder-locales.js';
import { TendBuilder } from './builder/builder.js';

export { TendBuilder };
TendBuilder.define('tend-builder');

declare global {
  interface HTMLElementTagNameMap {
    'tend-builder': TendBuilder;
  }
}
