// Seeds the test Vendure through its Admin API only, as a merchant's shop would look: countries, a zone with tax,
// a shipping method, a card-on-file payment method (dummy handler), products with prices and names in several
// languages, shoppers in several locales with addresses and passwords, and past orders that were delivered or are on
// their way (fulfillments with carrier, tracking code and expected day).
import { adminLogin, GraphqlClient, unwrap } from '../../lambda/commerce/vendure/graphql.js';

export interface SeededShopper {
  id: string;
  name: string;
  email: string;
  password: string;
  locale: string;
  timeZone: string;
  /** Codes of the seeded orders, newest first: [shipped, delivered] (and a cancellable one for Giulia). */
  orders: string[];
}

export interface VendureSeeded {
  paymentMethodCode: string;
  shoppers: Record<'emily' | 'jonas' | 'yuki' | 'giulia', SeededShopper>;
  /** Days from now (UTC) of the shipped orders' expected delivery. */
  shippedEta: string;
}

const PRODUCTS = [
  { sku: 'COFFEE-BEANS', price: 1499, stock: 100, names: { en: 'coffee beans', de: 'Kaffeebohnen', it: 'caffè in grani', ja: 'コーヒー豆' } },
  { sku: 'OAT-MILK', price: 449, stock: 100, names: { en: 'oat milk', de: 'Hafermilch', it: 'latte d\'avena', ja: 'オーツミルク' } },
  { sku: 'PAPER-TOWELS', price: 899, stock: 100, names: { en: 'paper towels', de: 'Küchenrolle', it: 'carta da cucina', ja: 'キッチンペーパー' } },
  { sku: 'GREEN-TEA', price: 699, stock: 100, names: { en: 'green tea', de: 'grüner Tee', it: 'tè verde', ja: '緑茶' } },
  { sku: 'DISH-SOAP', price: 399, stock: 0, names: { en: 'dish soap', de: 'Spülmittel', it: 'detersivo per piatti', ja: '食器用洗剤' } },
] as const;

type Sku = typeof PRODUCTS[number]['sku'];

