/**
 * Compiles the language-model sources in `models/` into a Dialogflow ES agent: the folder
 * `build/dialogflow-agent/` and `build/dialogflow-agent.zip`, for the console's "Import/Restore from ZIP".
 * The compiler is tools/models/agent/; this is its command line.
 *
 *   tsx scripts/compile-agent.ts            write both (part of `npm run build`)
 *   tsx scripts/compile-agent.ts --check    exit 1 when the folder differs from what the sources give
 *
 * GOOGLE_WEBHOOK_URL and GOOGLE_WEBHOOK_USER fill in the agent's webhook. The password is never
 * written: exports carry none, so set it in the console (Fulfillment) after importing.
 */
import { agentOptionsFromEnv, PLACEHOLDER_WEBHOOK_URL, staleAgentFiles, writeDialogflowAgent } from '../tools/models/agent/index.js';
import { runAsScript } from './run-as-script.js';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--check')) {
    const stale = await staleAgentFiles();
    if (stale.length > 0) console.error(`stale Dialogflow agent files (run \`tsx scripts/compile-agent.ts\`):\n  ${stale.join('\n  ')}`);
    return stale.length > 0 ? 1 : 0;
  }
  const options = agentOptionsFromEnv();
  if (!options.webhookUrl) console.warn(`GOOGLE_WEBHOOK_URL is unset: the agent's webhook is ${PLACEHOLDER_WEBHOOK_URL}`);
  const { dir, zip, files } = await writeDialogflowAgent(options);
  console.log(`wrote ${dir} (${files} files) and ${zip}`);
  return 0;
}

runAsScript(import.meta.url, main);
