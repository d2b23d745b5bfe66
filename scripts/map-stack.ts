// `npx tsx scripts/map-stack.ts [trace.txt] [--map build/lambda/index.js.map]`: a stack trace from the deployed
// Lambda (CloudWatch), with each `index.js:line:column` frame mapped back to its TypeScript source. The function
// runs without --enable-source-maps (it costs every cold start ~40-140 ms of CPU), so traces name the bundle; the
// build writes the source map beside it, and this reads it offline. Reads the trace from the file or stdin.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '../tools/models/paths.js';
import { runAsScript } from './run-as-script.js';

const DEFAULT_MAP = join(ROOT_DIR, 'build', 'lambda', 'index.js.map');

/** The trace with every frame in the bundle (`<path>/<bundle>:line:column`, 1-based) replaced by its source position. */
export function mapStack(trace: string, mapFile: string): string {
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  // The bundle is the map's name without ".map" (esbuild's linked source map: index.js -> index.js.map).
  const name = basename(mapFile, '.map').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const frame = new RegExp(`(?:[^\\s(]*/)?${name}:(\\d+):(\\d+)`, 'g');
  return trace.replace(frame, (whole, line: string, column: string) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (!entry.originalSource) return whole;
    const source = relative(ROOT_DIR, resolve(dirname(mapFile), entry.originalSource.replace(/^file:\/\//, '')));
    return `${source}:${entry.originalLine! + 1}:${entry.originalColumn! + 1}`;
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { map: { type: 'string' } } });
  const trace = readFileSync(positionals[0] ?? 0, 'utf8');
  process.stdout.write(mapStack(trace, values.map ?? DEFAULT_MAP));
  return 0;
}

runAsScript(import.meta.url, main);
