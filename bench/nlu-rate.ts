// The simulator's understanding: how long one locale takes to load, and how many utterances it understands a
// second (the tuning set, round and round, for a fixed time). Run by scripts/bench.ts with tsx, as the simulator runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { understandingFor } from '../tools/sim/nlu/index.js';

const [platform, locale, seconds] = process.argv.slice(2);
const utterances = (JSON.parse(readFileSync(join('test', 'nlu', 'tuning', `${locale}.json`), 'utf8')) as { text: string }[]).map((u) => u.text);
const started = performance.now();
const understanding = understandingFor(platform as 'alexa' | 'google', locale);
const loadMs = performance.now() - started;
const until = performance.now() + Number(seconds) * 1000;
let done = 0;
const begun = performance.now();
while (performance.now() < until) understanding.understand(utterances[done++ % utterances.length]);
process.stdout.write(`${JSON.stringify({ loadMs, perSecond: done / ((performance.now() - begun) / 1000) })}\n`);
