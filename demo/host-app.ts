// A host app's whole integration: listen on document, read event.detail.
const log = document.querySelector<HTMLElement>('#log')!;

function record(event: Event): void {
  const { detail } = event as CustomEvent<unknown>;
  const line = document.createElement('div');
  line.textContent = `${new Date().toLocaleTimeString()}  ${event.type}  ${JSON.stringify(detail)}`;
  log.prepend(line);
}

for (const type of ['tend-change', 'tend-complete', 'tend-step'] as const) {
  document.addEventListener(type, record);
}
