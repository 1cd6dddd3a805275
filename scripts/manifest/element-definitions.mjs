/**
 * Manifest plugin: a `custom-element-definition` export for each tag, in the module that defines it,
 * read from the calls the source makes (`TendIStatement.define('tend-i-statement')` at a module's top
 * level, with the class imported or declared there), and none that the analyzer guessed: its
 * `customElements.define(tag, this)` inside a static method is not a definition of a tag named
 * "tag" by a class named "anonymous_0".
 */
import { posix } from 'node:path';

export function elementDefinitions() {
  /** { module, tag, className, classModule } for each top-level `<Class>.define('<tag>')`. */
  const definitions = [];
  return {
    name: 'tend-element-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExpressionStatement(node) || !ts.isSourceFile(node.parent)) return;
      const call = node.expression;
      if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return;
      const { expression: target, name } = call.expression;
      const [tag] = call.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || !tag || !ts.isStringLiteralLike(tag)) return;
      definitions.push({ module: moduleDoc.path, tag: tag.text, className: target.text, classModule: importedFrom(ts, node.parent, target.text, moduleDoc.path) });
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) if (declaration.kind === 'class') classes.set(`${module.path}#${declaration.name}`, declaration);
      }
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
      }
      for (const { module, tag, className, classModule } of definitions) {
        const declaration = classes.get(`${classModule}#${className}`);
        if (!declaration?.customElement) throw new Error(`${module}: ${className}.define('${tag}') names no custom element class in ${classModule}`);
        if (declaration.tagName && declaration.tagName !== tag) throw new Error(`${module}: ${className} is defined as <${tag}> but documented as <${declaration.tagName}>`);
        declaration.tagName = tag;
        const entry = { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: classModule } };
        customElementsManifest.modules.find((candidate) => candidate.path === module).exports.push(entry);
      }
    },
  };
}

/** The module (`src/….ts`) a name comes from: its import in `source`, else `source` itself. */
function importedFrom(ts, source, name, modulePath) {
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (bindings.elements.some((element) => element.name.text === name)) {
      const specifier = statement.moduleSpecifier.text;
      return posix.join(posix.dirname(modulePath), specifier).replace(/\.js$/, '.ts');
    }
  }
  return modulePath;
}
