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

/**
 * A static and an instance field of one name (the widgets' static `strings`, their English words, and the
 * `strings` property and attribute, the page's own words): the analyzer documents the attribute with the
 * static field. Give it the instance field's type and description, and keep that field beside the static one.
 */
function attributesOfInstanceFields() {
  return {
    name: 'tend-attributes-of-instance-fields',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => [module, declaration]));
      const instanceField = (name, declaration) => declaration.members?.find((member) => member.name === name && !member.static && member.kind === 'field');
      for (const [, declaration] of declarations) {
        for (const attribute of declaration.attributes ?? []) {
          const shadowed = declaration.members?.find((member) => member.name === attribute.fieldName && member.static);
          if (!shadowed) continue;
          const [owner, ownerDeclaration] = declarations.find(([, d]) => d.name === (attribute.inheritedFrom?.name ?? declaration.name)) ?? [];
          const field = ownerDeclaration && instanceField(attribute.fieldName, ownerDeclaration);
          if (!field) continue;
          delete shadowed.attribute;
          const ownStatic = ownerDeclaration.members?.find((member) => member.name === attribute.fieldName && member.static);
          if (ownStatic?.type) shadowed.type = ownStatic.type;
          Object.assign(attribute, { type: field.type, description: field.description });
          delete attribute.default;
          if (!instanceField(field.name, declaration)) {
            const inherited = declaration === ownerDeclaration ? {} : { inheritedFrom: { name: ownerDeclaration.name, module: owner.path } };
            declaration.members.push({ ...field, attribute: attribute.name, ...inherited });
          } else {
            instanceField(field.name, declaration).attribute = attribute.name;
          }
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
    attributesOfInstanceFields(),
    attributeValues(),
    eventTypes(),
    elementDefinitions(),
    inheritedMembers(),
    packagePaths(), // last: rewrites every path to the package's dist/ files
  ],
};
