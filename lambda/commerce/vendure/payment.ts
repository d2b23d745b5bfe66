// How an order placed by voice is paid: the method on file. The default records the payment through the Admin API's
// manual-payment mutation against a payment method of the shop (in tests, Vendure's dummy handler), which is what a
// shop does when payment is captured elsewhere (invoice, a card vaulted by its own checkout). A shop with a real
// payment plugin that charges a saved card supplies its own VendurePayment.
import type { GraphqlClient } from './graphql.js';
import { unwrap } from './graphql.js';

export interface PaymentRequest {
  /** Vendure's order id (not the code), in state ArrangingPayment. */
  orderId: string;
  customerId: string;
  /** Our idempotency key: passed as the transaction id so the payment provider can deduplicate too. */
  idempotencyKey: string;
}

export interface VendurePayment {
  /** What the shopper hears as the payment method ("Visa ending in 4242"). */
  label(admin: GraphqlClient, customerId: string): Promise<string>;
  /** Pays the order so that it leaves ArrangingPayment; throws when it could not (the order stays unpaid and the
   * next attempt with the same key pays it). */
  pay(admin: GraphqlClient, request: PaymentRequest): Promise<void>;
}

export function manualPayment(methodCode: string): VendurePayment {
  let label: Promise<string> | undefined;
  return {
    label(admin) {
      label ??= admin.request<{ paymentMethods: { items: { name: string }[] } }>(
        `query ($code: String!) { paymentMethods(options: { filter: { code: { eq: $code } } }) { items { name } } }`, { code: methodCode },
      ).then((r) => r.paymentMethods.items[0]?.name ?? methodCode).catch((err) => {
        label = undefined;
        throw err;
      });
      return label;
    },
    async pay(admin, { orderId, idempotencyKey }) {
      const { addManualPaymentToOrder } = await admin.request<{ addManualPaymentToOrder: object }>(
        `mutation ($input: ManualPaymentInput!) { addManualPaymentToOrder(input: $input) {
          ... on Order { id } ... on ErrorResult { errorCode message } } }`,
        { input: { orderId, method: methodCode, transactionId: idempotencyKey, metadata: { channel: 'voice' } } });
      unwrap(addManualPaymentToOrder, 'addManualPaymentToOrder');
    },
  };
}
