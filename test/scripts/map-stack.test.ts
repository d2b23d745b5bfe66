// scripts/map-stack.ts: the Lambda runs without --enable-source-maps, so a CloudWatch trace names the bundle; the
// script maps it back to the TypeScript sources with the source map the build writes beside the bundle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { build } from 'esbuild';
import { mapStack } from '../../scripts/map-stack.js';

describe('map-stack: a bundle trace read back in the sources', () => {
  let dir: string;
  let trace: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'map-stack-'));
    writeFileSync(join(dir, 'cart.ts'), [
      '// a comment, so the throw is not on line 1',
      'export function checkout(items: string[]): number {',
      '  if (items.length === 0) throw new Error("empty cart");',
      '  return items.length;',
      '}',
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'main.ts'), "import { checkout } from './cart';\n\nexport const handler = () => checkout([]);\n");
    await build({ entryPoints: [join(dir, 'main.ts')], outfile: join(dir, 'out', 'index.js'), bundle: true, platform: 'node', format: 'cjs', sourcemap: 'linked', logLevel: 'silent' });
    // Run as the Lambda runs it: no --enable-source-maps, so the trace names index.js.
    const run = spawnSync(process.execPath, ['-e', `try { require(${JSON.stringify(join(dir, 'out', 'index.js'))}).handler(); } catch (e) { console.log(e.stack); }`], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    trace = run.stdout;
  });

  it('names the source file and line of each frame in the bundle', () => {
    expect(trace).to.match(/index\.js:\d+:\d+/);
    const mapped = mapStack(trace, join(dir, 'out', 'index.js.map'));
    expect(mapped).to.contain('Error: empty cart');
    expect(mapped).to.match(/at checkout \(.*cart\.ts:3:\d+\)/);
    expect(mapped).to.match(/main\.ts:3:\d+/);
    expect(mapped).not.to.match(/index\.js:\d+:\d+/);
  });

  it('leaves frames outside the bundle as they are', () => {
    const line = '    at Module._compile (node:internal/modules/cjs/loader:1554:14)';
    expect(mapStack(`Error: x\n${line}\n`, join(dir, 'out', 'index.js.map'))).to.contain(line);
  });
});
