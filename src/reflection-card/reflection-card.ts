import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { oneOf, readJson } from '../core/attributes.js';
import { renderButton, renderStatus } from '../core/chrome.js';
import { renderField } from '../core/field.js';
import { safeFileName } from '../core/export.js';
import { renderHeading } from '../core/heading.js';
import type { CoreStringKey } from '../core/strings.js';
import { rendersAsServer } from '../core/server-render.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import type { ReflectionCardData } from './schema.js';
import { builtInDecks, DECK_IDS, DEFAULT_DECK, normalizePrompt, promptsFromChildren, promptsRule, type Deck, type DeckId } from './decks.js';
import { answersToText, type Answer } from './export.js';
import { Lazy } from '../core/lazy.js';

import { newSeed, seededShuffle, seedOf } from './shuffle.js';
import { reflectionCardSchema } from './schema.js';
import { reflectionCardStrings } from './strings.js';
import { reflectionCardStyles } from './styles.js';
import { countWords } from './words.js';

/** The Markdown writer (`markdown.ts`), imported at the first download. */
const markdownWriter = new Lazy(() => import('./markdown.js').then((module) => module.default));

const deckRule = oneOf(DECK_IDS, DEFAULT_DECK);
/** Where a server render leaves the shuffle's seed. */
const SERVER_SEED = 'data-tend-seed';

interface Source {
  deck: DeckId | 'custom';
  prompts: string[];
}

/** Where the card the person is on, and the shuffle seed, are kept beside the persisted draft. */
interface Position {
  seed: number;
  index: number;
}

const supportsFieldSizing = (): boolean => typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

/**
 * Reflection prompts, one card at a time, each with a journaling answer that grows as the person
 * writes. Built-in decks come from the source texts (self-awareness, check-in, jealousy, repair,
 * progress); a page can give its own prompts instead. The answers can be copied as text,
 * downloaded as Markdown or printed as a clean document. Calm by design: no streaks, scores or nudges.
 *
 * Custom prompts: `prompt="…"` for one, or light-DOM children: each `<li>` or `<p>` child (and each
 * `<li>` of a child `<ol>`/`<ul>`) is one prompt. They replace the deck, and the cards follow when the
 * children change. Only their text is used. The card shows them itself, so the children are not displayed.
 *
 * @tagname tend-reflection-card
 * @summary Answers reflection prompts one card at a time, journaling style.
 *
 * @fires tend-change - On every edit; `detail`: `{ exercise: 'reflection-card', version: 1, data: { deck, answers: [{ prompt, answer }] } }`.
 * @fires tend-complete - When Done is pressed with at least one answer written; `detail` adds `completedAt` (ISO 8601). Skipped prompts are included with `answer: ''`.
 *
 * @slot - Custom prompts: `<li>` or `<p>` children, or an `<ol>`/`<ul>` of `<li>` (text only; not displayed as such).
 *
 * @csspart base - The widget's frame.
 * @csspart heading - The title.
 * @csspart intro - The line introducing the deck.
 * @csspart card - The current card.
 * @csspart progress - The card's position, such as "2 of 5".
 * @csspart field - The prompt with its answer.
 * @csspart label - The prompt (the answer's visible label).
 * @csspart input - The answer.
 * @csspart hint - The word count (with `word-count`).
 * @csspart error - The message when Done is pressed before anything is written.
 * @csspart button - Every button.
 * @csspart status - Confirmations (copied, downloaded, finished).
 * @csspart summary - All prompts and answers: shown once finished, and always in print.
 * @csspart privacy - The note about the saved draft (with `persist`).
 *
 * @cssproperty --tend-reflection-card-answer-min-height - Smallest height of the answer (default 6em).
 * @cssproperty --tend-reflection-card-answer-max-height - Height at which the growing answer starts to scroll (default 60vh).
 */
