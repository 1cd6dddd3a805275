/**
 * Captures what leaves a widget through its take-away buttons: text given to the clipboard and
 * files made for download (the Blob, and the name the link would save it under). Nothing is
 * written to the real clipboard or the disk.
 */
export interface Captured {
  clipboard: string[];
  files: { name: string; type: string; blob: Blob }[];
  restore(): void;
}

export function captureTakeAway(): Captured {
  const captured: Captured = { clipboard: [], files: [], restore: () => {} };
  const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void captured.clipboard.push(text) },
  });
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:captured/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) captured.files.push({ name: this.download, type: blob.type, blob });
  };
  captured.restore = () => {
    if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
    else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    URL.createObjectURL = create;
    URL.revokeObjectURL = revoke;
    HTMLAnchorElement.prototype.click = click;
  };
  return captured;
}

/** What a file holds as text (UTF-8, as it is saved). */
export function fileText(file: { blob: Blob }): Promise<string> {
  return file.blob.text();
}

/** A string as it can be stored in UTF-8: lone surrogates become U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
