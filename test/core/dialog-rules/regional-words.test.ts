// The speech rules a machine can check in the prompt files themselves (every prompt lives in locales/): en-US never
// says "Shall", en-GB says basket, parcel, dispatched and working day wherever en-US says otherwise, and each
// language calls the support team by one name throughout, in the skill, its cards and its e-mails.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Tree {
  [key: string]: string | Tree;
}

const LOCALES_DIR = join(import.meta.dirname, '..', '..', '..', 'locales');

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

/** Every string of a locale folder, keyed "file:key" (translation, mail, linking). */
function strings(folder: string): Map<string, string> {
  const dir = join(LOCALES_DIR, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  return new Map(files.flatMap((f) => flatten(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Tree).map(([k, v]) => [`${f.replace('.json', '')}:${k}`, v] as [string, string])));
}

/** What en-GB hears: the English strings with its own overrides on top. */
function enGB(): Map<string, string> {
  return new Map([...strings('en'), ...strings('en-GB')]);
}

const offending = (all: Map<string, string>, words: RegExp) => [...all].filter(([, v]) => words.test(v)).map(([k, v]) => `${k}: ${v}`);

describe('regional English', () => {
  it('en-US never asks "Shall I …"', () => {
    expect(offending(strings('en'), /\bShall\b/i)).to.deep.equal([]);
  });

  it('en-GB asks "Shall I …", never "Should I …", so one exchange never switches between them', () => {
    expect(offending(enGB(), /\bShould I\b/)).to.deep.equal([]);
  });

  it('en-GB says basket, parcel, dispatched and working day, never cart, package, shipped or business day', () => {
    // "order" stays: both say it. A cart's card title may say "basket" or "order".
    expect(offending(enGB(), /\b(?:cart|carts|package|packages|shipped|ship|business days?)\b/i)).to.deep.equal([]);
  });

  it('en-GB writes a day as "Monday 30 November", without the comma en-US puts after the weekday', () => {
    const day = enGB();
    for (const key of ['translation:day.date', 'translation:day.absolute']) expect(day.get(key), key).to.match(/\{\{weekday\}\} \{\{date\}\}/);
  });
});

/** Each language's one name for the support team, and the names it must not also use. */
const TEAM: Record<string, { name: RegExp; others: RegExp }> = {
  en: { name: /customer service team/, others: /\bsupport\b|customer care|help ?desk|service desk|care team|support team/i },
  de: { name: /Kundenservice/, others: /Kundendienst|Kundenbetreuung|Support|Hotline|Service-?[Tt]eam/ },
  it: { name: /servizio clienti/, others: /assistenza clienti|supporto|customer care|servizio assistenza/i },
  ja: { name: /カスタマーサービス/, others: /サポート|カスタマーセンター|コールセンター|お客様窓口|お問い合わせ窓口/ },
  zh: { name: /客服/, others: /客户服务|售后团队|支持团队|客服中心|服务台/ },
};

/**
 * The strings that name the team in every language: the handoff, its card, and the offers of a person. Not the
 * returns answer's general sentence: the offer right after it names the team, and once per answer is enough (rev2).
 */
const NAMES_THE_TEAM = ['translation:handoff.done', 'translation:handoff.cardText', 'translation:fallback.offerPerson', 'translation:return.offerPerson'];

describe('one name for the support team', () => {
  for (const [lang, team] of Object.entries(TEAM)) {
    const all = lang === 'en' ? enGB() : strings(lang);
    it(`${lang} calls it "${team.name.source}" wherever it names it`, () => {
      const missing = NAMES_THE_TEAM.filter((k) => !team.name.test(all.get(k) ?? ''));
      expect(missing).to.deep.equal([]);
    });

    it(`${lang} uses no other name for it`, () => {
      expect(offending(all, team.others)).to.deep.equal([]);
    });
  }
  it('en-US and en-GB share the name', () => {
    expect(offending(strings('en'), TEAM.en.others)).to.deep.equal([]);
  });
});
