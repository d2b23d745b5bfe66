// Per-language test data: the same shop, customer and conversation written in each supported locale, so a
// suite can be written once (`for (const lc of LOCALES) describe(...)`) and checked in every language, or once
// per locale and platform that serves it (`for (const { lc, via } of ON_PLATFORMS)`), through the real adapters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR } from '../../tools/models/paths.js';
import { servesPlatform, type ModelSource, type Platform } from '../../tools/models/source.js';
import type { Seed } from '../../lambda/store/seed.js';
import { aCustomer, aLine, anOrder, aSeed } from './seed.js';

type SeedCustomer = Seed['customers'][number];
type SeedOrder = SeedCustomer['orders'][number];
type SeedLine = SeedOrder['lines'][number];
type CatalogEntry = NonNullable<Seed['catalog']>[number];

export type ProductKey = 'coffee' | 'decaf' | 'oatMilk' | 'brushHeads' | 'lamp' | 'towels';

export interface Product {
  name: string;
  /** Price in the locale's currency (whole yen for JPY). */
  price: number;
  /** Catalog synonyms, if any. */
  synonyms?: string[];
}

export interface LocaleCase {
  locale: 'en-US' | 'en-GB' | 'de-DE' | 'it-IT' | 'ja-JP' | 'zh-CN';
  /** The platform the locale is served through (zh-CN only through Dialogflow). */
  platform: 'alexa' | 'google';
  timeZone: string;
  currency: string;
  customerName: string;
  address: { label: string; line1: string; city: string; postalCode: string; country: string };
  payment: string;
  carrier: string;
  location: string;
  products: Record<ProductKey, Product>;
  /** What the shopper says, in this language. */
  say: {
    /** A loose name for the coffee beans: "the coffee". */
    looseCoffee: string;
    /** The toothbrush heads as a recogniser might hear them: split words, a slip. */
    noisyBrushHeads: string;
    /** The toothbrush heads by the catalog synonym (a compound part in German). */
    synonymBrushHeads: string;
    /** Two products in one sentence: coffee beans and oat milk. */
    coffeeAndOatMilk: string;
    /** "two" and "three" as words. */
    two: string;
    three: string;
    /** Something never bought. */
    unknown: string;
    /** The desk lamp as said in "when does my desk lamp arrive". */
    lamp: string;
    /** The answer to "which one" that picks the coffee beans. */
    beans: string;
    /** The order itself where a product could stand: "where is my package". */
    theOrder: string;
  };
  /** A product whose own name holds this language's "and" (a splitter between products). */
  andProduct: string;
  /** The local delivery day of an order placed at DEFAULT_NOW: two delivery days after the local today. */
  deliveryDate: string;
}

/** The FakeShopper's default request time: Sunday 22 November 2026, 15:00 UTC (already Monday in Tokyo). */
export const DEFAULT_NOW = '2026-11-22T15:00:00Z';

