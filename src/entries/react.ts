// Generated from src/registry.ts by `npm run registry`. Do not edit.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './define/i-statement.js';
import './define/stop-timer.js';
import './define/agreement.js';
import './define/reflection-card.js';
import './define/check-in.js';
import './define/jealousy-journal.js';
import './define/active-listening.js';
import './define/repair.js';
import './define/flow.js';
import type { TendEventMap, TendStepEvent } from '../core/events.js';
import type { ExerciseId } from '../core/types.js';
import { TendIStatement as TendIStatementElement } from '../i-statement/i-statement.js';
import { TendStopTimer as TendStopTimerElement } from '../stop-timer/stop-timer.js';
import { TendAgreement as TendAgreementElement } from '../agreement/agreement.js';
import { TendReflectionCard as TendReflectionCardElement } from '../reflection-card/reflection-card.js';
import { TendCheckIn as TendCheckInElement } from '../check-in/check-in.js';
import { TendJealousyJournal as TendJealousyJournalElement } from '../jealousy-journal/jealousy-journal.js';
import { TendActiveListening as TendActiveListeningElement } from '../active-listening/active-listening.js';
import { TendRepair as TendRepairElement } from '../repair/repair.js';
import { TendFlow as TendFlowElement } from '../flow/flow.js';
export type { ExerciseDataMap } from './data.js';

/** Each component's events, typed as its element sends them (`detail.data` is that exercise's). */
type Events<E extends ExerciseId> = { onTendChange: EventName<TendEventMap<E>['tend-change']>; onTendComplete: EventName<TendEventMap<E>['tend-complete']> };
const events = { onTendChange: 'tend-change', onTendComplete: 'tend-complete' };

/** `<tend-i-statement>` as a React component: props for its properties, `onTendChange` and `onTendComplete`. */
export const TendIStatement = createComponent({ tagName: 'tend-i-statement', elementClass: TendIStatementElement, react: React, events: events as Events<'i-statement'> });

/** `<tend-stop-timer>` as a React component: props for its properties, `onTendChange`, `onTendComplete` and `onTendStep`. */
export const TendStopTimer = createComponent({ tagName: 'tend-stop-timer', elementClass: TendStopTimerElement, react: React, events: { ...(events as Events<'stop-timer'>), onTendStep: 'tend-step' as EventName<TendStepEvent> } });

/** `<tend-agreement>` as a React component: props for its properties, `onTendChange` and `onTendComplete`. */
export const TendAgreement = createComponent({ tagName: 'tend-agreement', elementClass: TendAgreementElement, react: React, events: events as Events<'agreement'> });

/** `<tend-reflection-card>` as a React component: props for its properties, `onTendChange` and `onTendComplete`. */
export const TendReflectionCard = createComponent({ tagName: 'tend-reflection-card', elementClass: TendReflectionCardElement, react: React, events: events as Events<'reflection-card'> });

/** `<tend-check-in>` as a React component: props for its properties, `onTendChange` and `onTendComplete`. */
export const TendCheckIn = createComponent({ tagName: 'tend-check-in', elementClass: TendCheckInElement, react: React, events: events as Events<'check-in'> });

/** `<tend-jealousy-journal>` as a React component: props for its properties, `onTendChange` and `onTendComplete`. */
export const TendJealousyJournal = createComponent({ tagName: 'tend-jealousy-journal', elementClass: TendJealousyJournalElement, react: React, events: events as Events<'jealousy-journal'> });

/** `<tend-active-listening>` as a React component: props for its properties, `onTendChange` and `onTendComplete`. */
export const TendActiveListening = createComponent({ tagName: 'tend-active-listening', elementClass: TendActiveListeningElement, react: React, events: events as Events<'active-listening'> });

/** `<tend-repair>` as a React component: props for its properties, `onTendChange` and `onTendComplete`. */
export const TendRepair = createComponent({ tagName: 'tend-repair', elementClass: TendRepairElement, react: React, events: events as Events<'repair'> });

/** `<tend-flow>` as a React component: props for its properties, `onTendChange` and `onTendComplete`. */
export const TendFlow = createComponent({ tagName: 'tend-flow', elementClass: TendFlowElement, react: React, events: events as Events<'flow'> });
