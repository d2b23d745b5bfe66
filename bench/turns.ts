// The bench's worker, run in a child process of its own (compiled by scripts/bench.ts into build/bench/):
// warm turns through the built Lambda bundle (Alexa) or the compiled Dialogflow fulfillment (Google) on an
// SQLite WAL file in the same process, each turn a new session; the growth and memory runs use the same turns.
// It prints one JSON document on stdout.
import { createRequire } from 'node:module';
import { requestFor, type Caller, type Platform, type TurnSpec } from './requests.js';

export interface WorkerJob {
  mode: 'warm' | 'growth' | 'memory';
  platform: Platform;
  /** The built Lambda bundle (Alexa). */
  bundle: string;
  iterations: number;
  warmup: number;
  /** growth: the shoppers' tokens, by how many orders they have. */
  shoppers?: Record<string, string>;
  /** memory: RSS is read after each of these many turns. */
  checkpoints?: number[];
  /** memory: stop at the first checkpoint reached after this many milliseconds (the bench is bounded). */
  budgetMs?: number;
  token: string;
  locale: string;
  now: string;
  item: string;
}

interface Answer {
  speech: string;
  state?: Record<string, unknown>;
}

type Ask = (caller: Caller, turn: TurnSpec) => Promise<Answer>;

async function asker(job: WorkerJob): Promise<Ask> {
  if (job.platform === 'alexa') {
    type AlexaOut = { response?: { outputSpeech?: { ssml?: string } }; sessionAttributes?: { dialog?: Record<string, unknown> } };
    const { handler } = createRequire(import.meta.url)(job.bundle) as { handler: (event: unknown) => Promise<AlexaOut> };
    return async (caller, turn) => {
      const out = await handler(requestFor('alexa', caller, turn));
      return { speech: String(out.response?.outputSpeech?.ssml ?? ''), state: out.sessionAttributes?.dialog };
    };
  }
  const { createRuntime } = await import('../lambda/runtime.js');
  const { createGoogleFulfillment } = await import('../lambda/google/fulfillment.js');
  const fulfill = createGoogleFulfillment((await createRuntime()).conversation);
  return async (caller, turn) => {
    const out = await fulfill(requestFor('google', caller, turn), {});
    const body = out.body as { fulfillmentText?: string; outputContexts?: { name: string; parameters?: { state?: string } }[] };
    if (out.status !== 200) throw new Error(`google answered ${out.status}: ${JSON.stringify(body)}`);
    const state = body.outputContexts?.find((c) => c.name.endsWith('/skill_dialog'))?.parameters?.state;
    return { speech: String(body.fulfillmentText ?? ''), state: state ? JSON.parse(state) : undefined };
  };
}

/** Between two placements: more than the purchase limit's hour. */
const PLACEMENT_GAP_MS = 61 * 60 * 1000;

/** The turns the bench times; each returns the microseconds of its timed request. */
function turns(ask: Ask, item: string): Record<string, (caller: Caller) => Promise<number>> {
  let placements = 0;
  const timed = async (caller: Caller, turn: TurnSpec, check: (a: Answer) => boolean): Promise<number> => {
    const started = process.hrtime.bigint();
    const answer = await ask(caller, turn);
    const us = Number(process.hrtime.bigint() - started) / 1000;
    if (!check(answer)) throw new Error(`${turn.intent}: unexpected answer ${answer.speech.slice(0, 200)}`);
    return us;
  };
  const readBack = (a: Answer) => (a.state?.pending as { kind?: string } | undefined)?.kind === 'confirmOrder';
  return {
    launch: (c) => timed(c, { intent: 'LaunchRequest' }, (a) => a.speech.length > 0),
    status: (c) => timed(c, { intent: 'OrderStatusIntent' }, (a) => a.speech.length > 0),
    'reorder one item': (c) => timed(c, { intent: 'ReorderIntent', slots: { item } }, readBack),
    'reorder last order': (c) => timed(c, { intent: 'ReorderIntent' }, readBack),
    'yes, placed': async (base) => {
      // Each placement an hour and a bit after the one before, so the purchase limit (5 an hour by default) holds
      // as deployed, and after the bench's "now", so the status and reorder turns keep seeing the same history.
      const c = { ...base, now: new Date(base.now.getTime() + ++placements * PLACEMENT_GAP_MS) };
      const sessionId = `bench-${Math.random().toString(36).slice(2)}`;
      const offer = await ask(c, { intent: 'ReorderIntent', slots: { item }, sessionId });
      if (!readBack(offer)) throw new Error(`no read-back: ${offer.speech.slice(0, 200)}`);
      return timed(c, { intent: 'AMAZON.YesIntent', state: offer.state, sessionId }, (a) => /NW/.test(a.speech));
    },
  };
}

function stats(samples: number[]): { median: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: at(0.5), p99: at(0.99), n: sorted.length };
}

/** Back to the event loop between two requests, untimed, as a host does: each request arrives in an event of its
 * own, and what the skill defers until after the answer (the transcript's write) runs there, not inside the next. */
const nextEvent = () => new Promise<void>((done) => setImmediate(done));

async function series(run: (c: Caller) => Promise<number>, caller: Caller, job: WorkerJob) {
  for (let i = 0; i < job.warmup; i++) {
    await nextEvent();
    await run(caller);
  }
  const samples: number[] = [];
  for (let i = 0; i < job.iterations; i++) {
    await nextEvent();
    samples.push(await run(caller));
  }
  return stats(samples);
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]) as WorkerJob;
  const ask = await asker(job);
  const kinds = turns(ask, job.item);
  const caller: Caller = { token: job.token, locale: job.locale, now: new Date(job.now) };
  const out: Record<string, unknown> = {};
  if (job.mode === 'warm') {
    // The placement last: the orders it adds are on the way, and would change the status turn's answer.
    // BENCH_TURNS=status,… times only those (for a profile of one turn: `node --cpu-prof build/bench/turns.js …`).
    const only = process.env.BENCH_TURNS?.split(',');
    for (const [name, run] of Object.entries(kinds)) if (!only || only.includes(name)) out[name] = await series(run, caller, job);
  } else if (job.mode === 'growth') {
    for (const [orders, token] of Object.entries(job.shoppers ?? {})) {
      const who = { ...caller, token };
      out[orders] = { status: await series(kinds.status, who, job), 'reorder one item': await series(kinds['reorder one item'], who, job) };
    }
  } else {
    // A realistic mix, the placement included, one after another as fast as they go.
    const cycle = [kinds.launch, kinds.status, kinds['reorder one item'], kinds['reorder last order'], kinds['yes, placed']];
    const checkpoints = [...(job.checkpoints ?? [])].sort((a, b) => a - b);
    const rss: Record<string, number> = {};
    const heap: Record<string, number> = {};
    let done = 0;
    const until = performance.now() + (job.budgetMs ?? Infinity);
    for (const at of checkpoints) {
      if (performance.now() > until) break;
      for (; done < at; done++) {
        await nextEvent();
        await cycle[done % cycle.length](caller);
      }
      const usage = process.memoryUsage();
      rss[String(at)] = usage.rss / 2 ** 20;
      heap[String(at)] = usage.heapUsed / 2 ** 20;
      if (process.env.BENCH_DEBUG) console.error(at, JSON.stringify(Object.fromEntries(Object.entries(usage).map(([k, v]) => [k, Math.round(v / 2 ** 20)]))));
    }
    out.rssMiB = rss;
    out.heapUsedMiB = heap;
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