export const LOCALES: LocaleCase[] = [
  {
    locale: 'en-US', platform: 'alexa', timeZone: 'America/Chicago', currency: 'USD', customerName: 'Robin',
    address: { label: 'home', line1: '12 Elm Street', city: 'Madison', postalCode: '53703', country: 'US' },
    payment: 'Mastercard ending in 1111', carrier: 'UPS', location: 'Chicago, IL distribution center',
    products: {
      coffee: { name: 'coffee beans', price: 12.5 },
      decaf: { name: 'decaf coffee pods', price: 9.75 },
      oatMilk: { name: 'oat milk', price: 3.25 },
      brushHeads: { name: 'toothbrush heads', price: 19.99, synonyms: ['brush heads'] },
      lamp: { name: 'desk lamp', price: 39.99 },
      towels: { name: 'paper towels', price: 8.49 },
    },
    say: {
      looseCoffee: 'the coffee', noisyBrushHeads: 'tooth brush heads', synonymBrushHeads: 'brush heads',
      coffeeAndOatMilk: 'coffee beans and oat milk', two: 'two', three: 'three', unknown: 'garden hose', lamp: 'my desk lamp',
      beans: 'the coffee beans', theOrder: 'my package',
    },
    andProduct: 'salt and vinegar chips',
    deliveryDate: '2026-11-24',
  },
  {
    locale: 'en-GB', platform: 'alexa', timeZone: 'Europe/London', currency: 'GBP', customerName: 'Priya',
    address: { label: 'home', line1: '4 Mill Lane', city: 'Leeds', postalCode: 'LS1 4AB', country: 'GB' },
    payment: 'Visa ending in 4242', carrier: 'Royal Mail', location: 'Warrington Mail Centre',
    products: {
      coffee: { name: 'coffee beans', price: 9.5 },
      decaf: { name: 'decaf coffee pods', price: 4.75 },
      oatMilk: { name: 'oat milk', price: 1.85 },
      brushHeads: { name: 'electric toothbrush heads', price: 19.99, synonyms: ['brush heads'] },
      lamp: { name: 'desk lamp', price: 29.99 },
      towels: { name: 'kitchen roll', price: 5.5 },
    },
    say: {
      looseCoffee: 'the coffee', noisyBrushHeads: 'electric tooth brush heads', synonymBrushHeads: 'brush heads',
      coffeeAndOatMilk: 'coffee beans and oat milk', two: 'two', three: 'three', unknown: 'garden hose', lamp: 'my desk lamp',
      beans: 'the coffee beans', theOrder: 'the parcel',
    },
    andProduct: 'salt and vinegar crisps',
    deliveryDate: '2026-11-24',
  },
  {
    locale: 'de-DE', platform: 'alexa', timeZone: 'Europe/Berlin', currency: 'EUR', customerName: 'Jonas',
    address: { label: 'home', line1: 'Hauptstraße 5', city: 'Leipzig', postalCode: '04109', country: 'DE' },
    payment: 'Visa mit Endziffern 4242', carrier: 'DHL', location: 'Paketzentrum Radefeld',
    products: {
      coffee: { name: 'Kaffeebohnen', price: 12.99 },
      decaf: { name: 'entkoffeinierte Kaffeekapseln', price: 4.29 },
      oatMilk: { name: 'Hafermilch', price: 1.99 },
      brushHeads: { name: 'Zahnbürstenköpfe', price: 9.99, synonyms: ['Bürstenköpfe', 'Aufsteckbürsten'] },
      lamp: { name: 'Schreibtischlampe', price: 34.9 },
      towels: { name: 'Küchenrolle', price: 4.49 },
    },
    say: {
      looseCoffee: 'den Kaffee', noisyBrushHeads: 'Zahnbürsten Köpfe', synonymBrushHeads: 'Bürstenköpfe',
      coffeeAndOatMilk: 'Kaffeebohnen und Hafermilch', two: 'zwei', three: 'drei', unknown: 'Gartenschlauch',
      lamp: 'meine Schreibtischlampe', beans: 'die Kaffeebohnen', theOrder: 'mein Paket',
    },
    andProduct: 'Shampoo und Spülung',
    deliveryDate: '2026-11-24',
  },
  {
    locale: 'it-IT', platform: 'alexa', timeZone: 'Europe/Rome', currency: 'EUR', customerName: 'Giulia',
    address: { label: 'home', line1: 'Via Roma 10', city: 'Bologna', postalCode: '40121', country: 'IT' },
    payment: 'Visa che termina con 4242', carrier: 'BRT', location: 'Hub BRT di Milano',
    products: {
      coffee: { name: 'caffè in grani', price: 11.5 },
      decaf: { name: 'capsule di caffè decaffeinato', price: 4.2 },
      oatMilk: { name: "latte d'avena", price: 2.19 },
      brushHeads: { name: 'testine per spazzolino elettrico', price: 18.9, synonyms: ['testine di ricambio'] },
      lamp: { name: 'lampada da scrivania', price: 32.9 },
      towels: { name: 'carta da cucina', price: 3.99 },
    },
    say: {
      looseCoffee: 'il caffè', noisyBrushHeads: 'testine per spazzolini elettrici', synonymBrushHeads: 'testine di ricambio',
      coffeeAndOatMilk: "caffè e latte d'avena", two: 'due', three: 'tre', unknown: 'tubo da giardino',
      lamp: 'la mia lampada da scrivania', beans: 'il caffè in grani', theOrder: 'il mio pacco',
    },
    andProduct: 'shampoo e balsamo',
    deliveryDate: '2026-11-24',
  },
  {
    locale: 'ja-JP', platform: 'alexa', timeZone: 'Asia/Tokyo', currency: 'JPY', customerName: '花子',
    address: { label: 'ご自宅', line1: '神南1-2-3', city: '渋谷区', postalCode: '150-0041', country: 'JP' },
    payment: '末尾4242のVisa', carrier: 'ヤマト運輸', location: '羽田クロノゲートベース',
    products: {
      coffee: { name: 'コーヒー豆', price: 1580 },
      decaf: { name: 'カフェインレスのコーヒーカプセル', price: 1280 },
      oatMilk: { name: 'オーツミルク', price: 398 },
      brushHeads: { name: '電動歯ブラシの替えブラシ', price: 2980, synonyms: ['替えブラシ'] },
      lamp: { name: 'デスクライト', price: 4980 },
      towels: { name: 'キッチンペーパー', price: 498 },
    },
    say: {
      looseCoffee: 'コーヒー', noisyBrushHeads: '電動歯ブラシ替えブラシ', synonymBrushHeads: '替えブラシ',
      coffeeAndOatMilk: 'コーヒー豆とオーツミルク', two: '二つ', three: '三', unknown: '園芸用ホース', lamp: 'デスクライト',
      beans: 'コーヒー豆', theOrder: '荷物',
    },
    andProduct: 'ふとんカバー',
    // 15:00 UTC on the 22nd is already Monday the 23rd in Tokyo: two delivery days later is Wednesday.
    deliveryDate: '2026-11-25',
  },
  {
    locale: 'zh-CN', platform: 'google', timeZone: 'Asia/Shanghai', currency: 'CNY', customerName: '小明',
    address: { label: '家', line1: '建国路88号', city: '北京', postalCode: '100022', country: 'CN' },
    payment: '尾号4242的Visa', carrier: '顺丰速运', location: '上海青浦转运中心',
    products: {
      coffee: { name: '咖啡豆', price: 68 },
      decaf: { name: '低因咖啡胶囊', price: 55 },
      oatMilk: { name: '燕麦奶', price: 15.9 },
      brushHeads: { name: '电动牙刷替换刷头', price: 89, synonyms: ['替换刷头'] },
      lamp: { name: '台灯', price: 159 },
      towels: { name: '厨房纸巾', price: 19.9 },
    },
    say: {
      looseCoffee: '咖啡', noisyBrushHeads: '电动牙刷的替换刷头', synonymBrushHeads: '替换刷头',
      coffeeAndOatMilk: '咖啡豆和燕麦奶', two: '两', three: '三', unknown: '花园水管', lamp: '我的台灯', beans: '咖啡豆', theOrder: '包裹',
    },
    andProduct: '暖和袜子',
    // 15:00 UTC is 23:00 on Sunday the 22nd in Shanghai: Monday, then Tuesday.
    deliveryDate: '2026-11-24',
  },
];


