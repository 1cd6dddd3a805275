export { TendElement } from './tend-element.js';
export { themeRule } from './definition.js';
export { TendChangeEvent, TendCompleteEvent, TendStepEvent, EVENT_VERSION } from './events.js';
export type { TendChangeDetail, TendCompleteDetail, TendStepDetail } from './events.js';
export { registerLocale, registeredLocales } from './localize.js';
export type { Catalog, LocaleBundle } from './localize.js';
export { storageKey } from './persistence.js';
export type * from './types.js';
export type { Worksheet, WorksheetPart, WorksheetChoices } from './worksheet.js';
