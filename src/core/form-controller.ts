interface FormOptions {
  /** What the form submits. */
  value: () => string;
  /** What the browser keeps for back/forward navigation (handed back to `formStateRestoreCallback`). */
  state: () => string;
  required: () => boolean;
  requiredMessage: () => string;
  /** Where the browser points when it reports the missing value. */
  anchor: () => HTMLElement | undefined;
}

/**
 * Form association through ElementInternals (in the manner of Web Awesome's form base, not a class
 * of its own): the submitted value, `required` validity, and the state a back/forward navigation restores.
 */
export class FormController {
  readonly internals: ElementInternals | undefined;

  constructor(
    host: HTMLElement,
    private readonly options: FormOptions,
  ) {
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
  }

  /** The data a form state holds (see `state`), or undefined when it holds none. */
  static parseState(state: unknown): unknown {
    if (typeof state !== 'string') return undefined;
    try {
      return JSON.parse(state) as unknown;
    } catch {
      return undefined;
    }
  }

  sync(): void {
    const internals = this.internals;
    if (!internals) return;
    const value = this.options.value();
    internals.setFormValue(value, this.options.state());
    if (this.options.required() && value === '') {
      internals.setValidity({ valueMissing: true }, this.options.requiredMessage(), this.options.anchor());
    } else {
      internals.setValidity({});
    }
  }
}
