import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
// The toolbar's Spanish: the locale module registers itself, as it does on a page.
import { locales } from '../src/entries/locales.js';
import { widgets } from '../src/registry.js';

const WIDGET_TAGS = widgets.map((w) => w.tag).join(', ');

setCustomElementsManifest(manifest);

const CDN_SCRIPT = '<script type="module" src="https://cdn.jsdelivr.net/npm/tend-widgets/dist/tend.min.js"></script>';

/** Applies the toolbar's theme, language, direction and motion to every widget in the story. */
const withToolbar: Decorator = (story, context) => {
  const { theme, locale, direction, motion } = context.globals as Record<string, string>;
  const apply = (wrapper?: Element) => {
    if (!wrapper) return;
    requestAnimationFrame(() => {
      for (const el of wrapper.querySelectorAll(`:is(${WIDGET_TAGS}):not(tend-flow > *)`)) {
        if (theme && theme !== 'story') el.setAttribute('theme', theme);
      }
    });
  };
  const dark = theme === 'dark';
  return html`<div
    ${ref(apply)}
    lang=${locale || 'en'}
    dir=${direction || 'ltr'}
    data-tend-motion=${motion === 'reduce' ? 'reduce' : 'no-preference'}
    style="padding:1rem;${dark ? 'background:#121215;color:#ececf1;' : ''}"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withToolbar],
  globalTypes: {
    theme: {
      description: 'Colour theme of the widgets',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['story', 'light', 'dark', 'auto'], dynamicTitle: true },
    },
    locale: {
      description: 'Language (the nearest lang ancestor)',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', ...Object.keys(locales)], dynamicTitle: true },
    },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    motion: {
      description: 'Reduced motion',
      toolbar: { title: 'Motion', icon: 'play', items: ['no-preference', 'reduce'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'story', locale: 'en', direction: 'ltr', motion: 'no-preference' },
  parameters: {
    controls: { expanded: true },
    docs: {
      toc: true,
      // The snippet a blogger pastes: the CDN script, then the tag with the current controls' attributes.
      source: {
        type: 'dynamic',
        language: 'html',
        transform: (code: string) => `${CDN_SCRIPT}\n\n${code.trim()}`,
      },
    },
  },
};

export default preview;
