// Compiles the express server (`npm start`) to JavaScript in build/server/, so production never transpiles
// TypeScript at start. Our code is bundled; packages stay imports from node_modules, and the Dialogflow
// fulfillment stays a chunk of its own, loaded on the first /google request as in development.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNodeApp } from './build-node-app.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_DIR = join(root, 'build', 'server');
export const SERVER_ENTRY = join(SERVER_DIR, 'main.js');

export async function buildServer(): Promise<void> {
  await buildNodeApp(join(root, 'lambda/server/main.ts'), SERVER_DIR);
}
