// Size reference only: the Lit runtime every tend widget carries (LitElement, html, css,
// reactive properties), in the smallest element that uses it.
import { LitElement, css, html } from 'lit';

class LitReference extends LitElement {
  static properties = { label: {} };
  static styles = css`:host { display: block; }`;
  constructor() {
    super();
    this.label = 'Lit';
  }
  render() {
    return html`<p>${this.label}</p>`;
  }
}
if (!customElements.get('bench-lit-reference')) customElements.define('bench-lit-reference', LitReference);
