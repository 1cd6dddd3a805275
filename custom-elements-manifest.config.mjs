/** @custom-elements-manifest/analyzer: documents every element, attribute, event, part and custom property. */
import { attributeValues } from './scripts/manifest/attribute-values.mjs';
import { eventTypes } from './scripts/manifest/event-types.mjs';
import { elementDefinitions } from './scripts/manifest/element-definitions.mjs';
import { inheritedMembers } from './scripts/manifest/inherited-members.mjs';
import { packagePaths } from './scripts/manifest/package-paths.mjs';

/** Events dispatched through the core's typed classes are documented by `@fires`; drop the unnamed duplicates. */
function dropUnnamedEvents() {
  return {
    name: 'tend-drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts', 'src/builder/catalog.generated.ts', 'src/locales/**', 'src/entries/locales/**', 'src/entries/*-locales.ts', 'src/entries/locales.ts', 'src/entries/react.ts', 'src/entries/loaders.ts', 'src/entries/strings.ts', 'src/xapi.ts', 'src/xapi/**', 'src/autoloader.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    dropUnnamedEvents(),
    attributeValues(),
    eventTypes(),
    elementDefinitions(),
    inheritedMembers(),
    packagePaths(), // last: rewrites every path to the package's dist/ files
  ],
};
