// The prompt files: every language says everything English says, with the same placeholders, in SSML-safe
// text; and the translator escapes product names, falls back to English and applies the en-GB overrides.
import { expect } from 'chai';
import { safe, translator, type Translate } from '../../lambda/core/i18n.js';
import enJson from '../../locales/en/translation.json' with { type: 'json' };
import enGBJson from '../../locales/en-GB/translation.json' with { type: 'json' };
import deJson from '../../locales/de/translation.json' with { type: 'json' };
import itJson from '../../locales/it/translation.json' with { type: 'json' };
import jaJson from '../../locales/ja/translation.json' with { type: 'json' };
import zhJson from '../../locales/zh/translation.json' with { type: 'json' };

interface Tree {
  [key: string]: string | Tree;
}

/** Dotted key to string, e.g. "cart.line_one". */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const en = flatten(enJson as Tree);
const enGB = flatten(enGBJson as Tree);

/** The plural forms i18next looks up for a count in each language (ja and zh have a single form). */
const PLURAL_FORMS: Record<string, string[]> = {
  de: ['one', 'other'],
  it: ['one', 'other'],
  ja: ['other'],
  zh: ['other'],
};

const LANGUAGES: Record<string, Map<string, string>> = {
  de: flatten(deJson as Tree),
  it: flatten(itJson as Tree),
  ja: flatten(jaJson as Tree),
  zh: flatten(zhJson as Tree),
};

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** English keys with plurals collapsed: "cart.line" for "cart.line_one" and "cart.line_other". */
const pluralBases = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));

/** The keys a language must have: English's, with each plural expanded to that language's forms. */
function expectedKeys(lang: string): Set<string> {
  const keys = new Set<string>();
  for (const key of en.keys()) {
    const base = key.replace(PLURAL, '');
    if (pluralBases.has(base)) for (const form of PLURAL_FORMS[lang]) keys.add(`${base}_${form}`);
    else keys.add(key);
  }
  return keys;
}

/**
 * Placeholders a language may leave out, with the reason. Anything not listed must be kept.
 * `count` in a `_one` form: the number is always 1 and is spelled out as a word, so the speech engine
 * picks the right gender ("un pezzo", not "uno pezzo").
 */
const MAY_DROP: { lang: string; key: string; variable: string; reason: string }[] = [
  { lang: 'de', key: 'product.unknown_one', variable: 'count', reason: 'count is 1, said as "einmal"' },
  ...['de', 'it', 'ja', 'zh'].map((lang) => ({ lang, key: 'day.dayAfterTomorrow', variable: 'weekday', reason: 'the language has its own word for it' })),
  ...['de', 'it', 'ja', 'zh'].map((lang) => ({ lang, key: 'day.dayBeforeYesterday', variable: 'weekday', reason: 'the language has its own word for it' })),
];

/**
 * Variables the code offers a key whichever of them the language says: a day by its weekday, its date or both
 * ("on Friday", "11月20日（金曜日）に"); an address by its label ("ご自宅") or street and city.
 */
const OFFERED: Record<string, string[]> = {
  'address.short': ['label', 'line1', 'city'],
  'address.shortWithoutLabel': ['label', 'line1', 'city'],
  // A total says the fee and the tax as amounts only where the language's read-back does (the card has them).
  ...Object.fromEntries(['inclTax_fee', 'inclTax_free', 'addedTax_fee', 'addedTax_free', 'noTax_fee', 'noTax_free']
    .map((k) => [`cart.total_${k}`, ['total', 'fee', 'tax']])),
  // Examples from the shopper's cart: the product with its article, and a count with its counter (ja, zh).
  'help.cart': ['item', 'amount'],
  'fallback.cart': ['item', 'amount'],
  // A returned product in the genitive where the language has one ("Zur Rücksendung der Zahnbürstenköpfe").
  'return.forItem': ['item', 'name', 'of'],
  // An order's items: the lead item and how many more, or the whole count ("コーヒー豆など3点", "咖啡豆等3件商品").
  'status.moreItems_one': ['name', 'count', 'total'],
  'status.moreItems_other': ['name', 'count', 'total'],
  // A product with its article ("the coffee beans", "il caffè in grani") or its bare name ("Kaffeebohnen", "コーヒー豆").
  ...Object.fromEntries(['return.notShipped', 'return.notShippedWhole', 'return.onTheWay', 'cancelOrder.tooLateItem_one', 'cancelOrder.tooLateItem_other']
    .map((k) => [k, ['item', 'name']])),
  // How many of what: the product with its article, its bare name, or what it is counted in ("Packungen Kaffeebohnen").
  'quantity.resume': ['item', 'name', 'units'],
  ...Object.fromEntries(['dayAfterTomorrow', 'dayBeforeYesterday', 'weekday', 'weekday_nextWeek', 'lastWeekday', 'lastWeekday_sunday', 'date', 'absolute']
    .map((k) => [`day.${k}`, ['weekday', 'date']])),
};

