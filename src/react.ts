import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { TendChangeEvent, TendCompleteEvent, TendStepEvent } from './core/events.js';
import { TendAgreement as TendAgreementElement } from './agreement.js';
import { TendIStatement as TendIStatementElement } from './i-statement.js';
import { TendReflectionCard as TendReflectionCardElement } from './reflection-card.js';
import { TendStopTimer as TendStopTimerElement } from './stop-timer.js';
import { TendCheckIn as TendCheckInElement } from './check-in.js';

const events = {
  onTendChange: 'tend-change' as EventName<TendChangeEvent>,
  onTendComplete: 'tend-complete' as EventName<TendCompleteEvent>,
};

/** `<tend-i-statement>` as a React component: props for its properties, `onTendChange`, `onTendComplete`. */
export const TendIStatement = createComponent({ tagName: 'tend-i-statement', elementClass: TendIStatementElement, react: React, events });

/** `<tend-stop-timer>` as a React component, with `onTendStep` as well. */
export const TendStopTimer = createComponent({
  tagName: 'tend-stop-timer',
  elementClass: TendStopTimerElement,
  react: React,
  events: { ...events, onTendStep: 'tend-step' as EventName<TendStepEvent> },
});

/** `<tend-agreement>` as a React component. */
export const TendAgreement = createComponent({ tagName: 'tend-agreement', elementClass: TendAgreementElement, react: React, events });

/** `<tend-reflection-card>` as a React component. */
export const TendReflectionCard = createComponent({
  tagName: 'tend-reflection-card',
  elementClass: TendReflectionCardElement,
  react: React,
  events,
});

/** `<tend-check-in>` as a React component. */
export const TendCheckIn = createComponent({ tagName: 'tend-check-in', elementClass: TendCheckInElement, react: React, events });
