const MAX_SHOWN = 80;

/** Shortens a value for a warning so that a 100,000-character attribute does not flood the console. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
  return JSON.stringify(shown);
}

/** Every warning of the library goes through here, prefixed with the element's tag. */
export function warn(element: Element, message: string): void {
  console.warn(`<${element.localName}> ${message}`);
}
