/**
 * Manifest plugin: members a class inherits, as that class has them.
 * - From a generic base: `TendElement<E extends ExerciseId, …>` declares `value: ExerciseDataMap[E]`;
 *   for `TendIStatement extends TendElement<'i-statement', …>` the manifest says `IStatementData`: the
 *   base's type parameters are replaced by the arguments the subclass passes, then a lookup into an
 *   interface of the source (`ExerciseDataMap['i-statement']`) by that interface's member type.
 * - A static and an instance member of one name (`static strings`, the English words; `strings`, the
 *   page's replacements) are two members: the analyzer's inheritance keeps one, this restores the other.
 */
export function inheritedMembers() {
  /** Class name → its type parameter names. */
  const parametersOf = new Map();
  /** Class name → { base, args } (the type arguments it passes to the class it extends). */
  const extendsOf = new Map();
  /** Interface name → Map(member name → member type text). */
  const interfaces = new Map();
  return {
    name: 'tend-inherited-members',
    collectPhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) {
        parametersOf.set(node.name.text, (node.typeParameters ?? []).map((parameter) => parameter.name.text));
        const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
        if (base?.typeArguments?.length) extendsOf.set(node.name.text, { base: base.expression.getText(), args: base.typeArguments.map((arg) => arg.getText()) });
      }
      if (ts.isInterfaceDeclaration(node)) {
        const members = new Map();
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type && member.name) members.set(member.name.getText().replace(/^['"]|['"]$/g, ''), member.type.getText());
        }
        interfaces.set(node.name.text, members);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const extended = extendsOf.get(declaration.name);
          if (declaration.kind !== 'class' || !extended) continue;
          restoreHidden(declaration, extended.base, customElementsManifest);
          const parameters = parametersOf.get(extended.base) ?? [];
          const resolve = (text) => lookUp(substitute(text, parameters, extended.args), interfaces);
          for (const list of [declaration.members, declaration.attributes]) {
            for (const item of list ?? []) {
              // Inherited items share their `type` object with the base class's: replace it, never change it.
              if (item.inheritedFrom?.name === extended.base && item.type?.text) item.type = { ...item.type, text: resolve(item.type.text) };
            }
          }
        }
      }
    },
  };
}

/**
 * For each name the base has as a static and as an instance member: the subclass gets both, each with
 * the base's type of its own kind (the analyzer's merge kept one, with the other's type).
 */
function restoreHidden(declaration, baseName, manifest) {
  const baseModule = manifest.modules.find((module) => module.declarations?.some((candidate) => candidate.name === baseName && candidate.kind === 'class'));
  const base = baseModule?.declarations.find((candidate) => candidate.name === baseName);
  const members = base?.members ?? [];
  const twoKinds = members.filter((member) => members.some((other) => other.name === member.name && Boolean(other.static) !== Boolean(member.static)));
  for (const member of twoKinds) {
    const own = declaration.members?.find((item) => item.name === member.name && Boolean(item.static) === Boolean(member.static));
    if (!own) declaration.members.push({ ...member, inheritedFrom: { name: baseName, module: baseModule.path } });
    else if (own.inheritedFrom?.name === baseName && member.type) own.type = member.type;
  }
}

/** `text` with each whole-word type parameter replaced by its argument. */
function substitute(text, parameters, args) {
  return parameters.reduce((result, parameter, index) => (args[index] === undefined ? result : result.replace(new RegExp(`\\b${parameter}\\b`, 'g'), args[index])), text);
}

/** `Interface['member']` replaced by that member's declared type, where the source has the interface. */
function lookUp(text, interfaces) {
  return text.replace(/\b(\w+)\[(['"])([^'"]+)\2\]/g, (whole, name, _quote, member) => interfaces.get(name)?.get(member) ?? whole);
}