/** The platforms that serve a locale, as its model source says (Alexa has no zh-CN). */
export function platformsOf(locale: LocaleCase['locale']): Platform[] {
  const model = JSON.parse(readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8')) as ModelSource;
  return (['alexa', 'google'] as const).filter((p) => servesPlatform(model, p));
}

/** A locale on one platform that serves it: a conversation suite runs once per pair, through the real adapter. */
export interface PlatformCase {
  lc: LocaleCase;
  via: Platform;
}

/** Every locale on every platform that serves it: en-US … ja-JP on Alexa, all six on Dialogflow. */
export const ON_PLATFORMS: PlatformCase[] = LOCALES.flatMap((lc) => platformsOf(lc.locale).map((via) => ({ lc, via })));

/** The platform cases of one locale. */
export function onPlatformsOf(locale: LocaleCase['locale']): PlatformCase[] {
  return ON_PLATFORMS.filter((c) => c.lc.locale === locale);
}

export function localeCase(locale: LocaleCase['locale']): LocaleCase {
  return LOCALES.find((l) => l.locale === locale)!;
}

/** A line of a past order: the product in this language, at its price, under a sku shared by every locale. */
export function lineOf(lc: LocaleCase, key: ProductKey, overrides: Partial<SeedLine> = {}): SeedLine {
  const p = lc.products[key];
  return aLine(p.name, { sku: `SKU-${key.toUpperCase()}`, unitPrice: p.price, ...overrides });
}

/** A catalog entry for the product, with its synonyms, at the same price unless told otherwise. */
export function catalogEntry(lc: LocaleCase, key: ProductKey, overrides: Partial<CatalogEntry> = {}): CatalogEntry {
  const p = lc.products[key];
  return { sku: `SKU-${key.toUpperCase()}`, name: p.name, synonyms: p.synonyms ?? [], unitPrice: p.price, available: true, ...overrides };
}

/** A delivered order of this locale's products: shipping fee in the locale's currency. */
export function orderOf(lc: LocaleCase, lines: SeedLine[], overrides: Partial<SeedOrder> = {}): SeedOrder {
  return anOrder({
    lines,
    shippingFee: lc.currency === 'JPY' ? 500 : 4.99,
    shipment: { carrier: lc.carrier, lastLocation: lc.location, eta: '2026-11-03', deliveredAt: '2026-11-03T15:00:00Z' },
    ...overrides,
  });
}

/** A shopper living in this locale: its language, time zone, currency, address and payment label. */
export function customerIn(lc: LocaleCase, overrides: Partial<SeedCustomer> = {}): SeedCustomer {
  const customer = aCustomer({
    name: lc.customerName,
    locale: lc.locale,
    timeZone: lc.timeZone,
    currency: lc.currency,
    address: lc.address,
    paymentMethod: { label: lc.payment },
    ...overrides,
  });
  // Known on both platforms, so a test can identify the shopper by the user id of the locale's platform.
  return { googleUserIds: [`google-user-${customer.id}`], ...customer };
}

/** The shopper's user ids on a platform. */
export function userIdsOn(customer: SeedCustomer, platform: string): string[] {
  return (platform === 'google' ? customer.googleUserIds : customer.alexaUserIds) ?? [];
}

/** A seed with one shopper in this locale and the whole catalog of this locale's products. */
export function seedIn(lc: LocaleCase, customer: SeedCustomer, overrides: Partial<Seed> = {}): Seed {
  const keys = Object.keys(lc.products) as ProductKey[];
  return aSeed([customer], { catalog: keys.map((k) => catalogEntry(lc, k)), ...overrides });
}