/**
 * Context variants a language may add to an English key (i18next's `context`), where its own grammar needs a form
 * English does not: German "Zur Rücksendung von Kaffeebohnen" for a product the catalog gives no grammar for,
 * Japanese どちら between two options and どれ among more. The code offers the context; a language without the
 * variant says the English key's sentence.
 */
const CONTEXTS: Record<string, string[]> = {
  // German names a product without grammar with "von" instead of a genitive it cannot form.
  'return.forItem': ['plain'],
  'reorder.which': ['two'],
  'edit.whichOf': ['two'],
  'edit.whichRemoveOf': ['two'],
  'edit.whichQuantityOf': ['two'],
  // "How many?" agrees with the unit's or the product's gender where the language needs it (Italian "quante confezioni").
  'quantity.askUnits': ['m', 'f', 'n'],
  'quantity.askCount': ['m', 'f', 'n'],
};

/** The English key a language's key stands for: itself, or the key a context variant belongs to. */
function englishKey(key: string): string {
  const base = Object.keys(CONTEXTS).find((k) => key.startsWith(`${k}_`) && CONTEXTS[k].includes(key.slice(k.length + 1)));
  return base ?? key;
}

function variables(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]));
}

/** Every placeholder English uses anywhere under a key's plural base: a language may not invent others. */
function englishVariables(key: string): Set<string> {
  const base = key.replace(PLURAL, '');
  const all = new Set<string>();
  for (const [k, v] of en) if (k === key || (pluralBases.has(base) && k.replace(PLURAL, '') === base)) for (const name of variables(v)) all.add(name);
  return all;
}

/** A template filled the way i18next fills it, for comparing the translator's output with a file's text. */
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name]));
}

describe('locale files', () => {
  for (const [lang, strings] of Object.entries(LANGUAGES)) {
    describe(lang, () => {
      it('has every English key, with the plural forms the language needs', () => {
        const missing = [...expectedKeys(lang)].filter((k) => !strings.has(k));
        expect(missing, `missing in ${lang}`).to.deep.equal([]);
      });

      it('has no key English does not have, and no plural form the language does not use', () => {
        const expected = expectedKeys(lang);
        const stray = [...strings.keys()].filter((k) => !expected.has(englishKey(k)));
        expect(stray, `stray in ${lang}`).to.deep.equal([]);
      });

      it('has no empty string', () => {
        const empty = [...strings].filter(([, v]) => !v.trim()).map(([k]) => k);
        expect(empty).to.deep.equal([]);
      });

      it('keeps every placeholder of the English string, apart from the documented exceptions', () => {
        const problems: string[] = [];
        for (const [key, text] of strings) {
          const source = en.get(englishKey(key));
          if (source === undefined) continue;
          const own = variables(text);
          for (const name of variables(source)) {
            const allowed = MAY_DROP.some((d) => d.lang === lang && d.key === key && d.variable === name) || OFFERED[englishKey(key)]?.includes(name);
            if (!own.has(name) && !allowed) problems.push(`${key} lost {{${name}}}`);
          }
        }
        expect(problems).to.deep.equal([]);
      });

      it('uses no placeholder the English string does not have', () => {
        const invented: string[] = [];
        for (const [key, text] of strings) {
          const known = new Set([...englishVariables(englishKey(key)), ...(OFFERED[englishKey(key)] ?? [])]);
          for (const name of variables(text)) if (!known.has(name)) invented.push(`${key} has {{${name}}}`);
        }
        expect(invented).to.deep.equal([]);
      });
    });
  }

  it('lists only exceptions for keys and placeholders that exist', () => {
    for (const d of MAY_DROP) {
      expect(LANGUAGES[d.lang].has(d.key), `${d.lang} ${d.key}`).to.equal(true);
      expect(variables(en.get(englishKey(d.key)) ?? ''), `${d.key} in en`).to.include(d.variable);
    }
  });

  it('has en-GB override only keys that en-US has, with the same placeholders', () => {
    for (const [key, text] of enGB) {
      expect(en.has(key), key).to.equal(true);
      expect([...variables(text)].sort(), key).to.deep.equal([...variables(en.get(key)!)].sort());
    }
  });

  it('contains no &, < or > in any string, so the text is safe inside SSML', () => {
    const all = { en, 'en-GB': enGB, ...LANGUAGES };
    const unsafe: string[] = [];
    for (const [lang, strings] of Object.entries(all)) {
      for (const [key, text] of strings) if (/[&<>]/.test(text)) unsafe.push(`${lang} ${key}`);
    }
    expect(unsafe).to.deep.equal([]);
  });
});

