// Every replay file under test/conversations/ is a test: played through the real understanding and the real
// adapters, on each platform and in each locale it names, every expectation must be met and every turn answered.
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeSsml } from '../../../lambda/core/ssml.js';
import { record } from '../../support/voice-lint.js';
import { understandingFor } from '../../../tools/sim/nlu/index.js';
import { readReplayFile, type ReplayFile } from '../../../tools/sim/replay.js';
import { openSimulation, replayConversation } from '../../../tools/sim/simulation.js';
import { servedLocales, PLATFORMS } from '../../../tools/sim/skill-models.js';
import { demoSeedData, readSeedFile } from '../../../lambda/store/seed.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'conversations');
const FILES = readdirSync(DIR).filter((f) => /\.(json|ya?ml)$/i.test(f)).sort();

describe('conversations (test/conversations replay files)', () => {
  it('has replay files to play', () => {
    expect(FILES.length).to.be.greaterThan(0);
  });

  for (const name of FILES) {
    let file: ReplayFile;
    try {
      file = readReplayFile(join(DIR, name));
    } catch (err) {
      it(`${name} is a valid replay file`, () => {
        throw err;
      });
      continue;
    }
    const locales = file.locales ?? [file.locale ?? 'en-US'];
    const platforms = file.platforms ?? PLATFORMS.filter((p) => locales.every((l) => servedLocales(p).includes(l)));
    describe(name, () => {
      for (const platform of platforms) {
        for (const locale of locales) {
          it(`is answered as expected on ${platform} in ${locale}`, async () => {
            expect(servedLocales(platform), `${name} names ${platform}, which does not serve ${locale}`).to.include(locale);
            const seed = file.seed ? readSeedFile(file.seed) : demoSeedData();
            const { problems, document } = await replayConversation(file, { platform, locale, seed, understanding: understandingFor(platform, locale) });
            expect(problems, problems.join('\n')).to.deep.equal([]);
            expect(document.turns.length).to.be.greaterThan(0);
            // Every answer joins the voice lint (plain text here: the simulator prints speech without SSML).
            for (const turn of document.turns) {
              if (turn.speech === undefined) continue;
              record({ locale, platform, reply: { speech: escapeSsml(turn.speech), ...(turn.reprompt ? { reprompt: escapeSsml(turn.reprompt) } : {}), endSession: turn.endSession, state: {} } });
            }
          });
        }
      }
    });
  }
});

describe('simulator with the real understanding: bad input', () => {
  for (const platform of PLATFORMS) {
    for (const locale of servedLocales(platform)) {
      it(`answers a 10,000-character input, emoji and mixed scripts on ${platform} in ${locale}`, async () => {
        const understanding = understandingFor(platform, locale);
        const simulation = await openSimulation({ platform, locale, seed: demoSeedData(), understanding, now: new Date('2026-11-22T10:00:00Z') });
        try {
          const { session } = simulation;
          await session.say(session.openPhrase);
          expect(session.open).to.equal(true);
          for (const text of ['x'.repeat(10_000), '🛒🍕🙂', 'where ist 我的 Bestellung ノース']) {
            // No timing here (shared, noisy machines): how fast it answers is the bench's to report.
            const outcome = await session.say(text);
            expect(outcome.kind).to.equal('turn');
            if (outcome.kind === 'turn') {
              expect(outcome.problem).to.equal(undefined);
              expect(outcome.turn.speech).to.not.equal('');
            }
            if (!session.open) await session.say(session.openPhrase);
          }
        } finally {
          await simulation.close();
        }
      });
    }
  }
});
