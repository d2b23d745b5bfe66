// Carried dialog state comes back from outside: parts that fit are kept, anything else is dropped, never echoed.
import { expect } from 'chai';
import { trustedState } from '../../lambda/core/dialog/state.js';

describe('carried dialog state', () => {
  it('keeps a valid state as it is', () => {
    const state = { pending: { kind: 'confirmOrder', cartId: 'cart-1' }, misunderstandings: 1, last: { speech: 'Your order is <say-as interpret-as="characters">NW1</say-as>.', reprompt: 'Anything else?' }, placedOrderId: 'NW1' };
    expect(trustedState(state)).to.deep.equal(state);
  });

  it('drops a "last" whose speech carries markup the skill never writes, and keeps the rest', () => {
    const state = trustedState({ pending: { kind: 'offerHandoff' }, last: { speech: '<audio src="https://evil.example/x.mp3"/>' } });
    expect(state).to.deep.equal({ pending: { kind: 'offerHandoff' } });
  });

  for (const speech of ['</speak><speak>x', 'a & b', 'a\u0000b', 'x\ud800', '<say-as interpret-as="characters">x', 42]) {
    it(`drops carried speech ${JSON.stringify(speech)}`, () => {
      expect(trustedState({ last: { speech } })).to.deep.equal({});
    });
  }

  it('drops an open question of an unknown kind or with ids of the wrong type', () => {
    expect(trustedState({ pending: { kind: 'placeEverything' } })).to.deep.equal({});
    expect(trustedState({ pending: { kind: 'confirmOrder', cartId: {} } })).to.deep.equal({});
    expect(trustedState({ pending: { kind: 'chooseItem', skus: ['A'], quantity: 1e9 } })).to.deep.equal({});
  });

  it('reads nothing inherited: a "__proto__" key carries no state', () => {
    expect(trustedState(JSON.parse('{"__proto__": {"pending": {"kind": "offerHandoff"}}}'))).to.deep.equal({});
  });

  for (const raw of [null, undefined, 'x', 42, [], [{ pending: { kind: 'offerHandoff' } }]]) {
    it(`reads ${JSON.stringify(raw)} as no state`, () => expect(trustedState(raw)).to.deep.equal({}));
  }
});
