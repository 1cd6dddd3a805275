// A build plugin that shrinks the static text of Lit's html`` and css`` templates: runs of
// whitespace become one space (HTML and CSS treat them alike), CSS comments go, and spaces around
// CSS punctuation are dropped. Expressions (${…}) are untouched. Used for dist/ and the size budget.
import ts from 'typescript';

const TAGS = new Set(['html', 'css', 'svg']);

function shrink(text, tag) {
  let out = text.replace(/\s+/g, ' ');
  if (tag === 'css') {
    out = out.replace(/\/\*[^]*?\*\//g, '').replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':');
  }
  return out;
}

export function minifyTemplates() {
  return {
    name: 'tend-minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const tag = node.tag.text;
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            const start = part.getStart(source);
            const end = part.getEnd();
            const raw = code.slice(start, end);
            // Keep the delimiters: ` … ${   }  … ${   }  … `
            const open = 1; // '`' or '}'
            const close = raw.endsWith('${') ? 2 : 1;
            const inner = raw.slice(open, raw.length - close);
            edits.push([start + open, end - close, shrink(inner, tag)]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}
