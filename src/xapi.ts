export { toXapiStatement, toXapiStatements, isoDuration, DEFAULT_EXTENSION_KEY } from './xapi/statement.js';
export type { XapiAgent, XapiOptions, XapiStatement } from './xapi/statement.js';
