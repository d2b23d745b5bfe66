// The intent catalogue against the public contract (../shared/contracts/intents.md): every intent and slot the
// contract names is catalogued, with the same optionality; the catalogue's extras are optional and listed here.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOG, FALLBACK_INTENT, HANDLER_NAMES, INTENT_NAMES, INTENTS, REQUESTS, intentsOn, isHandlerName, isIntentName,
} from '../../../lambda/core/intents/catalog.js';
import { ROOT_DIR } from '../../../tools/models/paths.js';

const CONTRACT = join(ROOT_DIR, '..', 'shared', 'contracts', 'intents.md');

interface ContractIntent {
  name: string;
  slots: { name: string; optional: boolean }[];
}

/** The table rows of intents.md: `| \`Name\`, … | \`slot\` (…, optional), … | meaning |`. */
function contractIntents(text: string): ContractIntent[] {
  return text.split('\n').filter((line) => line.startsWith('| `')).flatMap((line) => {
    const [names, slots] = line.split('|').slice(1, 3);
    // Commas inside "(number, optional)" do not separate slots.
    const pieces = slots.split(/,(?![^(]*\))/).map((p) => p.trim()).filter((p) => p.startsWith('`'));
    const parsed = pieces.map((p) => ({ name: /`([^`]+)`/.exec(p)![1], optional: /\boptional\b/.exec(p) !== null }));
    return [...names.matchAll(/`([^`]+)`/g)].map((m) => ({ name: m[1], slots: parsed }));
  });
}

/** Slots the catalogue has beyond the contract: allowed when optional (the contract may be extended compatibly). */
const EXTRA_SLOTS = ['ReorderIntent.otherItem', 'ReorderIntent.otherQuantity', 'CancelOrderIntent.item'];

describe('intent catalogue', () => {
  describe('against contracts/intents.md', function () {
    before(function () {
      // The contract lives beside the repository, in the team's shared folder; a lone checkout has none.
      if (!existsSync(CONTRACT)) this.skip();
    });
    const contract = () => contractIntents(readFileSync(CONTRACT, 'utf8'));

    it('reads the contract table', () => {
      expect(contract().map((i) => i.name)).to.include.members(['ReorderIntent', 'VoiceCodeIntent', 'AMAZON.StopIntent']);
      expect(contract().find((i) => i.name === 'ChangeQuantityIntent')!.slots).to.deep.equal([
        { name: 'quantity', optional: false }, { name: 'item', optional: true },
      ]);
    });

    it('has every intent of the contract', () => {
      expect(contract().map((i) => i.name).filter((name) => !isIntentName(name))).to.deep.equal([]);
    });

    it('has every slot of the contract, optional where the contract says so', () => {
      const differ = contract().flatMap(({ name, slots }) => slots.flatMap((slot) => {
        const ours = isIntentName(name) ? INTENTS[name].slots.find((s) => s.name === slot.name) : undefined;
        return ours?.optional === slot.optional ? [] : [`${name}.${slot.name}`];
      }));
      expect(differ).to.deep.equal([]);
    });

    it('has only the listed extra slots on contract intents, each optional (intents of its own are free)', () => {
      const inContract = new Map(contract().map((i) => [i.name, new Set(i.slots.map((s) => s.name))]));
      const extras = INTENT_NAMES.filter((name) => inContract.has(name)).flatMap((name) => INTENTS[name].slots
        .filter((s) => !inContract.get(name)!.has(s.name))
        .map((s) => ({ slot: `${name}.${s.name}`, optional: s.optional })));
      expect(extras.map((e) => e.slot)).to.have.members(EXTRA_SLOTS);
      expect(extras.filter((e) => !e.optional)).to.deep.equal([]);
    });

    it('names the launch and session-end requests as the contract does', () => {
      expect(readFileSync(CONTRACT, 'utf8')).to.include('`LaunchRequest`').and.include('`SessionEndedRequest`');
      expect(Object.keys(REQUESTS)).to.deep.equal(['LaunchRequest', 'SessionEndedRequest']);
    });
  });

  describe('its names', () => {
    it('lists intents and requests apart, no name twice', () => {
      expect(HANDLER_NAMES).to.deep.equal([...INTENT_NAMES, 'LaunchRequest', 'SessionEndedRequest']);
      expect(new Set(HANDLER_NAMES).size).to.equal(HANDLER_NAMES.length);
    });

    it('knows its own names and nothing inherited from Object', () => {
      expect([isHandlerName('LaunchRequest'), isIntentName('LaunchRequest'), isIntentName('ReorderIntent')]).to.deep.equal([true, false, true]);
      expect([isHandlerName('toString'), isHandlerName('constructor'), isIntentName('reorderintent')]).to.deep.equal([false, false, false]);
    });

    it('falls back to the Alexa fallback intent, which needs no account', () => {
      expect(FALLBACK_INTENT).to.equal('AMAZON.FallbackIntent');
      expect(CATALOG[FALLBACK_INTENT].needsAccount).to.equal(false);
    });

    it('serves every model intent on both platforms, and the session end only on Alexa', () => {
      expect(intentsOn('alexa')).to.deep.equal(INTENT_NAMES);
      expect(intentsOn('google')).to.deep.equal(INTENT_NAMES);
      expect(CATALOG.SessionEndedRequest.platforms).to.deep.equal(['alexa']);
    });

    it('gives each slot a name used once per intent', () => {
      const twice = HANDLER_NAMES.filter((name) => new Set(CATALOG[name].slots.map((s) => s.name)).size !== CATALOG[name].slots.length);
      expect(twice).to.deep.equal([]);
    });
  });
});
