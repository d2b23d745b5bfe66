// Bundles the Alexa Lambda into build/lambda/index.js (CommonJS, `handler`), the folder ask-resources.json
// deploys. better-sqlite3 is native, so it is copied beside the bundle instead of bundled. The AWS SDK v3 is part
// of the nodejs20.x runtime, so the DynamoDB store's @aws-sdk/* imports stay require()s the runtime answers.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LAMBDA_DIR = join(root, 'build', 'lambda');

/** Packages that must never reach the Alexa bundle: the Google front end's heavy dependency. */
const FORBIDDEN = ['actions-on-google', 'googleapis'];
const NATIVE = ['better-sqlite3'];
/** Provided by the Lambda runtime (nodejs18.x and later ship the AWS SDK for JavaScript v3). */
export const RUNTIME_PROVIDED = ['@aws-sdk/*'];
/** better-sqlite3 and what it requires at run time. */
const NATIVE_RUNTIME = ['better-sqlite3', 'bindings', 'file-uri-to-path'];
/** Needed only to check a seed before loading it into an empty store: kept out of index.js, whose every byte a cold
 * start reads and parses (zod alone would be more than half of it), and copied beside it for the start that needs it. */
const LAZY = ['zod'];

export async function buildLambda(): Promise<{ bytes: number; inputs: string[] }> {
  rmSync(LAMBDA_DIR, { recursive: true, force: true });
  mkdirSync(LAMBDA_DIR, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'lambda/alexa/lambda.ts')],
    outfile: join(LAMBDA_DIR, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: [...NATIVE, ...RUNTIME_PROVIDED, ...LAZY],
    metafile: true,
    minify: false,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const leaked = inputs.filter((file) => FORBIDDEN.some((pkg) => file.includes(`node_modules/${pkg}/`)));
  if (leaked.length) throw new Error(`the Lambda bundle must not contain ${leaked.join(', ')}`);

  for (const pkg of [...NATIVE_RUNTIME, ...LAZY]) {
    const from = join(root, 'node_modules', pkg);
    if (!existsSync(from)) continue;
    cpSync(from, join(LAMBDA_DIR, 'node_modules', pkg), {
      recursive: true,
      // Only what runs: JavaScript, package.json and the compiled addon, not C or TypeScript sources, build objects,
      // type declarations or docs.
      filter: (src) => !/[\\/](deps|src|obj|obj\.target|test_extension\.node|sqlite3\.a|\.deps)([\\/]|$)|\.d\.c?ts$|\.map$|\.md$/.test(src.slice(from.length)),
    });
  }
  writeFileSync(join(LAMBDA_DIR, 'package.json'), `${JSON.stringify({ name: 'voice-commerce-lambda', private: true, main: 'index.js' }, null, 2)}\n`);
  return { bytes: readFileSync(join(LAMBDA_DIR, 'index.js')).length, inputs };
}
