// The agent on disk: the folder `build/dialogflow-agent/`, the zip Dialogflow imports, and what is stale in them.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { serializeModel } from '../alexa.js';
import { loadModelSources } from '../load.js';
import { BUILD_DIR } from '../paths.js';
import type { ModelSource } from '../source.js';
import { compileDialogflowAgent } from './compile.js';
import type { AgentFiles, AgentOptions } from './types.js';

export const AGENT_NAME = 'dialogflow-agent';

/** The zip Dialogflow imports: every file at the root, no enclosing folder. */
export function zipAgent(files: AgentFiles): Uint8Array {
  const entries = Object.fromEntries(Object.entries(files).map(([path, content]) => [path, strToU8(serializeModel(content))]));
  // A fixed time stamp (local time, as zip stores it) keeps the bytes the same from build to build.
  return zipSync(entries, { mtime: new Date(2020, 0, 1) });
}

/** GOOGLE_WEBHOOK_URL and GOOGLE_WEBHOOK_USER fill in the agent's webhook; the password is never written. */
export function agentOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): AgentOptions {
  return { webhookUrl: env.GOOGLE_WEBHOOK_URL || undefined, webhookUser: env.GOOGLE_WEBHOOK_USER || undefined };
}

export interface WriteOptions extends AgentOptions {
  sources?: ModelSource[];
  /** Where `dialogflow-agent/` and `dialogflow-agent.zip` go; `build/` by default. */
  outDir?: string;
}

/** Writes `<outDir>/dialogflow-agent/` (replacing what was there) and `<outDir>/dialogflow-agent.zip`. */
export async function writeDialogflowAgent(options: WriteOptions = agentOptionsFromEnv()): Promise<{ dir: string; zip: string; files: number }> {
  const { sources = await loadModelSources(), outDir = BUILD_DIR, ...agentOptions } = options;
  const files = compileDialogflowAgent(sources, agentOptions);
  const dir = join(outDir, AGENT_NAME);
  const zip = join(outDir, `${AGENT_NAME}.zip`);
  await rm(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), serializeModel(content));
  }
  await writeFile(zip, zipAgent(files));
  return { dir, zip, files: Object.keys(files).length };
}

/** Paths in the written folder that differ from what the sources compile to. */
export async function staleAgentFiles(options: AgentOptions = agentOptionsFromEnv(), outDir = BUILD_DIR): Promise<string[]> {
  const files = compileDialogflowAgent(await loadModelSources(), options);
  const stale: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    const current = await readFile(join(outDir, AGENT_NAME, path), 'utf8').catch(() => null);
    if (current !== serializeModel(content)) stale.push(path);
  }
  return stale;
}
