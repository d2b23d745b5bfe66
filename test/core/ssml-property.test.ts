// Property: whatever a shopper says and whatever the store holds (product, shopper, seller and address names full
// of random Unicode, control characters, lone surrogates, noncharacters and markup), every answer through every
// platform is well-formed SSML made only of the elements the skill writes (a subset of Alexa's).
import { expect } from 'chai';
import fc from 'fast-check';
import { ALEXA_SSML_TAGS, SKILL_SSML_TAGS, ssmlProblem } from '../../lambda/core/ssml-check.js';
import { ON_PLATFORMS } from '../support/locales.js';
import { scenarioIn } from '../support/scenario.js';
import { aLine, anOrder } from '../support/seed.js';

const SPEAK_TAGS = new Set(['speak', ...SKILL_SSML_TAGS]);

/** Pieces an attacker or a messy catalogue would produce. */
const nasty = fc.constantFrom(
  '<', '>', '&', '"', "'", '&amp;', '&#0;', '&bogus;', ']]>', '<audio src="https://evil.example/x.mp3"/>', '</speak>', '<speak>',
  '<say-as interpret-as="characters">', '</say-as>', '<!--', '<?xml?>', '<![CDATA[', '\u0000', '\u0007', '\u000b', '\u001f', '\u007f',
  '\ud800', '\udfff', '\udc00\ud800', '\ufffe', '\uffff', '\u202e', '\u200b', '\ufeff', '🛒', 'é', '咖啡', 'ｺｰﾋｰ', '\n', '\t',
);
const controls = fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c));
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const hostileText = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 1, arbitrary: controls },
  { weight: 1, arbitrary: surrogate },
  { weight: 2, arbitrary: fc.constantFrom('coffee', 'oat milk', 'Kaffee', 'latte', 'two', '3', '1234') },
), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

const STEPS: [string, ('item' | 'quantity' | 'code')[]][] = [
  ['LaunchRequest', []], ['ReorderIntent', ['item', 'quantity']], ['ChangeQuantityIntent', ['quantity', 'item']], ['RemoveItemIntent', ['item']],
  ['AMAZON.RepeatIntent', []], ['AMAZON.YesIntent', []], ['VoiceCodeIntent', ['code']], ['AMAZON.YesIntent', []], ['OrderStatusIntent', ['item']],
  ['LastOrderIntent', []], ['CancelOrderIntent', []], ['AMAZON.YesIntent', []], ['ReorderIntent', []], ['AMAZON.NoIntent', []],
  ['AMAZON.FallbackIntent', []], ['AMAZON.FallbackIntent', []], ['HandoffIntent', []], ['AMAZON.HelpIntent', []],
];

const world = fc.record({
  customerName: hostileText,
  sellerName: hostileText,
  line1: hostileText,
  city: hostileText,
  payment: hostileText,
  products: fc.array(hostileText, { minLength: 1, maxLength: 3 }),
  voiceCode: fc.option(fc.constantFrom('1234', '0000')),
  slots: fc.array(fc.record({ item: hostileText, quantity: hostileText, code: hostileText, useProduct: fc.boolean() }), { minLength: STEPS.length, maxLength: STEPS.length }),
});

describe('every answer is valid SSML, whatever is said and stored (property)', function () {
  this.timeout(300_000);

  it('the checker itself refuses what Alexa would', () => {
    for (const bad of ['a\u0000b', 'x\ud800', '<audio src="x"/>', '</speak>', 'a & b', '&bogus;', '<say-as>x', 'a > b', '&#0;']) {
      expect(ssmlProblem(`<speak>${bad}</speak>`, SPEAK_TAGS), bad).to.be.a('string');
    }
    expect(ssmlProblem('<speak>Tom &amp; Jerry <say-as interpret-as="characters">NW1</say-as> 🛒</speak>', SPEAK_TAGS)).to.equal(undefined);
    expect([...SPEAK_TAGS].every((tag) => ALEXA_SSML_TAGS.has(tag))).to.equal(true);
  });

  for (const { lc, via } of ON_PLATFORMS) {
    it(`${lc.locale} through ${via}`, async () => {
      await fc.assert(fc.asyncProperty(world, async (w) => {
        const lines = w.products.map((name, i) => aLine(name, { sku: `SKU-P${i}`, quantity: 1 + i }));
        const s = scenarioIn(lc, {
          via,
          voiceLint: false,
          customer: {
            name: w.customerName,
            address: { label: 'home', line1: w.line1, city: w.city, postalCode: '1', country: 'US' },
            paymentMethod: { label: w.payment },
            voiceCode: w.voiceCode ?? undefined,
            orders: [anOrder({ lines, shipment: { carrier: w.sellerName, lastLocation: w.city, eta: '2026-11-24' }, status: 'shipped', placedAt: '2026-11-21T10:00:00Z' })],
          },
          seed: { seller: { name: w.sellerName }, catalog: lines.map((l) => ({ sku: l.sku, name: l.name, unitPrice: 3, available: true })) },
        });
        for (const [i, [intent, slotNames]] of STEPS.entries()) {
          const given = w.slots[i];
          const slots = Object.fromEntries(slotNames.map((name) => [name, name === 'item' && given.useProduct ? w.products[0] : given[name]]));
          const reply = intent === 'LaunchRequest' ? await s.shopper.opens() : await s.shopper.says(intent, slots);
          for (const ssml of [reply.speech, reply.reprompt].filter((x): x is string => typeof x === 'string')) {
            const problem = ssmlProblem(`<speak>${ssml}</speak>`, SPEAK_TAGS);
            if (problem) throw new Error(`${intent}: ${problem}: ${JSON.stringify(ssml).slice(0, 300)}`);
          }
        }
      }), { numRuns: 12 });
    });
  }
});
