/**
 * The language-model sources -> a Dialogflow ES agent export (agent.json, package.json, intents/, entities/), for the
 * console's "Import/Restore from ZIP". The CLI is scripts/compile-agent.ts; the simulator reads the same agent.
 */
export * from './types.js';
export { compileDialogflowAgent, PLACEHOLDER_WEBHOOK_URL } from './compile.js';
export { stableId } from './ids.js';
export { agentLanguages } from './languages.js';
export { fallbackMessages } from './intents.js';
export { followupContext } from './followups.js';
export { AGENT_NAME, agentOptionsFromEnv, staleAgentFiles, writeDialogflowAgent, zipAgent, type WriteOptions } from './write.js';
