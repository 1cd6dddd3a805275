#!/usr/bin/env node
// The elements' public API as custom-elements.json gives it (per tag: attributes, public and protected members with
// their types and parameters, events, parts, CSS properties, slots), compared with the manifest at a git revision:
// a refactor that means to keep the API shows "identical". Private members and initializers are left out.
// Usage: node scripts/api-surface.mjs [revision]   (default: main; run `npm run analyze` first)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const sorted = (list = [], row) => list.map(row).map((r) => JSON.stringify(r)).sort();

/** Each element's API, by tag. */
export function apiSurface(manifest) {
  const out = {};
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      out[d.tagName] = {
        className: [d.name],
        attributes: sorted(d.attributes, (a) => [a.name, a.fieldName, a.type?.text, a.default, a.description]),
        members: sorted(
          (d.members ?? []).filter((m) => m.privacy !== 'private'),
          (m) => [m.name, m.kind, m.privacy ?? 'public', !!m.static, m.type?.text, m.privacy === 'protected' ? null : m.default, m.description, m.return?.type?.text, (m.parameters ?? []).map((p) => [p.name, p.type?.text])],
        ),
        events: sorted(d.events, (e) => [e.name, e.type?.text, e.description]),
        parts: sorted(d.cssParts, (p) => [p.name, p.description]),
        cssProperties: sorted(d.cssProperties, (p) => [p.name, p.description]),
        slots: sorted(d.slots, (s) => [s.name, s.description]),
      };
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const revision = process.argv[2] ?? 'main';
  const before = apiSurface(JSON.parse(execFileSync('git', ['show', `${revision}:custom-elements.json`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })));
  const after = apiSurface(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  const changes = [];
  for (const tag of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!before[tag] || !after[tag]) {
      changes.push(`${tag}: ${before[tag] ? 'removed' : 'added'}`);
      continue;
    }
    for (const kind of Object.keys(before[tag])) {
      const was = new Set(before[tag][kind]);
      const is = new Set(after[tag][kind]);
      for (const row of was) if (!is.has(row)) changes.push(`${tag} ${kind} − ${row}`);
      for (const row of is) if (!was.has(row)) changes.push(`${tag} ${kind} + ${row}`);
    }
  }
  console.log(changes.length ? changes.join('\n') : `api: every element's attributes, members, events, parts, CSS properties and slots are identical to ${revision}'s`);
  process.exit(changes.length ? 1 : 0);
}
