// Calls a built Lambda handler the way the Lambda runtime does: a fresh node, only the environment given, the event
// in, `handler(event, context)` out. Asynchronous, so this process keeps serving what the handler talks to (the
// local DynamoDB, the loopback SMTP server). Shared by the bundle tests in test/build.
import { spawn } from 'node:child_process';

export interface HandlerRun {
  /** 0 when the handler resolved, 3 when it rejected. */
  status: number | null;
  result?: unknown;
  /** The rejection's message, or what the process said when it gave no answer. */
  error?: string;
  /** Which of the packages asked about were loaded. */
  loaded: string[];
}

export interface HandlerCall {
  /** Absolute path of the CommonJS module that exports `handler`. */
  module: string;
  event: unknown;
  /** The working directory: not the project's, so the bundle cannot lean on its files. */
  cwd: string;
  /** The whole environment (PATH is added). */
  env: Record<string, string>;
  packages?: string[];
}

export function invokeHandler({ module, event, cwd, env, packages = [] }: HandlerCall): Promise<HandlerRun> {
  const script = `
    const event = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const context = { functionName: process.env.AWS_LAMBDA_FUNCTION_NAME, awsRequestId: 'req-1', getRemainingTimeInMillis: () => 8000 };
    const packages = ${JSON.stringify(packages)};
    Promise.resolve().then(() => require(${JSON.stringify(module)}).handler(event, context)).then(
      (result) => {
        const loaded = packages.filter((p) => Object.keys(require.cache).some((f) => f.includes('/node_modules/' + p + '/')));
        process.stdout.write(JSON.stringify({ result, loaded }));
      },
      (error) => { process.stdout.write(JSON.stringify({ error: String(error && error.message), loaded: [] })); process.exitCode = 3; },
    );`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => {
      try {
        resolve({ status, ...(JSON.parse(stdout) as Omit<HandlerRun, 'status'>) });
      } catch {
        resolve({ status, error: `no answer: ${stderr || stdout}`, loaded: [] });
      }
    });
    child.stdin.end(JSON.stringify(event));
  });
}
