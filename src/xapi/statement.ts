import type { TendCompleteDetail } from '../core/events.js';
import type { ExerciseSummary } from '../core/summary.js';
import type { ExerciseId } from '../core/types.js';
import { summaries } from '../entries/summaries.js';
import { widgets, type WidgetInfo } from '../registry.js';

/** An xAPI Agent: one inverse functional identifier (mbox, mbox_sha1sum, openid or account). */
export interface XapiAgent {
  objectType?: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export interface XapiOptions {
  /** Who did the exercise. */
  actor: XapiAgent;
  /** The activity's IRI, e.g. `https://example.org/exercises/i-statement`. */
  activityId: string;
  /** Language map key for names (default `en-US`). */
  language?: string;
  /** The IRI under which the whole `data` goes in `result.extensions`. */
  extensionKey?: string;
  /** A UUID for the statement; without one the LRS assigns it. */
  id?: string;
}

export interface XapiStatement {
  id?: string;
  actor: XapiAgent;
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: {
      name: Record<string, string>;
      description: Record<string, string>;
      type: string;
      interactionType: 'fill-in' | 'long-fill-in' | 'other';
    };
  };
  result: {
    completion: true;
    response: string;
    duration?: string;
    extensions: Record<string, unknown>;
  };
  context: {
    platform: string;
    language: string;
    /** A flow's step: the flow's activity as its parent. */
    contextActivities?: { parent: { objectType: 'Activity'; id: string }[] };
    /** A flow's step, when the flow's statement has an id: that statement, as context. */
    statement?: { objectType: 'StatementRef'; id: string };
  };
  timestamp: string;
}

export const DEFAULT_EXTENSION_KEY = 'urn:tend-widgets:xapi:data';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
} as const;

/** Each exercise's verb and activity definition, from the registry. */
const activities = Object.fromEntries(widgets.map((w) => [w.exercise, w.xapi])) as Record<ExerciseId, WidgetInfo['xapi']>;

/**
 * Turns a `tend-complete` detail into an xAPI 1.0.3 statement, synchronously. It sends nothing:
 * posting it to a Learning Record Store is the host page's choice (see the README).
 * Throws a TypeError when the actor or activity id cannot make a valid statement.
 */
export function toXapiStatement(detail: TendCompleteDetail, options: XapiOptions): XapiStatement {
  const activity = activities[detail.exercise];
  if (!activity) throw new TypeError(`toXapiStatement: unknown exercise ${JSON.stringify(detail.exercise)}`);
  assertAgent(options.actor);
  assertIri(options.activityId, 'activityId');
  const extensionKey = options.extensionKey ?? DEFAULT_EXTENSION_KEY;
  assertIri(extensionKey, 'extensionKey');
  if (options.id !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(options.id)) {
    throw new TypeError('toXapiStatement: id must be a UUID');
  }
  const language = options.language ?? 'en-US';
  const statement: XapiStatement = {
    actor: { objectType: 'Agent', ...options.actor },
    verb: { id: VERBS[activity.verb], display: { [language]: activity.verb } },
    object: {
      objectType: 'Activity',
      id: options.activityId,
      definition: {
        name: { [language]: activity.name },
        description: { [language]: activity.description },
        type: INTERACTION,
        interactionType: activity.interactionType,
      },
    },
    result: { completion: true, response: responseOf(detail), extensions: { [extensionKey]: detail.data } },
    context: { platform: 'tend-widgets', language },
    timestamp: detail.completedAt,
  };
  if (options.id) statement.id = options.id;
  const duration = detail.exercise === 'flow' ? undefined : summaryOf(detail.exercise).durationMs?.(detail.data);
  if (duration !== undefined) statement.result.duration = isoDuration(duration);
  return statement;
}

/** An exercise's summary (its response and duration), for data of its own shape. */
const summaryOf = (exercise: Exclude<ExerciseId, 'flow'>) => summaries[exercise] as ExerciseSummary<unknown>;

/** The person's own words, as one string: each exercise's summary says them; a flow's are its steps'. */
function responseOf(detail: TendCompleteDetail): string {
  if (detail.exercise !== 'flow') return summaryOf(detail.exercise).response(detail.data);
  return stepDetails(detail)
    .map((step) => (mapped(step) ? responseOf(step) : ''))
    .filter(Boolean)
    .join('\n\n');
}

/** A step this module can describe: a known exercise with data (a step that never upgraded has none). */
function mapped(step: TendCompleteDetail): boolean {
  return Boolean(activities[step.exercise] && step.exercise !== 'flow' && step.data && typeof step.data === 'object');
}

/** A flow's steps as `tend-complete` details (a skipped step carries the flow's `completedAt`). */
function stepDetails(detail: TendCompleteDetail & { exercise: 'flow' }): TendCompleteDetail[] {
  return detail.data.steps.map(
    (step) => ({ exercise: step.exercise, version: detail.version, data: step.data, completedAt: step.completedAt ?? detail.completedAt }) as TendCompleteDetail,
  );
}

/**
 * A statement for a `tend-complete` detail, and for a flow one more per finished step: each step's
 * activity is `<activityId>/steps/<n>` with the flow's activity as its parent, and when the flow's
 * statement has an `id` the steps refer to it as their context statement. Skipped steps have none.
 */
export function toXapiStatements(detail: TendCompleteDetail, options: XapiOptions): XapiStatement[] {
  const flow = toXapiStatement(detail, options);
  if (detail.exercise !== 'flow') return [flow];
  const steps = stepDetails(detail).flatMap((step, i) => {
    if (!detail.data.steps[i]!.completedAt || !mapped(step)) return [];
    const statement = toXapiStatement(step, { ...options, id: undefined, activityId: `${options.activityId}/steps/${i + 1}` });
    statement.context.contextActivities = { parent: [{ objectType: 'Activity', id: options.activityId }] };
    if (options.id) statement.context.statement = { objectType: 'StatementRef', id: options.id };
    return [statement];
  });
  return [flow, ...steps];
}

/** ISO 8601 duration with seconds to 0.01 s, as xAPI asks: 65432 ms → `PT1M5.43S`. */
export function isoDuration(ms: number): string {
  const centiseconds = Math.round(Math.max(0, ms) / 10);
  const hours = Math.floor(centiseconds / 360000);
  const minutes = Math.floor((centiseconds % 360000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}

function assertAgent(actor: XapiAgent): void {
  if (!actor || typeof actor !== 'object') throw new TypeError('toXapiStatement: actor is required');
  const identifiers = (['mbox', 'mbox_sha1sum', 'openid', 'account'] as const).filter((key) => actor[key] !== undefined);
  if (identifiers.length !== 1) {
    throw new TypeError('toXapiStatement: actor needs exactly one of mbox, mbox_sha1sum, openid or account');
  }
  if (actor.mbox !== undefined && !/^mailto:[^@\s]+@[^@\s]+$/.test(actor.mbox)) {
    throw new TypeError('toXapiStatement: actor.mbox must be a mailto: IRI');
  }
  if (actor.account && (!actor.account.homePage || !actor.account.name)) {
    throw new TypeError('toXapiStatement: actor.account needs homePage and name');
  }
}

function assertIri(value: string, name: string): void {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) {
    throw new TypeError(`toXapiStatement: ${name} must be an absolute IRI`);
  }
}