export class TendReflectionCard extends TendElement<'reflection-card', keyof typeof reflectionCardStrings> {
  static override exercise = 'reflection-card' as const;
  static override strings = reflectionCardStrings;
  static override styles = [...TendElement.styles, reflectionCardStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    deck: {}, prompt: {}, prompts: {}, shuffle: { type: Boolean }, wordCount: { attribute: 'word-count', type: Boolean },
    deckId: { state: true, attribute: false }, cards: { state: true, attribute: false },
    index: { state: true, attribute: false }, error: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, deck: deckRule, prompts: promptsRule };

  /** The built-in deck: `self-awareness` (default), `check-in`, `jealousy`, `repair` or `progress`. */
  deck?: string;

  /** One custom prompt; with it (or with prompt children) the deck is not used. */
  prompt?: string;

  /**
   * Custom prompts as a JSON array of strings (`prompts='["What went well?", "What would help?"]'`), or
   * as an array when set as a property: the same as prompt children, in a form a server render shows.
   */
  prompts?: string | readonly string[];

  /** Shows the cards in a shuffled order, kept for the session (and across reloads with `persist`). */
  shuffle = false;

  /** Shows a word count under the answer. */
  wordCount = false;

  protected override readonly valueSchema = reflectionCardSchema;

  private deckId: string = DEFAULT_DECK;
  private cards: Answer[] = [];
  private index = 0;
  private error = false;