const SHOPPERS = {
  emily: {
    first: 'Emily', last: 'Carter', email: 'emily@example.com', password: 'emily-pass-1', locale: 'en-US', timeZone: 'America/New_York',
    address: { streetLine1: '42 Maple Street', city: 'Brooklyn', postalCode: '11201', countryCode: 'US' },
    orders: [
      { lines: { 'COFFEE-BEANS': 2, 'OAT-MILK': 6 }, carrier: 'UPS', tracking: '1Z999AA10123456784', delivered: true },
      { lines: { 'PAPER-TOWELS': 1, 'COFFEE-BEANS': 1 }, carrier: 'UPS', tracking: '1Z999AA10123456795', delivered: false },
    ],
  },
  jonas: {
    first: 'Jonas', last: 'Weber', email: 'jonas@example.de', password: 'jonas-pass-1', locale: 'de-DE', timeZone: 'Europe/Berlin', voiceCode: '4321',
    address: { streetLine1: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', countryCode: 'DE' },
    orders: [
      { lines: { 'OAT-MILK': 4 }, carrier: 'DHL', tracking: '00340434161094042557', delivered: true },
      { lines: { 'COFFEE-BEANS': 1 }, carrier: 'DHL', tracking: '00340434161094042558', delivered: false },
    ],
  },
  yuki: {
    first: 'Yuki', last: 'Tanaka', email: 'yuki@example.jp', password: 'yuki-pass-1', locale: 'ja-JP', timeZone: 'Asia/Tokyo',
    address: { streetLine1: '1-2-3 Shibuya', city: 'Tokyo', postalCode: '150-0002', countryCode: 'JP' },
    orders: [{ lines: { 'GREEN-TEA': 3 }, carrier: 'Yamato', tracking: '4455-6677-8899', delivered: true }],
  },
  giulia: {
    first: 'Giulia', last: 'Rossi', email: 'giulia@example.it', password: 'giulia-pass-1', locale: 'it-IT', timeZone: 'Europe/Rome',
    address: { streetLine1: 'Via Roma 10', city: 'Milano', postalCode: '20121', countryCode: 'IT' },
    orders: [
      { lines: { 'COFFEE-BEANS': 1 }, carrier: 'BRT', tracking: 'BRT123456', delivered: true },
      // Paid, not yet handed to a carrier: the one that can still be cancelled.
      { lines: { 'GREEN-TEA': 1 }, carrier: undefined, tracking: undefined, delivered: false },
    ],
  },
} as const;

const COUNTRIES = [['US', 'United States'], ['DE', 'Germany'], ['IT', 'Italy'], ['JP', 'Japan'], ['CN', 'China'], ['GB', 'United Kingdom']];

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

type Id = { id: string };

export async function seedVendure(adminApiUrl: string, admin: { username: string; password: string }): Promise<VendureSeeded> {
  const api = new GraphqlClient({ url: adminApiUrl, timeoutMs: 30_000, login: adminLogin(admin.username, admin.password) });
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => api.request<T>(query, variables);

  const countryIds: string[] = [];
  for (const [code, name] of COUNTRIES) {
    const { createCountry } = await gql<{ createCountry: Id }>(`mutation ($input: CreateCountryInput!) { createCountry(input: $input) { id } }`,
      { input: { code, enabled: true, translations: [{ languageCode: 'en', name }] } });
    countryIds.push(createCountry.id);
  }
  const { createZone } = await gql<{ createZone: Id }>(`mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
    { input: { name: 'World', memberIds: countryIds } });
  const { createTaxCategory } = await gql<{ createTaxCategory: Id }>(`mutation { createTaxCategory(input: { name: "Standard", isDefault: true }) { id } }`);
  await gql(`mutation ($input: CreateTaxRateInput!) { createTaxRate(input: $input) { id } }`,
    { input: { name: 'No tax', enabled: true, value: 0, categoryId: createTaxCategory.id, zoneId: createZone.id } });
  const { activeChannel } = await gql<{ activeChannel: Id }>(`{ activeChannel { id } }`);
  unwrap((await gql<{ updateChannel: object }>(`mutation ($input: UpdateChannelInput!) { updateChannel(input: $input) {
      ... on Channel { id } ... on ErrorResult { errorCode message } } }`,
  { input: { id: activeChannel.id, defaultTaxZoneId: createZone.id, defaultShippingZoneId: createZone.id, pricesIncludeTax: false } })).updateChannel, 'updateChannel');

  const { createShippingMethod } = await gql<{ createShippingMethod: Id }>(`mutation ($input: CreateShippingMethodInput!) { createShippingMethod(input: $input) { id } }`, {
    input: {
      code: 'standard', fulfillmentHandler: 'carrier-fulfillment', translations: [{ languageCode: 'en', name: 'Standard delivery', description: '' }],
      checker: { code: 'default-shipping-eligibility-checker', arguments: [{ name: 'orderMinimum', value: '0' }] },
      calculator: { code: 'default-shipping-calculator', arguments: [
        { name: 'rate', value: '499' }, { name: 'includesTax', value: 'exclude' }, { name: 'taxRate', value: '0' }] },
    },
  });
  const paymentMethodCode = 'card-on-file';
  await gql(`mutation ($input: CreatePaymentMethodInput!) { createPaymentMethod(input: $input) { id } }`, {
    input: {
      code: paymentMethodCode, enabled: true, translations: [{ languageCode: 'en', name: 'Visa ending in 4242', description: '' }],
      handler: { code: 'dummy-payment-handler', arguments: [{ name: 'automaticSettle', value: 'true' }] },
    },
  });

  const variantIds = {} as Record<Sku, string>;
  for (const p of PRODUCTS) {
    const translations = Object.entries(p.names).map(([languageCode, name]) => ({ languageCode, name, slug: `${p.sku.toLowerCase()}-${languageCode}`, description: '' }));
    const { createProduct } = await gql<{ createProduct: Id }>(`mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
      { input: { enabled: true, translations } });
    const { createProductVariants } = await gql<{ createProductVariants: Id[] }>(`mutation ($input: [CreateProductVariantInput!]!) {
        createProductVariants(input: $input) { id } }`, {
      input: [{
        productId: createProduct.id, sku: p.sku, price: p.price, stockOnHand: p.stock, trackInventory: 'TRUE',
        translations: Object.entries(p.names).map(([languageCode, name]) => ({ languageCode, name })),
      }],
    });
    variantIds[p.sku] = createProductVariants[0].id;
  }

  const shippedEta = dayFromNow(2);
  const shoppers = {} as VendureSeeded['shoppers'];
  for (const [key, s] of Object.entries(SHOPPERS) as [keyof typeof SHOPPERS, typeof SHOPPERS[keyof typeof SHOPPERS]][]) {
    const { createCustomer } = await gql<{ createCustomer: Id }>(`mutation ($input: CreateCustomerInput!, $password: String) {
        createCustomer(input: $input, password: $password) { ... on Customer { id } ... on ErrorResult { errorCode message } } }`, {
      input: { firstName: s.first, lastName: s.last, emailAddress: s.email, customFields: { locale: s.locale, timeZone: s.timeZone, voiceCode: 'voiceCode' in s ? s.voiceCode : null } },
      password: s.password,
    });
    const customerId = unwrap(createCustomer, 'createCustomer').id;
    await gql(`mutation ($id: ID!, $input: CreateAddressInput!) { createCustomerAddress(customerId: $id, input: $input) { id } }`, {
      id: customerId, input: { ...s.address, fullName: `${s.first} ${s.last}`, defaultShippingAddress: true, defaultBillingAddress: true },
    });
    const codes: string[] = [];
    for (const o of s.orders) {
      const { createDraftOrder } = await gql<{ createDraftOrder: Id }>(`mutation { createDraftOrder { id } }`);
      const orderId = createDraftOrder.id;
      await gql(`mutation ($o: ID!, $c: ID!) { setCustomerForDraftOrder(orderId: $o, customerId: $c) { ... on Order { id } ... on ErrorResult { errorCode message } } }`, { o: orderId, c: customerId });
      for (const [sku, quantity] of Object.entries(o.lines)) {
        unwrap((await gql<{ addItemToDraftOrder: object }>(`mutation ($o: ID!, $input: AddItemToDraftOrderInput!) { addItemToDraftOrder(orderId: $o, input: $input) {
            ... on Order { id } ... on ErrorResult { errorCode message } } }`, { o: orderId, input: { productVariantId: variantIds[sku as Sku], quantity } })).addItemToDraftOrder, 'addItemToDraftOrder');
      }
      await gql(`mutation ($o: ID!, $input: CreateAddressInput!) { setDraftOrderShippingAddress(orderId: $o, input: $input) { id } }`,
        { o: orderId, input: { ...s.address, fullName: `${s.first} ${s.last}` } });
      unwrap((await gql<{ setDraftOrderShippingMethod: object }>(`mutation ($o: ID!, $m: ID!) { setDraftOrderShippingMethod(orderId: $o, shippingMethodId: $m) {
          ... on Order { id } ... on ErrorResult { errorCode message } } }`, { o: orderId, m: createShippingMethod.id })).setDraftOrderShippingMethod, 'setDraftOrderShippingMethod');
      unwrap((await gql<{ transitionOrderToState: object }>(`mutation ($o: ID!) { transitionOrderToState(id: $o, state: "ArrangingPayment") {
          ... on Order { id } ... on ErrorResult { errorCode message } } }`, { o: orderId })).transitionOrderToState, 'transitionOrderToState');
      const { addManualPaymentToOrder } = await gql<{ addManualPaymentToOrder: { code?: string; lines?: { id: string; quantity: number }[] } }>(
        `mutation ($input: ManualPaymentInput!) { addManualPaymentToOrder(input: $input) {
          ... on Order { code lines { id quantity } } ... on ErrorResult { errorCode message } } }`,
        { input: { orderId, method: paymentMethodCode, transactionId: `seed-${key}-${codes.length}`, metadata: {} } });
      const paid = unwrap(addManualPaymentToOrder, 'addManualPaymentToOrder') as { code: string; lines: { id: string; quantity: number }[] };
      if (o.carrier) {
        const { addFulfillmentToOrder } = await gql<{ addFulfillmentToOrder: object }>(`mutation ($input: FulfillOrderInput!) { addFulfillmentToOrder(input: $input) {
            ... on Fulfillment { id } ... on ErrorResult { errorCode message } } }`, {
          input: {
            lines: paid.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })),
            handler: { code: 'carrier-fulfillment', arguments: [
              { name: 'method', value: o.carrier }, { name: 'trackingCode', value: o.tracking }, { name: 'eta', value: o.delivered ? dayFromNow(-3) : shippedEta }] },
          },
        });
        const fulfillment = unwrap(addFulfillmentToOrder, 'addFulfillmentToOrder') as Id;
        for (const state of o.delivered ? ['Shipped', 'Delivered'] : ['Shipped']) {
          unwrap((await gql<{ transitionFulfillmentToState: object }>(`mutation ($id: ID!, $s: String!) { transitionFulfillmentToState(id: $id, state: $s) {
              ... on Fulfillment { id } ... on ErrorResult { errorCode message } } }`, { id: fulfillment.id, s: state })).transitionFulfillmentToState, 'transitionFulfillmentToState');
        }
      }
      codes.unshift(paid.code);
    }
    shoppers[key] = { id: customerId, name: s.first, email: s.email, password: s.password, locale: s.locale, timeZone: s.timeZone, orders: codes };
  }
  return { paymentMethodCode, shoppers, shippedEta };
}
