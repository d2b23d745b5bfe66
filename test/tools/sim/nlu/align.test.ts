// Alignment of an utterance against one sample (tools/sim/nlu/align.ts): dynamic programming over sample
// elements and utterance tokens, with fillers, inflections, slips and slot spans.
import { expect } from 'chai';
import { align, type Element, type SlotSpanJudge, type SpanLimits } from '../../../../tools/sim/nlu/align.js';
import { stemmerFor } from '../../../../tools/sim/nlu/stems.js';

const stem = stemmerFor('en');
const FILLERS = new Set(['please', 'um', 'just']);
const LIMITS: SpanLimits = { number: 3, digits: 8, custom: 8 };
/** Any span may be the slot, at no cost. */
const ANY: SlotSpanJudge = () => 0;

function word(w: string, weight = 1): Element {
  return { word: w, stem: stem(w), weight };
}

function sample(text: string): Element[] {
  return text.split(' ').map((w) => (w.startsWith('{') ? { slot: w.slice(1, -1), kind: 'custom' as const } : word(w)));
}

/** Aligns `text` against the sample, fillers weighing 0.2 and other words 1. */
function run(elements: Element[], text: string, judge: SlotSpanJudge = ANY, limits: SpanLimits = LIMITS) {
  const tokens = text.split(' ').filter(Boolean);
  return align(elements, tokens, tokens.map(stem), (i) => (FILLERS.has(tokens[i]) ? 0.2 : 1), judge, limits);
}

describe('sim NLU align', () => {
  it('costs nothing for the sample said word for word', () => {
    expect(run(sample('where is my order'), 'where is my order')).to.deep.equal({ cost: 0, spans: {} });
  });

  it('charges an extra filler its light weight and an extra content word a full word', () => {
    const elements = sample('where is my order');
    expect(run(elements, 'where is my order please')!.cost).to.be.closeTo(0.2, 1e-9);
    expect(run(elements, 'where is my order today')!.cost).to.be.closeTo(1, 1e-9);
  });

  it('charges a sample word the speaker left out its weight', () => {
    const elements = [word('where'), word('is', 0.5), word('my', 0.5), word('order')];
    expect(run(elements, 'where my order')!.cost).to.be.closeTo(0.5, 1e-9);
    expect(run(elements, 'where is my')!.cost).to.be.closeTo(1, 1e-9);
  });

  it('takes an inflected verb as the sample\'s verb for a fifth of its weight', () => {
    const result = run(sample('order more {item}'), 'ordering more coffee')!;
    expect(result.cost).to.be.closeTo(0.2, 1e-9);
    expect(result.spans).to.deep.equal({ item: [2, 3] });
  });

  it('charges an inflected word less than a slip, and a slip less than a different word', () => {
    const elements = sample('cancel my order');
    const inflected = run(elements, 'cancel my orders')!.cost;
    const slip = run(elements, 'cancel my ordr')!.cost;
    const different = run(elements, 'cancel my coffee')!.cost;
    expect(inflected).to.be.closeTo(0.2, 1e-9);
    expect(slip).to.be.closeTo(0.35, 1e-9);
    // A different word is the sample word dropped plus an extra word said.
    expect(different).to.be.closeTo(2, 1e-9);
  });

  it('does not take a short word one letter off as a slip', () => {
    // "cat" for "car": too short to count as misheard.
    expect(run(sample('the car'), 'the cat')!.cost).to.be.closeTo(2, 1e-9);
  });

  it('reports the token span a slot takes', () => {
    const result = run(sample('reorder the {item} please'), 'reorder the oat milk please')!;
    expect(result.cost).to.equal(0);
    expect(result.spans).to.deep.equal({ item: [2, 4] });
  });

  it('reports the spans of two slots side by side', () => {
    const judge: SlotSpanJudge = (slot, _kind, from, to) => (slot === 'quantity' ? (to - from === 1 ? 0 : undefined) : 0);
    const result = run(sample('order {quantity} {item}'), 'order three oat milk', judge)!;
    expect(result.spans).to.deep.equal({ quantity: [1, 2], item: [2, 4] });
  });

  it('passes the slot name, kind and span to the judge and adds the cost it returns', () => {
    const calls: string[] = [];
    const judge: SlotSpanJudge = (slot, kind, from, to) => {
      calls.push(`${slot}:${kind}:${from}-${to}`);
      return from === 1 && to === 2 ? 0.3 : undefined;
    };
    const result = run([word('code'), { slot: 'code', kind: 'digits' }], 'code 4321', judge)!;
    expect(calls).to.include('code:digits:1-2');
    expect(result.cost).to.be.closeTo(0.3, 1e-9);
    expect(result.spans).to.deep.equal({ code: [1, 2] });
  });

  it('never lets a slot take a span the judge returns undefined for', () => {
    const tokens = 'reorder the oat milk please'.split(' ');
    // "please" can never be part of the product.
    const judge: SlotSpanJudge = (_slot, _kind, from, to) => (tokens.slice(from, to).includes('please') ? undefined : 0);
    const result = run(sample('reorder the {item}'), tokens.join(' '), judge)!;
    expect(result.spans).to.deep.equal({ item: [2, 4] });
    expect(result.cost).to.be.closeTo(0.2, 1e-9);
  });

  it('finds no alignment when the judge accepts no span for a slot', () => {
    expect(run(sample('reorder {item}'), 'reorder oat milk', () => undefined)).to.equal(undefined);
  });

  it('finds no alignment for a sample with a slot and an empty utterance', () => {
    expect(run(sample('{item}'), '')).to.equal(undefined);
  });

  it('keeps a slot span within the limit for its kind', () => {
    const result = run(sample('reorder {item}'), 'reorder oat milk', ANY, { ...LIMITS, custom: 1 })!;
    const [from, to] = result.spans.item;
    expect(to - from).to.equal(1);
    // The other word of "oat milk" is then an extra word.
    expect(result.cost).to.be.closeTo(1, 1e-9);
    expect(run(sample('reorder {item}'), 'reorder oat milk')!.cost).to.equal(0);
  });

  it('aligns an empty sample by charging every token said', () => {
    expect(run([], 'um hello')!.cost).to.be.closeTo(1.2, 1e-9);
    expect(run([], '')).to.deep.equal({ cost: 0, spans: {} });
  });
});
