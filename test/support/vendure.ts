// A live Vendure for the connector tests: installed into tools/vendure-server on first use (skipped while its
// lockfile hash matches the last install), started on 127.0.0.1 at a free port, seeded through the Admin API, and
// stopped by the root hook after the run. One server per test process, however many suites use it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { seedVendure, type VendureSeeded } from './vendure-seed.js';

export const VENDURE_DIR = fileURLToPath(new URL('../../tools/vendure-server/', import.meta.url));
export const VENDURE_ADMIN = { username: 'superadmin', password: 'superadmin-test-only' };

export interface LiveVendure extends VendureSeeded {
  adminApiUrl: string;
  shopApiUrl: string;
  /** Seconds spent installing (0 when the cached install was current) and starting. */
  timings: { installSeconds: number; startSeconds: number; seedSeconds: number };
}

interface Local {
  running?: Promise<{ child: ChildProcess; live: LiveVendure }>;
}
const local: Local = ((globalThis as Record<symbol, Local>)[Symbol.for('voice-commerce.test.vendure')] ??= {});

/** Installs the test server's packages unless the installed ones match its lockfile. Returns the seconds spent. */
export function ensureVendureInstalled(): number {
  const lock = readFileSync(`${VENDURE_DIR}package-lock.json`);
  const hash = createHash('sha256').update(lock).digest('hex');
  const marker = `${VENDURE_DIR}node_modules/.lockfile-hash`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) return 0;
  const started = performance.now();
  const run = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: VENDURE_DIR, encoding: 'utf8', env: { ...process.env, VENDURE_DISABLE_TELEMETRY: 'true' }, timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`installing the test Vendure failed: ${run.stderr || run.error?.message}`);
  writeFileSync(marker, hash);
  return (performance.now() - started) / 1000;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function waitReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the test Vendure did not start in ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('VENDURE_READY')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test Vendure exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
}

/** The running, seeded server; the first call installs, starts and seeds it (allow minutes on a fresh clone). */
export function liveVendure(): Promise<LiveVendure> {
  local.running ??= (async () => {
    const installSeconds = ensureVendureInstalled();
    const port = await freePort();
    let started = performance.now();
    const child = spawn(process.execPath, ['server.mjs'], {
      cwd: VENDURE_DIR,
      env: {
        ...process.env, PORT: String(port), VENDURE_DISABLE_TELEMETRY: 'true',
        VENDURE_SUPERADMIN_USER: VENDURE_ADMIN.username, VENDURE_SUPERADMIN_PASSWORD: VENDURE_ADMIN.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await waitReady(child, 240_000);
    } catch (err) {
      child.kill();
      throw err;
    }
    const startSeconds = (performance.now() - started) / 1000;
    const adminApiUrl = `http://127.0.0.1:${port}/admin-api`;
    const shopApiUrl = `http://127.0.0.1:${port}/shop-api`;
    started = performance.now();
    const seeded = await seedVendure(adminApiUrl, VENDURE_ADMIN);
    const seedSeconds = (performance.now() - started) / 1000;
    return { child, live: { ...seeded, adminApiUrl, shopApiUrl, timings: { installSeconds, startSeconds, seedSeconds } } };
  })();
  local.running.catch(() => { local.running = undefined; });
  return local.running.then((r) => r.live);
}

/** The connector's environment for the live server (what a merchant would set). */
export async function vendureEnv(): Promise<NodeJS.ProcessEnv> {
  const live = await liveVendure();
  return {
    SKILL_COMMERCE: 'vendure',
    VENDURE_ADMIN_API_URL: live.adminApiUrl,
    VENDURE_SHOP_API_URL: live.shopApiUrl,
    VENDURE_ADMIN_USER: VENDURE_ADMIN.username,
    VENDURE_ADMIN_PASSWORD: VENDURE_ADMIN.password,
    VENDURE_PAYMENT_METHOD: live.paymentMethodCode,
    VENDURE_CUSTOMER_FIELDS: 'locale,timeZone,voiceCode',
    VENDURE_SELLER_NAME: 'Harbor Goods',
  };
}

export async function stopVendure(): Promise<void> {
  if (!local.running) return;
  const running = local.running;
  local.running = undefined;
  const { child } = await running.catch(() => ({ child: undefined }));
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
