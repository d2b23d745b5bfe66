/**
 * How well the offline simulator's understanding (tools/sim/nlu) reads what shoppers actually say:
 * every labelled utterance goes through `understandingFor(platform, locale)` and is compared with its label.
 * There are two sets per locale: `test/nlu/held-out/<locale>.json`, written blind (by someone who saw
 * neither the models' samples nor the understanding, and never tuned on), and `test/nlu/tuning/<locale>.json`,
 * whose misses were studied while improving the understanding (its figures are optimistic).
 *
 *   npm run nlu:report [-- --set held-out|tuning] [--platform alexa|google] [--locale L] [--json] [--min 95] [--readme]
 *
 * `--readme` also writes the figures table into README.md (between its nlu-figures markers); it needs the
 * whole report, so it takes no --set, --platform or --locale. A held-out utterance marked `"pending": "blind"`
 * (not written blind yet) is scored apart: outside the held-out figures, the table's figures and --min.
 *
 * Exit status: 0 when the report was printed; 1 with `--min N` when some locale's intent accuracy on
 * some platform in some reported set is below N %; 2 when no report can be made: a labelled file is malformed (the message
 * names the file, the entry and the field), an option is wrong, or the understanding cannot be loaded.
 *
 * A labelled file is a JSON array of `{ "text", "intent", "slots"? }`: `intent` is an intent of that
 * locale's model (AMAZON.FallbackIntent for anything out of domain), `slots` maps slot names the model
 * declares for that intent to the expected value: a product id of the model (e.g. "COFFEE-BEANS") when
 * the words name a product, else the expected words; numbers as digits; a voice code as four digits.
 * The labelled sets, the scoring and the formatting are a library: tools/nlu-report/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadModelSources } from '../tools/models/load.js';
import { ROOT_DIR } from '../tools/models/paths.js';
import { PLATFORMS, type ModelSource, type Platform } from '../tools/models/source.js';
import {
  checkAgainstModel, evaluate, figuresTable, formatReport, loadLabelledSets, loadUnderstandingFor, MalformedDataError,
  pairs, pendingName, productNames, SCORING_RULE, scoredSets, SET_NAMES, withFigures, type LabelledSet, type SetName,
  type UnderstandingFor,
} from '../tools/nlu-report/index.js';
import { runAsScript } from './run-as-script.js';

interface Options { platform?: Platform; locale?: string; json: boolean; min?: number; sets: readonly SetName[]; readme: boolean }

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, sets: SET_NAMES, readme: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new MalformedDataError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--readme') options.readme = true;
    else if (arg === '--platform') {
      const p = value();
      if (!(PLATFORMS as readonly string[]).includes(p)) throw new MalformedDataError(`--platform must be one of ${PLATFORMS.join(', ')}, not "${p}"`);
      options.platform = p as Platform;
    } else if (arg === '--locale') options.locale = value();
    else if (arg === '--set') {
      const name = value();
      if (!(SET_NAMES as readonly string[]).includes(name)) throw new MalformedDataError(`--set must be one of ${SET_NAMES.join(', ')}, not "${name}"`);
      options.sets = [name as SetName];
    }
    else if (arg === '--min') {
      const v = value();
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0 || n > 100) throw new MalformedDataError(`--min must be a percentage 0..100, not "${v}"`);
      options.min = n;
    } else throw new MalformedDataError(`unknown option ${arg}; usage: npm run nlu:report -- [--set held-out|tuning] [--platform alexa|google] [--locale L] [--json] [--min N] [--readme]`);
  }
  if (options.readme && (options.platform || options.locale || options.sets !== SET_NAMES)) {
    throw new MalformedDataError('--readme writes the whole figures table: it takes no --set, --platform or --locale');
  }
  return options;
}

/** Pending-blind utterances are scored apart, and no floor applies to them. */
const pending = new Set<string>(SET_NAMES.map(pendingName));

export async function main(argv: string[]): Promise<number> {
  let options: Options;
  let work: [LabelledSet, ModelSource, Platform][];
  let models: ModelSource[];
  try {
    options = parseArgs(argv);
    models = await loadModelSources();
    if (options.locale && !models.some((m) => m.locale === options.locale)) {
      throw new MalformedDataError(`--locale ${options.locale}: no models/${options.locale}.json`);
    }
    const sets = await loadLabelledSets(options.locale ? [options.locale] : undefined, options.sets);
    const problems = sets.flatMap((set) => {
      const model = models.find((m) => m.locale === set.locale);
      return model ? checkAgainstModel(set, model) : [`${set.path}: there is no models/${set.locale}.json`];
    });
    if (problems.length > 0) throw new MalformedDataError(`malformed labelled utterances:\n  ${problems.join('\n  ')}`);
    work = pairs(models, scoredSets(sets), options.platform);
    if (work.length === 0) {
      throw new MalformedDataError(`nothing to report: ${options.locale ?? 'no labelled locale'} is not served on ${options.platform ?? 'any platform'}`);
    }
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    return 2;
  }
  let understandingFor: UnderstandingFor;
  try {
    understandingFor = await loadUnderstandingFor();
  } catch (err) {
    console.error(`cannot load the simulator's understanding (tools/sim/nlu/index.ts): ${(err as Error).message}`);
    return 2;
  }
  const reports = work.map(([set, , platform]) =>
    evaluate(set, understandingFor(platform, set.locale), platform, productNames(models, set.locale)));
  if (options.json) console.log(JSON.stringify({ rule: SCORING_RULE, reports }, null, 2));
  else console.log(formatReport(reports));
  if (options.readme) {
    const path = join(ROOT_DIR, 'README.md');
    await writeFile(path, withFigures(await readFile(path, 'utf8'), figuresTable(reports)));
    console.error('wrote the figures table in README.md');
  }
  if (options.min !== undefined) {
    const below = reports.filter((r) => !pending.has(r.set) && r.intentAccuracy < (options.min as number));
    if (below.length > 0) {
      console.error(`intent accuracy below ${options.min}%: ${below.map((r) => `${r.set} ${r.locale}/${r.platform} ${r.intentAccuracy}%`).join(', ')}`);
      return 1;
    }
  }
  return 0;
}

runAsScript(import.meta.url, main, 2);
