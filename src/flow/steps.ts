import { stepTags } from '../entries/summaries.js';

/** One step of a flow: the exercise element and the nodes shown with it (the page's own instructions). */
export interface StepGroup {
  step: HTMLElement;
  exercise: string;
  nodes: (Element | Text)[];
}

/** The exercise id of a flow child that is a step; undefined for anything else (instructions, a nested flow). */
export function exerciseOf(node: Element): string | undefined {
  const own = (node.constructor as { exercise?: unknown }).exercise;
  if (typeof own === 'string') return own === 'flow' ? undefined : own;
  // Not upgraded yet: an exercise of the registry by its tag (subclasses under other tags are found by their `exercise`).
  return stepTags.has(node.localName) ? node.localName.slice('tend-'.length) : undefined;
}

/**
 * The flow's children as steps, in document order. Anything that is not an exercise element goes with
 * the step before it (before the first step: with the first step); data children (`<script>`,
 * `<template>`, `<style>`), children for a named slot (`slot="support"`) and blank text are never shown with a step.
 */
export function groupSteps(host: Element): { groups: StepGroup[]; leading: (Element | Text)[] } {
  const groups: StepGroup[] = [];
  const leading: (Element | Text)[] = [];
  for (const node of host.childNodes) {
    if (node instanceof Element) {
      if (node.matches('script, template, style, [slot]')) continue;
      const exercise = exerciseOf(node);
      if (exercise && node instanceof HTMLElement) {
        groups.push({ step: node, exercise, nodes: groups.length ? [node] : [...leading.splice(0), node] });
        continue;
      }
      (groups.at(-1)?.nodes ?? leading).push(node);
    } else if (node instanceof Text && node.data.trim()) {
      (groups.at(-1)?.nodes ?? leading).push(node);
    }
  }
  return { groups, leading };
}