  private get answerField(): HTMLTextAreaElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLTextAreaElement>('#answer');
  }

  /** Chosen once per element: the same seed keeps the same shuffled order (a server's, for the element it rendered). */
  private seed = seedOf(this.getAttribute(SERVER_SEED)) ?? newSeed();
  /** What the cards were last built from; a change (attributes, children, language) rebuilds them. */
  private sourceKey = '';
  private observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // The children may have changed while the element was out of the document.
    if (this.hasUpdated) this.requestUpdate();
    if (typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.requestUpdate());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override initialState(): void {
    this.rebuild(this.readSource(), false);
    this.index = 0;
    this.error = false;
    this.message = '';
  }

  protected override currentData(): ReflectionCardData {
    return { deck: this.deckId, answers: this.cards.map(({ prompt, answer }) => ({ prompt, answer })) };
  }

  protected override typedText(): readonly string[] {
    return this.cards.map((card) => card.answer);
  }

  protected override applyData(data: ReflectionCardData): void {
    this.deckId = data.deck;
    this.cards = data.answers.map(({ prompt, answer }) => ({ prompt: normalizePrompt(prompt), answer }));
    this.index = Math.min(this.index, this.cards.length - 1);
    this.error = false;
    this.message = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The browser's render of a server's HTML shows its cards in the server's order.
    if (isServer && this.shuffle) this.setAttribute(SERVER_SEED, String(this.seed));
    const source = this.readSource();
    if (this.keyOf(source) !== this.sourceKey) this.rebuild(source, true);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.fitHeight();
  }

  protected override get headingText(): string {
    return this.heading?.trim() || (this.shownDeck?.title ?? this.t('heading'));
  }

  // ——— the card set ———

  /** The built-in deck the cards come from, in the element's language; none for custom prompts. */
  private get shownDeck(): Deck | undefined {
    return (DECK_IDS as readonly string[]).includes(this.deckId) ? this.deckContent(this.deckId as DeckId) : undefined;
  }

  /** A deck in the element's language (a locale may translate it), or its English original. */
  private deckContent(id: DeckId): Deck {
    const found = this.localize.content<Partial<Deck> | undefined>(`deck.${id}`);
    const english = builtInDecks[id];
    if (!found || !Array.isArray(found.prompts) || !found.prompts.some((p) => typeof p === 'string' && p.trim())) return english;
    return {
      title: typeof found.title === 'string' ? found.title : english.title,
      intro: typeof found.intro === 'string' ? found.intro : english.intro,
      prompts: found.prompts.filter((p): p is string => typeof p === 'string'),
    };
  }

  private readSource(): Source {
    const deck = this.attrs.read('deck', this.deck, deckRule);
    // A server sees no children (the `prompts` attribute reaches it); nor does the render that hydrates its HTML.
    const children = rendersAsServer(this) ? [] : promptsFromChildren(this);
    const custom = [this.prompt ?? '', ...readJson(this.attrs, 'prompts', this.prompts, promptsRule), ...children].map(normalizePrompt).filter(Boolean);
    if (custom.length) return { deck: 'custom', prompts: custom };
    return { deck, prompts: this.deckContent(deck).prompts.map(normalizePrompt).filter(Boolean) };
  }

  private keyOf(source: Source): string {
    return JSON.stringify([source.deck, source.prompts, this.shuffle, this.shuffle ? this.seed : 0]);
  }

  /**
   * Builds the cards from `source`, in the shuffled order when asked. Answers already written stay
   * with their prompt (matched by its text; when the same deck comes in another language, by position),
   * and the person stays on the card they were on when it is still there.
   */
  private rebuild(source: Source, keepAnswers: boolean): void {
    const prompts = this.shuffle ? seededShuffle(source.prompts, this.seed) : source.prompts;
    const old = keepAnswers ? this.cards : [];
    const current = old[this.index]?.prompt;
    const used = new Set<number>();
    const byPosition = source.deck !== 'custom' && source.deck === this.deckId && old.length === prompts.length;
    const answers = prompts.map((prompt) => {
      const match = old.findIndex((card, i) => !used.has(i) && card.prompt === prompt);
      if (match === -1) return undefined;
      used.add(match);
      return old[match]!.answer;
    });
    this.cards = prompts.map((prompt, i) => {
      let answer = answers[i];
      if (answer === undefined && byPosition && !used.has(i)) answer = old[i]!.answer;
      return { prompt, answer: answer ?? '' };
    });
    this.deckId = source.deck;
    this.sourceKey = this.keyOf(source);
    const stayed = current === undefined ? -1 : this.cards.findIndex((card) => card.prompt === current);
    this.index = stayed >= 0 ? stayed : Math.max(0, Math.min(this.index, this.cards.length - 1));
  }

  // ——— the card position and shuffle seed, kept in the draft beside the data ———

  protected override draftData(): object {
    return { ...this.dataNow(), position: { seed: this.seed, index: this.index } satisfies Position };
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    const position = (stored.position ?? {}) as Partial<Position>;
    if (Number.isInteger(position.seed) && position.seed! >= 0 && position.seed! < 2 ** 32) this.seed = position.seed!;
    if (Number.isInteger(position.index) && position.index! >= 0) this.index = Math.min(position.index!, Math.max(0, this.cards.length - 1));
  }

  // ——— the person's actions ———

  private onInput(event: InputEvent): void {
    const text = (event.target as HTMLTextAreaElement).value;
    this.cards = this.cards.map((card, i) => (i === this.index ? { ...card, answer: text } : card));
    this.message = '';
    this.completed = false;
    this.commit();
    this.fitHeight();
  }

  /** Focus left the answer: the error goes once something is written (not while typing: it would be read again). */
  protected override fieldLeft(): void {
    if (this.error && this.cards.some((card) => card.answer.trim())) this.error = false;
  }

  /**
   * To another card: focus moves to its answer, a new field, whose name is the prompt and whose
   * description is "2 of 5", so the screen reader says the new card once (nothing more is announced).
   */
  private async go(to: number): Promise<void> {
    if (to < 0 || to >= this.cards.length || to === this.index) return;
    this.index = to;
    this.message = '';
    this.saveDraft();
    await this.updateComplete;
    this.answerField?.focus();
  }

  private async done(): Promise<void> {
    this.message = '';
    if (!this.cards.some((card) => card.answer.trim())) {
      this.error = true;
      this.completed = false;
      await this.focusAfterPaint('#answer');
      return;
    }
    this.error = false;
    this.complete();
    this.say(this.completedText());
  }

  /** Shows a confirmation and announces it. */
  private get exportLabels() {
    return { title: this.headingText, skipped: this.t('skipped') };
  }

  /** The answers as the copied text, for `send-to` and `share` (`''` until one is written). */
  protected override takeAwayText(): string {
    return this.cards.some((card) => card.answer.trim()) ? answersToText(this.cards, this.exportLabels) : '';
  }

  private copy(): Promise<void> {
    return this.copyAndSay(answersToText(this.cards, this.exportLabels));
  }

  private download(): Promise<void> {
    const [cards, labels] = [this.cards, this.exportLabels];
    return this.downloadWith(markdownWriter, safeFileName(this.headingText, 'md', 'reflection'), 'text/markdown', (writer) => writer.answersToMarkdown(cards, labels));
  }

  /** Where `field-sizing: content` is not supported, the answer grows with its text from here. */
  private fitHeight(): void {
    const area = this.answerField;
    if (!area || supportsFieldSizing()) return;
    area.style.blockSize = 'auto';
    area.style.blockSize = `${area.scrollHeight + 4}px`;
  }

  // ——— rendering ———

  /** A button labelled by the string `label`; with `disabled` set it says so (`aria-disabled`) and stays focusable. */
  private renderButton(label: keyof typeof reflectionCardStrings | CoreStringKey, onClick: () => unknown, disabled?: boolean, className = ''): TemplateResult {
    return renderButton(this.t(label), onClick, { disabled, className });
  }

  private renderCard(): TemplateResult {
    const total = this.cards.length;
    const card = this.cards[this.index] ?? { prompt: '', answer: '' };
    const first = this.index === 0;
    const last = this.index >= total - 1;
    // Skip moves on like Next, without writing: the card keeps whatever it holds (nothing, when skipped unwritten).
    return html`<div part="card" class="card">
      <p part="progress" id="position">${this.localize.plural('position', total, { current: this.index + 1, total })}</p>
      ${renderField(
        { id: 'answer', label: card.prompt, error: this.error ? this.t('errorNoAnswers') : undefined, describedBy: ['position'], focus: this.fields.of('answer') },
        { errorPrefix: this.t('errorPrefix') },
        (aria) => html`<textarea
            part="input"
            id="answer"
            rows="4"
            aria-describedby=${aria.describedBy}
            aria-invalid=${aria.invalid}
            .value=${live(card.answer)}
            @input=${this.onInput}
          ></textarea>
          ${this.wordCount ? html`<p part="hint" class="word-count">${this.localize.plural('words', countWords(card.answer, this.locale))}</p>` : nothing}`,
      )}
      <div class="actions nav">
        ${this.renderButton('previous', () => this.go(this.index - 1), first)}
        ${this.renderButton('next', () => this.go(this.index + 1), last)}
        ${this.renderButton('skip', () => this.go(this.index + 1), last)}
      </div>
    </div>`;
  }

  private renderSummary(): TemplateResult {
    return html`<section part="summary" aria-labelledby="summary-heading" ?hidden=${!this.completed}>
      ${renderHeading(this.headingLevel + 1, this.t('summaryHeading'), { id: 'summary-heading' })}
      <ol>
        ${this.cards.map(
          (card) => html`<li>
            <p class="summary-prompt">${card.prompt}</p>
            ${card.answer.trim()
              ? html`<p class="summary-answer">${card.answer}</p>`
              : html`<p class="summary-answer summary-skipped">${this.t('skipped')}</p>`}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  override worksheet(): Worksheet {
    return { title: this.headingText, intro: [], parts: this.cards.map((card) => ({ label: card.prompt, lines: 6 })) };
  }

  protected override renderBody(): TemplateResult {
    const deckIntro = this.shownDeck?.intro;
    return html`<div part="intro" class="intro">
        ${deckIntro ? html`<p>${deckIntro}</p>` : nothing}
        <p class="no-print">${this.t('intro')}</p>
      </div>
      ${keyed(this.index, this.renderCard())}
      <div class="actions no-print">
        ${this.renderButton('done', this.done, undefined, 'primary')}
        ${this.renderButton('copyAnswers', this.copy)}
        ${this.renderButton('downloadMarkdown', this.download)}
        ${this.renderButton('print', () => window.print())}
        ${this.renderButton('reset', () => this.startOver('#answer'))}
      </div>
      ${renderStatus(this.message, this.completed)}
      ${this.renderSummary()}`;
  }
}
