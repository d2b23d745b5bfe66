/**
 * `npm run account-linking -- [--skill-id ID] [--stage development] [--dry-run]`: applies the account linking that
 * merchant.json describes to the skill, through `ask smapi update-account-linking-info`. `ask deploy` does not
 * (the Skill Package API takes no account linking), so run this once after the first deploy and after every change.
 *
 * The client secret is read where merchant.json says (`accountLinking.clientSecret`): an environment variable, or an
 * SSM parameter read with the AWS CLI (`aws ssm get-parameter --with-decryption`). It goes into a temporary file
 * readable only by you, which is deleted right after the call; it is never written into the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Merchant, SecretSource } from '../lambda/merchant.js';
import { accountLinkingRequest, readMerchant } from './build-skill-package.js';
import { ROOT_DIR } from '../tools/models/paths.js';
import { runAsScript } from './run-as-script.js';

type Run = (command: string, args: string[]) => { status: number | null; stdout: string; stderr: string };

const run: Run = (command, args) => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { status: result.error ? 127 : result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error ?? '') };
};

/** The client secret from where merchant.json says it is; an error names the place when it is not there. */
export function readClientSecret(source: SecretSource, env: NodeJS.ProcessEnv = process.env, exec: Run = run): string {
  if ('env' in source) {
    const value = env[source.env];
    if (!value) throw new Error(`the account-linking client secret is read from $${source.env}, which is not set`);
    return value;
  }
  const result = exec('aws', ['ssm', 'get-parameter', '--with-decryption', '--name', source.ssmParameter, '--query', 'Parameter.Value', '--output', 'text']);
  if (result.status !== 0 || !result.stdout.trim()) {
    throw new Error(`could not read the account-linking client secret from the SSM parameter ${source.ssmParameter}: ${result.stderr.trim() || 'empty'}`);
  }
  return result.stdout.trim();
}

/** The skill id ask deploy recorded in .ask/ask-states.json. */
export function deployedSkillId(root = ROOT_DIR): string | undefined {
  const file = join(root, '.ask', 'ask-states.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'))?.profiles?.default?.skillId || undefined;
}

export function requestWithSecret(merchant: Merchant, secret: string): unknown {
  const { accountLinkingRequest: request } = accountLinkingRequest(merchant);
  return { accountLinkingRequest: { ...request, clientSecret: secret } };
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, exec: Run = run): Promise<number> {
  const merchant = readMerchant();
  const skillId = option(argv, '--skill-id') ?? deployedSkillId();
  const stage = option(argv, '--stage') ?? 'development';
  if (!skillId) {
    console.error('error: no skill id: run `ask deploy` first (it writes .ask/ask-states.json) or pass --skill-id');
    return 2;
  }
  const secret = readClientSecret(merchant.accountLinking.clientSecret, env, exec);
  const args = (file: string) => ['smapi', 'update-account-linking-info', '-s', skillId, '-g', stage, '--account-linking-request', `file:${file}`];
  if (argv.includes('--dry-run')) {
    console.log(`ask ${args('<request.json>').join(' ')}`);
    console.log(JSON.stringify(requestWithSecret(merchant, '***'), null, 2));
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), 'account-linking-'));
  const file = join(dir, 'request.json');
  try {
    writeFileSync(file, JSON.stringify(requestWithSecret(merchant, secret)), { mode: 0o600 });
    const result = exec('ask', args(file));
    if (result.status !== 0) {
      console.error(`error: ask smapi update-account-linking-info failed: ${result.stderr.trim() || result.stdout.trim()}`);
      return 1;
    }
    console.log(`account linking applied to ${skillId} (${stage})`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runAsScript(import.meta.url, (argv) => main(argv));
