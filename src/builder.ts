// `import 'tend-widgets/builder'` defines <tend-builder> (and the exercises it previews, with Spanish).
import './index.js';
import './locales/es.js';
import './builder/strings-es.js';
import { TendBuilder } from './builder/builder.js';

export { TendBuilder };
TendBuilder.define('tend-builder');

declare global {
  interface HTMLElementTagNameMap {
    'tend-builder': TendBuilder;
  }
}
