// Bundles the Alexa Lambda into build/lambda/index.js (CommonJS, `handler`), the folder ask-resources.json
// deploys. On Lambda the skill runs on DynamoDB: /tmp is not durable and each instance would have its own SQLite
// file, so the store refuses SQLite there and better-sqlite3 (a native addon) does not ship. The AWS SDK v3 is part
// of the nodejs22.x runtime, so the DynamoDB store's @aws-sdk/* imports stay require()s the runtime answers.
// The folder's package.json declares no dependencies: `ask deploy` runs `npm install` in a copy of it, and that has
// nothing to fetch or prune.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, ROOT_DIR as root } from '../tools/models/paths.js';

export const LAMBDA_DIR = join(BUILD_DIR, 'lambda');

/** Packages that must never reach the Alexa bundle: the Google front end's heavy dependency, and zod's full build
 * (~0.75 MB evaluated on every cold start; the Lambda path's schemas use zod/mini through lambda/core/zod-mini.ts). */
const FORBIDDEN = ['actions-on-google', 'googleapis', 'zod/v4/classic'];
/** Never bundled: the SQLite store is refused on Lambda, so its native addon is left out (a local harness that
 * requires the bundle inside the project still finds the project's copy). */
const NATIVE = ['better-sqlite3'];
/** Provided by the Lambda runtime (nodejs18.x and later ship the AWS SDK for JavaScript v3). */
export const RUNTIME_PROVIDED = ['@aws-sdk/*'];
/** The Lambda runtime ask-resources.json and the stack ask for; esbuild writes syntax it runs. */
export const LAMBDA_RUNTIME = 'nodejs22.x';
/** What the deployed function stores its data in (the stack sets SKILL_STORE to it). */
export const LAMBDA_STORE = 'dynamodb';

export async function buildLambda(): Promise<{ bytes: number; inputs: string[] }> {
  rmSync(LAMBDA_DIR, { recursive: true, force: true });
  mkdirSync(LAMBDA_DIR, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'lambda/alexa/lambda.ts')],
    outfile: join(LAMBDA_DIR, 'index.js'),
    bundle: true,
    platform: 'node',
    target: LAMBDA_RUNTIME.replace(/^nodejs(\d+)\.x$/, 'node$1'),
    format: 'cjs',
    external: [...NATIVE, ...RUNTIME_PROVIDED],
    metafile: true,
    minify: false,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const leaked = inputs.filter((file) => FORBIDDEN.some((pkg) => file.includes(`node_modules/${pkg}/`)));
  if (leaked.length) throw new Error(`the Lambda bundle must not contain ${leaked.join(', ')}`);

  // No dependencies: everything but the runtime's AWS SDK is in index.js, so ask-cli's `npm install` is a no-op.
  const manifest = {
    name: 'voice-commerce-lambda',
    private: true,
    description: `Alexa skill bundle for AWS Lambda ${LAMBDA_RUNTIME}, store: ${LAMBDA_STORE} (SQLite is refused on Lambda)`,
    main: 'index.js',
    dependencies: {},
  };
  writeFileSync(join(LAMBDA_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { bytes: readFileSync(join(LAMBDA_DIR, 'index.js')).length, inputs };
}
