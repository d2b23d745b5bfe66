import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  parseReplay, readReplayFile, ReplayFileError, unmetExpectations, writeReplayFile,
} from '../../../tools/sim/replay.js';
import type { TurnRecord } from '../../../tools/sim/transcript.js';

const ASK_FILE = { skillId: 'amzn1.ask.skill.x', locale: 'de-DE', type: 'text', userInput: ['öffne northwind market', 'wo ist meine bestellung'] };

function turn(overrides: Partial<TurnRecord> = {}): TurnRecord {
  return { user: 'x', intent: 'OrderStatusIntent', slots: {}, speech: 'Gerade sind 3 Bestellungen unterwegs.', reprompt: null, endSession: true, card: null, ...overrides };
}

describe('simulator: replay files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sim-replay-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the ASK CLI format in JSON, with no expectations', () => {
    const file = parseReplay(JSON.stringify(ASK_FILE), '/x/de.json');
    expect(file).to.deep.include({ skillId: 'amzn1.ask.skill.x', locale: 'de-DE', userInput: ASK_FILE.userInput });
    expect(file.expectations).to.deep.equal([null, null]);
  });

  it('reads YAML with expectations aligned to the inputs, speech as case-insensitive patterns', () => {
    const file = parseReplay([
      'locale: de-DE',
      'type: text',
      'userInput:',
      '  - öffne northwind market',
      '  - 4321',
      '  - no',
      'expectations:',
      '  - null',
      '  - { intent: VoiceCodeIntent, speech: [erledigt, "NW\\\\d+"], slots: { code: 4321 } }',
      'platforms: [alexa, google]',
      'locales: [de-DE]',
      'customer: c-de-1',
      'now: 2026-11-22T10:00:00Z',
      'seed: ../seeds/other.json',
    ].join('\n'), '/work/x/conv.yaml');
    expect(file.userInput).to.deep.equal(['öffne northwind market', '4321', 'no']);
    expect(file.expectations[0]).to.equal(null);
    expect(file.expectations[1]!.intent).to.equal('VoiceCodeIntent');
    expect(file.expectations[1]!.speech.map((r) => r.test('Erledigt! NW123'))).to.deep.equal([true, true]);
    expect(file.expectations[1]!.slots).to.deep.equal({ code: '4321' });
    expect(file.expectations[2]).to.equal(null);
    expect(file).to.deep.include({ platforms: ['alexa', 'google'], locales: ['de-DE'], customer: 'c-de-1', now: '2026-11-22T10:00:00Z', seed: '/work/seeds/other.json' });
  });

  it('refuses a file that is neither JSON nor YAML, with a clear message', () => {
    expect(() => parseReplay('{"userInput": [', '/x/broken.json')).to.throw(ReplayFileError, /broken\.json is not valid JSON/);
    expect(() => parseReplay('userInput: [\n  - a\n b: {', '/x/broken.yaml')).to.throw(ReplayFileError, /broken\.yaml is not valid YAML/);
    expect(() => parseReplay('just some words', '/x/notes.txt')).to.throw(ReplayFileError, /is not a replay file/);
  });

  it('names the field that breaks the format', () => {
    expect(() => parseReplay('{"locale": "de-DE"}', 'a.json')).to.throw(ReplayFileError, /userInput/);
    expect(() => parseReplay('{"userInput": ["a"], "type": "audio"}', 'a.json')).to.throw(ReplayFileError, /type/);
    expect(() => parseReplay('{"userInput": ["a"], "expectations": [null, null]}', 'a.json')).to.throw(ReplayFileError, /expectations.*one per userInput/);
    expect(() => parseReplay('{"userInput": ["a"], "expectations": [{"speech": "("}]}', 'a.json')).to.throw(ReplayFileError, /expectations\[0\]\.speech.*regular expression/);
    expect(() => parseReplay('{"userInput": ["a"], "expectations": [{"intnt": "X"}]}', 'a.json')).to.throw(ReplayFileError, /expectations\[0\]/);
    expect(() => parseReplay('{"userInput": ["a"], "now": "soon"}', 'a.json')).to.throw(ReplayFileError, /now/);
    expect(() => parseReplay('{"userInput": ["a"], "platforms": ["siri"]}', 'a.json')).to.throw(ReplayFileError, /platforms/);
  });

  it('says so when the file cannot be read', () => {
    expect(() => readReplayFile(join(dir, 'missing.json'))).to.throw(ReplayFileError, /cannot read replay file .*missing\.json: no such file/);
  });

  it('checks a turn against its expectation: intent, every speech pattern, slots, end of session', () => {
    const file = parseReplay(JSON.stringify({
      userInput: ['x'],
      expectations: [{ intent: 'OrderStatusIntent', speech: ['3 bestellungen', 'unterwegs'], slots: { item: '' }, endSession: true }],
    }), 'a.json');
    const expectation = file.expectations[0]!;
    expect(unmetExpectations(expectation, turn())).to.deep.equal([]);
    expect(unmetExpectations(expectation, turn({ intent: 'ReorderIntent', speech: 'Nichts', endSession: false }))).to.have.length(4);
    expect(unmetExpectations(expectation, undefined)).to.deep.equal(['expected a turn, but the input did not reach the skill']);
  });

  it('records a replay file that ask dialog reads and that pins each turn\'s intent, in JSON or YAML', () => {
    for (const name of ['rec.json', 'rec.yaml']) {
      const path = join(dir, name);
      writeReplayFile(path, {
        skillId: 'amzn1.ask.skill.x', locale: 'ja-JP', userInput: ['ノースウィンドマーケットを開いて', '.reset'], intents: ['LaunchRequest', null],
        customer: 'c-jp-1', now: '2026-11-22T10:00:00.000Z', seed: join(dir, 'seed.json'),
      });
      const back = readReplayFile(path);
      expect(back).to.deep.include({ skillId: 'amzn1.ask.skill.x', locale: 'ja-JP', customer: 'c-jp-1', seed: join(dir, 'seed.json') });
      expect(back.userInput).to.deep.equal(['ノースウィンドマーケットを開いて', '.reset']);
      expect(back.expectations.map((e) => e?.intent ?? null)).to.deep.equal(['LaunchRequest', null]);
    }
    expect(JSON.parse(readFileSync(join(dir, 'rec.json'), 'utf8'))).to.include({ type: 'text', seed: 'seed.json' });
  });

  it('reads a file written as JSON without the .json name', () => {
    const path = join(dir, 'conversation.replay');
    writeFileSync(path, JSON.stringify(ASK_FILE));
    expect(readReplayFile(path).userInput).to.deep.equal(ASK_FILE.userInput);
  });
});