describe('translator', () => {
  const NAME = 'Salt & Pepper <Mill>';

  /** A cart read-back built the way cart.ts builds it: lines and address rendered first, passed as Safe. */
  function readBack(t: Translate, day = 'tomorrow'): string {
    const items = t('product.withUnit', { count: 2, unit: 'jars', name: NAME });
    return t('cart.readBack', {
      seller: 'Smith & Sons',
      items: safe(items),
      address: safe(t('address.short', { label: 'home', line1: '1 Main St', city: 'Springfield' })),
      total: safe(t('cart.total_inclTax_fee', { total: '$12.00', fee: '$1.00', tax: '$0.00' })),
      day: safe(t(`day.${day}`)),
    });
  }

  for (const locale of ['en-US', 'en-GB', 'de-DE', 'it-IT', 'ja-JP', 'zh-CN']) {
    it(`escapes product names and other values in the ${locale} cart read-back, once`, () => {
      const speech = readBack(translator(locale));
      expect(speech).to.include('Salt &amp; Pepper &lt;Mill&gt;');
      expect(speech).to.include('Smith &amp; Sons');
      expect(speech).not.to.match(/<|>|&amp;amp;|&(?!amp;|lt;|gt;)/);
      expect(speech).not.to.include('{{');
    });
  }

  it('renders a missing locale (fr-FR) in English', () => {
    expect(readBack(translator('fr-FR'))).to.equal(readBack(translator('en-US')));
    expect(translator('fr-FR')('help.general')).to.equal(en.get('help.general'));
  });

  it('uses the en-GB override for the total and en-US for keys en-GB does not override', () => {
    const vars = { total: '£5.00', fee: '£1.00', tax: '£0.00' };
    const total = (locale: string) => translator(locale)('cart.total_inclTax_fee', vars);
    expect(total('en-GB')).to.equal(fill(enGB.get('cart.total_inclTax_fee')!, vars));
    expect(total('en-GB')).not.to.equal(total('en-US'));
    expect(translator('en-GB')('help.reprompt')).to.equal(en.get('help.reprompt'));
    expect(translator('en-GB')('product.withUnit', { count: 2, unit: 'jars', name: 'tea' })).to.equal(fill(en.get('product.withUnit')!, { count: 2, unit: 'jars', name: 'tea' }));
  });

  it('picks each language\'s own plural form: _one for 1 in de and it, _other for every count in ja and zh', () => {
    expect(translator('de-DE')('voiceCode.wrong', { count: 1 })).to.equal(LANGUAGES.de.get('voiceCode.wrong_one'));
    expect(translator('it-IT')('voiceCode.wrong', { count: 2 })).to.equal(fill(LANGUAGES.it.get('voiceCode.wrong_other')!, { count: 2 }));
    expect(translator('ja-JP')('voiceCode.wrong', { count: 1 })).to.equal(fill(LANGUAGES.ja.get('voiceCode.wrong_other')!, { count: 1 }));
    expect(translator('zh-CN')('voiceCode.wrong', { count: 1 })).to.equal(fill(LANGUAGES.zh.get('voiceCode.wrong_other')!, { count: 1 }));
  });

  it('speaks each supported language in its own words, not the English fallback', () => {
    for (const [locale, lang] of [['de-DE', 'de'], ['it-IT', 'it'], ['ja-JP', 'ja'], ['zh-CN', 'zh']] as const) {
      expect(translator(locale)('help.general'), locale).to.equal(LANGUAGES[lang].get('help.general'));
    }
  });
});
