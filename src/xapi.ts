export { toXapiStatement, toXapiStatements, isoDuration, DEFAULT_EXTENSION_KEY } from './xapi/statement.js';
export type { XapiAgent, XapiOptions, XapiStatement } from './xapi/statement.js';
// The data types travel with the entry (a statement's `detail` is typed by them).
export type { ExerciseDataMap } from './entries/data.js';
