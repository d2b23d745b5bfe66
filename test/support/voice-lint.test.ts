// The voice lint's own rules, on answers written by hand: what it must catch, and what it must let through.
import { expect } from 'chai';
import { lint } from './voice-lint.js';

const problems = (heard: Parameters<typeof lint>[0]) => lint(heard).join('\n');
const answer = (speech: string, reprompt = 'What would you like to do?') => ({
  locale: 'en-US', platform: 'alexa', reply: { speech, reprompt, endSession: false, state: {} },
});

describe('the voice lint', () => {
  it('fails an answer that asks two questions', () => {
    expect(problems(answer("That's not the right code. What's your voice code? What's your four-digit voice code?"))).to.include('more than one question');
    expect(problems({ ...answer('要下这个订单吗？您想做什么？'), locale: 'zh-CN', platform: 'google' })).to.include('more than one question');
  });

  it('lets one question through, with what to say after it', () => {
    expect(lint(answer('Which item should I change: "the coffee beans" or "the oat milk"? Or say "cancel".'))).to.deep.equal([]);
  });
});

describe('the voice lint: an open microphone ends on its question', () => {
  it('fails an offer tacked on after the question', () => {
    expect(problems(answer('Which item should I change: the coffee beans or the oat milk? To talk to someone from our team instead, say "talk to a person".'))).to.include('does not end on its question');
    expect(problems({ ...answer('Welchen Artikel soll ich ändern: die Kaffeebohnen oder die Hafermilch? Wenn du möchtest, sag „mit einem Menschen sprechen“.'), locale: 'de-DE' })).to.include('does not end on its question');
  });

  it('fails more than one sentence after the question', () => {
    expect(problems(answer('Should I place it? Say yes or no. You can also ask where your order is.'))).to.include('does not end on its question');
  });

  it('lets the offer through before the question', () => {
    expect(lint(answer('Sorry, I didn\'t get that. If you\'d rather, say "talk to a person". Should I place this order? Say yes or no.'))).to.deep.equal([]);
  });
});
