/**
 * Manifest plugin: each event gets its `type`, read from the event classes in the source. A class
 * `class TendChangeEvent extends CustomEvent<TendChangeDetail<Of>>` whose constructor calls
 * `super('tend-change', …)` makes every element's `tend-change` a `CustomEvent<TendChangeDetail>`
 * (type parameters with defaults are left to their defaults), the form tools such as
 * `@wc-toolkit/jsx-types` read and import the detail type of.
 */
export function eventTypes() {
  /** Event name → `CustomEvent<…>`. */
  const typeOfEvent = new Map();
  return {
    name: 'tend-event-types',
    collectPhase({ ts, node }) {
      if (!ts.isClassDeclaration(node)) return;
      const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      if (base?.expression.getText() !== 'CustomEvent' || base.typeArguments?.length !== 1) return;
      const name = eventNameOf(ts, node);
      if (!name) return;
      const defaulted = new Set((node.typeParameters ?? []).filter((parameter) => parameter.default).map((parameter) => parameter.name.text));
      const [detail] = base.typeArguments;
      const typeArgs = ts.isTypeReferenceNode(detail) ? (detail.typeArguments ?? []) : [];
      const onlyDefaults = typeArgs.every((arg) => ts.isTypeReferenceNode(arg) && defaulted.has(arg.typeName.getText()));
      const detailText = ts.isTypeReferenceNode(detail) && onlyDefaults ? detail.typeName.getText() : detail.getText();
      typeOfEvent.set(name, `CustomEvent<${detailText}>`);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            if (!event.type && typeOfEvent.has(event.name)) event.type = { text: typeOfEvent.get(event.name) };
          }
        }
      }
    },
  };
}

/** The literal event name a CustomEvent subclass's constructor passes to `super`. */
function eventNameOf(ts, classNode) {
  const constructor = classNode.members.find((member) => ts.isConstructorDeclaration(member));
  let name;
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      name = node.arguments[0].text;
    }
    if (!name) ts.forEachChild(node, visit);
  };
  if (constructor?.body) visit(constructor.body);
  return name;
}
