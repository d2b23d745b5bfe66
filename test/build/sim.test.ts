// The compiled simulator (scripts/build-sim.ts, run by `npm run dialog` through scripts/dialog.mjs) answers as the
// TypeScript one does under tsx: same transcript for the same replay, in plain node, without tsx.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildSim } from '../../scripts/build-sim.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');

describe('compiled simulator (scripts/build-sim.ts)', function () {
  this.timeout(180_000);

  it('replays a conversation exactly as the TypeScript simulator does, in plain node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-build-'));
    const out = join(dir, 'sim');
    await buildSim(out);
    const replay = join(dir, 'two-turns.yaml');
    writeFileSync(replay, 'locale: de-DE\ntype: text\nuserInput:\n  - öffne northwind market\n  - wo ist meine Bestellung\n');
    const args = ['--replay', replay, '--now', '2026-11-22T15:00:00Z'];
    const compiled = await run(process.execPath, [join(out, 'main.js'), ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
    const typescript = await run(process.execPath, ['--import', 'tsx', 'tools/sim/main.ts', ...args], { cwd: ROOT });
    expect(compiled.stdout).to.match(/Bestellung/);
    expect(compiled.stdout).to.equal(typescript.stdout);
  });
});
