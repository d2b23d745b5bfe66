import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { ROOT_DIR as ROOT } from '../../../tools/models/paths.js';
import { main } from '../../../tools/sim/cli.js';
import { demoSeedData } from '../../../lambda/store/seed.js';
import { ENGLISH, stubUnderstanding } from './stub-understanding.js';

const run = promisify(execFile);

/** The simulator as a newcomer runs it: a child process, its exit status, stdout and stderr. */
async function spawnDialog(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'tools/sim/main.ts', ...args], { cwd: ROOT, timeout: 100_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The simulator in this process with a fixed understanding: for exit statuses and messages. */
async function dialog(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const code = await main(args, { stdin, stdout, stderr }, {
    understandingFor: (_platform, locale) => stubUnderstanding(ENGLISH, { locale }),
    env: {},
  });
  return { code, stdout: out, stderr: err };
}

describe('simulator: command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function file(name: string, content: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  }

  describe('in a child process (npm run dialog)', () => {
    it('replays a file with --json as one document of the contract, exit status 0', async () => {
      const { code, stdout, stderr } = await spawnDialog(['--replay', 'test/conversations/en-status-handoff.json', '--json', '--platform', 'google']);
      expect(code, stderr).to.equal(0);
      const doc = JSON.parse(stdout) as { platform: string; locale: string; turns: Record<string, unknown>[] };
      expect(Object.keys(doc)).to.deep.equal(['platform', 'locale', 'turns']);
      expect(doc).to.deep.include({ platform: 'google', locale: 'en-US' });
      expect(doc.turns).to.have.length(12);
      for (const turn of doc.turns) {
        expect(Object.keys(turn)).to.deep.equal(['user', 'intent', 'slots', 'speech', 'reprompt', 'endSession', 'card']);
      }
      expect(doc.turns[0]).to.deep.include({ user: 'ask northwind market where my order is', intent: 'OrderStatusIntent', endSession: true, card: null });
    });

    it('stops on a seed that breaks the contract with a message naming the field, exit status 2, no stack trace', async () => {
      const seed = demoSeedData() as unknown as { customers: Record<string, unknown>[] };
      delete seed.customers[0].timeZone;
      const { code, stderr, stdout } = await spawnDialog(['--seed', file('seed.json', seed), '--replay', 'test/conversations/en-status-handoff.json']);
      expect(code).to.equal(2);
      expect(stdout).to.equal('');
      expect(stderr).to.match(/^error: seed file .*seed\.json does not match the seed format: customers\[0\]\.timeZone/);
      expect(stderr).to.not.match(/\n\s+at /);
    });
  });

  describe('options and exit statuses', () => {
    it('prints the usage for --help', async () => {
      const { code, stdout } = await dialog(['--help']);
      expect(code).to.equal(0);
      expect(stdout).to.match(/usage: npm run dialog/);
    });

    it('refuses an unknown locale, listing the ones the platform serves (exit 2)', async () => {
      const { code, stderr } = await dialog(['--locale', 'xx-YY']);
      expect(code).to.equal(2);
      expect(stderr).to.equal('error: unknown locale "xx-YY"; alexa serves de-DE, en-GB, en-US, it-IT, ja-JP\n');
    });

    it('refuses a locale the platform does not serve, and says which does (exit 2)', async () => {
      const { code, stderr } = await dialog(['--locale', 'zh-CN']);
      expect(code).to.equal(2);
      expect(stderr).to.match(/alexa does not serve zh-CN \(google does/);
    });

    it('refuses a replay file that is neither JSON nor YAML (exit 2)', async () => {
      const { code, stderr } = await dialog(['--replay', file('notes.txt', 'userInput: [\n - a\n b: {')]);
      expect(code).to.equal(2);
      expect(stderr).to.match(/^error: .*notes\.txt is neither JSON nor YAML/);
    });

    it('refuses an unknown customer, listing the seed\'s ids (exit 2)', async () => {
      const { code, stderr } = await dialog(['--customer', 'c-xx-9']);
      expect(code).to.equal(2);
      expect(stderr).to.match(/no customer "c-xx-9" in the seed; the seed has: c-us-1 \(en-US\), .*c-de-1 \(de-DE\)/);
    });

    it('refuses a --now that is not an ISO timestamp, and an unknown option (exit 2)', async () => {
      expect((await dialog(['--now', 'tomorrow'])).stderr).to.match(/--now must be an ISO 8601 timestamp/);
      expect((await dialog(['--now', 'tomorrow'])).code).to.equal(2);
      expect((await dialog(['--colour'])).code).to.equal(2);
      expect((await dialog(['--platform', 'siri'])).stderr).to.match(/--platform must be alexa or google/);
    });

    it('lets the replay file\'s locale win over --locale', async () => {
      const replay = file('de.json', { locale: 'de-DE', userInput: ['öffne northwind market'] });
      const { code, stdout, stderr } = await dialog(['--replay', replay, '--locale', 'en-US', '--json', '--now', '2026-11-22T10:00:00Z']);
      expect(code).to.equal(0);
      expect(JSON.parse(stdout)).to.deep.include({ locale: 'de-DE' });
      expect(JSON.parse(stdout).turns[0].speech).to.match(/^Hallo Jonas/);
      expect(stderr).to.match(/replay file's locale de-DE is used/);
    });

    it('speaks as the demo seed\'s customer of the session\'s locale by default', async () => {
      const { stdout } = await dialog(['--locale', 'de-DE'], '.quit\n');
      expect(stdout).to.match(/de-DE, c-de-1 \(Jonas\), account linked/);
    });

    it('speaks as the first customer of a seed given with --seed, as the contract says', async () => {
      const seedFile = file('seed.json', demoSeedData());
      const { stdout } = await dialog(['--locale', 'de-DE', '--seed', seedFile], '.quit\n');
      expect(stdout).to.match(/c-us-1 \(Emily\), account linked/);
    });

    it('exits 1 when an input is said while the skill is not open, as a device would not pass it on', async () => {
      const replay = file('closed.json', { locale: 'en-US', userInput: ['tell me where my order is'] });
      const { code, stdout } = await dialog(['--replay', replay]);
      expect(code).to.equal(1);
      expect(stdout).to.match(/the skill is not open/);
    });

    it('exits 1 when an expectation is not met, and 0 when every one is', async () => {
      const met = file('met.json', {
        locale: 'en-US', now: '2026-11-22T10:00:00Z',
        userInput: ['open northwind market', 'where is my order'],
        expectations: [{ intent: 'LaunchRequest', speech: '^hi emily' }, { intent: 'OrderStatusIntent', endSession: true }],
      });
      expect((await dialog(['--replay', met])).code).to.equal(0);
      const unmet = file('unmet.json', { locale: 'en-US', userInput: ['open northwind market'], expectations: [{ intent: 'ReorderIntent' }] });
      const { code, stdout } = await dialog(['--replay', unmet]);
      expect(code).to.equal(1);
      expect(stdout).to.match(/expected intent ReorderIntent, got LaunchRequest/);
    });

    it('skips an empty replay input with a warning, and keeps .reset and .quit out of the turns', async () => {
      const replay = file('cmds.yaml', ['locale: en-US', 'userInput:', '  - open northwind market', '  - ""', '  - .reset', '  - open northwind market', '  - .quit', '  - where is my order'].join('\n'));
      const { code, stdout, stderr } = await dialog(['--replay', replay, '--json']);
      expect(code).to.equal(0);
      expect(stderr).to.match(/input 2 is empty: skipped/);
      expect(JSON.parse(stdout).turns.map((t: { intent: string }) => t.intent)).to.deep.equal(['LaunchRequest', 'LaunchRequest']);
    });

    it('records the inputs of an interactive session with .record, as a replay file', async () => {
      const recorded = join(dir, 'session.yaml');
      const { code, stdout } = await dialog(['--now', '2026-11-22T10:00:00Z'], `open northwind market\n\nwhat did I order last time\n.record ${recorded}\n.quit\n`);
      expect(code).to.equal(0);
      expect(stdout).to.match(/User > open northwind market\n.*\nAlexa > Hi Emily/);
      expect(stdout).to.match(/recorded 2 inputs to/);
      const text = readFileSync(recorded, 'utf8');
      expect(text).to.match(/userInput:\n {2}- open northwind market\n {2}- what did I order last time/);
      expect(text).to.match(/intent: LastOrderIntent/);
    });

    it('prints only the JSON document on stdout with --json in interactive mode', async () => {
      const { code, stdout } = await dialog(['--json'], 'open northwind market\n');
      expect(code).to.equal(0);
      expect(JSON.parse(stdout).turns).to.have.length(1);
    });

    it('answers a 10,000-character input, emoji and mixed scripts with the fallback, not an error', async () => {
      const { code, stdout } = await dialog(['--json'], `open northwind market\n${'x'.repeat(10_000)}\n🛒🍕\nwhere ist 我的 Bestellung\n`);
      expect(code).to.equal(0);
      const turns = JSON.parse(stdout).turns as { intent: string; speech: string }[];
      expect(turns.slice(1).map((t) => t.intent)).to.deep.equal(['AMAZON.FallbackIntent', 'AMAZON.FallbackIntent', 'AMAZON.FallbackIntent']);
      for (const t of turns) expect(t.speech).to.not.equal('');
    });
  });
});
