import { html } from 'lit';
import * as z from 'zod/mini';
import type { PluralKey } from '../../src/core/localize-controller.js';
import { TendElement } from '../../src/core/tend-element.js';
import type { IStatementData } from '../../src/entries/data.js';

/** A minimal widget on the core, for testing what every widget inherits. */
const sampleStrings = { heading: 'Sample heading', greeting: 'Hello {name}', 'apples.one': '{count} apple', 'apples.other': '{count} apples' };
type SampleKey = keyof typeof sampleStrings;

export class SampleElement extends TendElement<'i-statement', SampleKey> {
  static override exercise = 'i-statement' as const;
  static override strings = sampleStrings;
  protected override readonly valueSchema = z.object({
    emotion: z.string(),
    situation: z.string(),
    reason: z.string(),
    need: z.string(),
    text: z.string(),
  });
  emotion = '';

  protected override initialState(): void {
    this.emotion = '';
  }
  protected override currentData(): IStatementData {
    return { emotion: this.emotion, situation: '', reason: '', need: '', text: this.emotion ? `I feel ${this.emotion}.` : '' };
  }
  protected override applyData(data: IStatementData): void {
    this.emotion = data.emotion;
  }
  type(text: string): void {
    this.emotion = text;
    this.commit();
  }
  finish(): void {
    this.complete();
  }
  phrase(key: string, values?: Record<string, string | number>): string {
    return this.t(key as SampleKey, values); // any key: the tests try unknown ones too
  }
  count(key: string, n: number): string {
    return this.localize.plural(key as PluralKey<SampleKey>, n);
  }
  confirm(text: string): void {
    this.say(text);
  }
  get shownMessage(): string {
    return this.message;
  }
  announce(text: string): void {
    this.announcer.announce(text);
  }
  protected override renderBody() {
    return html`<p part="greeting">${this.t('greeting', { name: 'there' })}</p>
      <label part="label" for="emotion">Emotion</label>
      <input part="input" id="emotion" .value=${this.emotion} />`;
  }
}
SampleElement.define('tend-sample');
