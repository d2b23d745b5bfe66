// `npm run nlu:report -- --readme`: the README's figures table comes from the reports, between its markers, and
// pending-blind utterances get columns of their own instead of moving the held-out figures.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { figuresTable, pendingName, README_END, README_START, withFigures, type Report } from '../../../tools/nlu-report/index.js';

function report(set: string, locale: string, platform: 'alexa' | 'google', utterances: number, intent: number, slot: number | null): Report {
  return {
    set, locale, platform, utterances, intentsRight: 0, intentAccuracy: intent, slotsScored: 0, slotsRight: 0,
    slotAccuracy: slot, intentMisses: [], slotMisses: [],
  };
}

const reports = [
  report('held-out', 'en-US', 'alexa', 134, 96.3, 88.1), report('held-out', 'zh-CN', 'google', 136, 98.5, 87.8),
  report('held-out', 'en-US', 'google', 134, 96.25, 86.9),
  report('tuning', 'en-US', 'alexa', 530, 98.9, 91.6), report('tuning', 'en-US', 'google', 530, 99.2, null),
  report('tuning', 'zh-CN', 'google', 538, 98.9, 92.8),
];

describe('nlu-report: the README figures table', () => {
  it('has one row per locale, Alexa / Google side by side, one decimal', () => {
    expect(figuresTable(reports)).to.equal([
      '| locale | platforms | held-out utterances | held-out intent % | held-out slot % | tuning intent % | tuning slot % |',
      '|---|---|---|---|---|---|---|',
      '| en-US | alexa / google | 134 | 96.3 / 96.3 | 88.1 / 86.9 | 98.9 / 99.2 | 91.6 / - |',
      '| zh-CN | google | 136 | 98.5 | 87.8 | 98.9 | 92.8 |',
    ].join('\n'));
  });

  it('shows pending-blind utterances in their own columns, the held-out figures without them', () => {
    const table = figuresTable([...reports, report(pendingName('held-out'), 'en-US', 'alexa', 2, 50, null), report(pendingName('held-out'), 'en-US', 'google', 2, 100, null)]);
    const [header, , enUS, zhCN] = table.split('\n');
    expect(header).to.match(/\| pending blind utterances \| pending blind intent % \|$/);
    expect(enUS).to.equal('| en-US | alexa / google | 134 | 96.3 / 96.3 | 88.1 / 86.9 | 98.9 / 99.2 | 91.6 / - | 2 | 50.0 / 100.0 |');
    expect(zhCN).to.match(/\| 0 \| - \|$/);
  });

  it('replaces only what stands between the markers', () => {
    const readme = `# Title\n\nbefore\n${README_START}\n| old |\n${README_END}\nafter\n`;
    expect(withFigures(readme, '| new |')).to.equal(`# Title\n\nbefore\n${README_START}\n| new |\n${README_END}\nafter\n`);
    expect(() => withFigures('# no markers', '| new |')).to.throw(/nlu-figures/);
  });

  it('finds its markers in the README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme.indexOf(README_START)).to.be.greaterThan(-1).and.lessThan(readme.indexOf(README_END));
  });
});
