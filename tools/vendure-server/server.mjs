// A test-only Vendure (GPL-3.0) for the connector tests: in-memory sql.js database, loopback only, telemetry off.
// Started by test/support/vendure.ts, which seeds it through the Admin API; never bundled into the skill.
// Prints one line `VENDURE_READY <port>` on stdout once both APIs answer.
import core from '@vendure/core';

const {
  bootstrap, DefaultLogger, LogLevel, dummyPaymentHandler, FulfillmentHandler, LanguageCode,
  defaultShippingCalculator, defaultShippingEligibilityChecker,
} = core;

process.env.VENDURE_DISABLE_TELEMETRY = 'true';

/** Like Vendure's manual handler, plus the expected delivery day our connector reads from a custom field. */
const carrierFulfillmentHandler = new FulfillmentHandler({
  code: 'carrier-fulfillment',
  description: [{ languageCode: LanguageCode.en, value: 'Carrier, tracking code and expected delivery day' }],
  args: {
    method: { type: 'string', required: true },
    trackingCode: { type: 'string', required: false },
    eta: { type: 'string', required: false },
  },
  createFulfillment: (_ctx, _orders, _lines, args) => ({
    method: args.method,
    trackingCode: args.trackingCode,
    customFields: { eta: args.eta || null },
  }),
});

const port = Number(process.env.PORT || 3100);

await bootstrap({
  apiOptions: { hostname: '127.0.0.1', port, adminApiPath: 'admin-api', shopApiPath: 'shop-api', cors: false },
  authOptions: {
    tokenMethod: ['bearer', 'cookie'],
    requireVerification: false,
    superadminCredentials: {
      identifier: process.env.VENDURE_SUPERADMIN_USER || 'superadmin',
      password: process.env.VENDURE_SUPERADMIN_PASSWORD || 'superadmin',
    },
    cookieOptions: { secret: 'test-only' },
  },
  dbConnectionOptions: { type: 'sqljs', synchronize: true, logging: false },
  paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
  shippingOptions: {
    shippingCalculators: [defaultShippingCalculator],
    shippingEligibilityCheckers: [defaultShippingEligibilityChecker],
    fulfillmentHandlers: [carrierFulfillmentHandler],
  },
  customFields: {
    // Our idempotency key: a retried confirmation finds the order it already placed.
    Order: [{ name: 'idempotencyKey', type: 'string', nullable: true, unique: true, public: false }],
    // Vendure has no estimated delivery: a calendar day (YYYY-MM-DD) set when the parcel is handed over.
    Fulfillment: [{ name: 'eta', type: 'string', nullable: true }],
    // Vendure's customers have no language or time zone; the connector reads these when a shop adds them.
    Customer: [
      { name: 'locale', type: 'string', nullable: true },
      { name: 'timeZone', type: 'string', nullable: true },
      // The shopper's voice code for purchases by voice (four digits), if they set one.
      { name: 'voiceCode', type: 'string', nullable: true, public: false },
    ],
  },
  logger: new DefaultLogger({ level: LogLevel.Warn }),
  plugins: [],
});
console.log(`VENDURE_READY ${port}`);
