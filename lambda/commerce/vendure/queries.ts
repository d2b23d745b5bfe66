// The GraphQL the connector sends. Requires two custom fields on the shop (README "Connect your shop"):
// Order.idempotencyKey (string, unique) and Fulfillment.eta (string, YYYY-MM-DD).

export const ORDER_FIELDS = `
  id code state orderPlacedAt currencyCode
  customer { id }
  lines { quantity orderPlacedQuantity unitPriceWithTax productVariant { sku name } }
  shippingWithTax
  shippingLines { shippingMethod { name } }
  fulfillments { state method trackingCode updatedAt customFields { eta } }
  customFields { idempotencyKey }`;

/** The customer with the optional custom fields the shop has (VENDURE_CUSTOMER_FIELDS). */
export const customerQuery = (fields: string[]) => `query ($id: ID!) { customer(id: $id) {
  id firstName lastName emailAddress ${fields.length ? `customFields { ${fields.join(' ')} }` : ''}
  addresses { fullName streetLine1 streetLine2 city province postalCode phoneNumber country { code } defaultShippingAddress }
} }`;

export const CUSTOMER_ORDERS = `query ($id: ID!, $options: OrderListOptions) { customer(id: $id) { id orders(options: $options) {
  items { ${ORDER_FIELDS} } } } }`;

export const ORDERS = `query ($options: OrderListOptions) { orders(options: $options) { items { ${ORDER_FIELDS} } } }`;

export const CHANNEL = `{ activeChannel { code defaultCurrencyCode pricesIncludeTax } }`;

export const VARIANTS = `query ($skus: [String!]!) { productVariants(options: { filter: { sku: { in: $skus } }, take: 100 }) {
  items { id sku name enabled price priceWithTax currencyCode stockOnHand stockAllocated trackInventory outOfStockThreshold
    product { enabled } translations { languageCode name } } } }`;

const RESULT = (type: string) => `... on ${type} { id } ... on ErrorResult { errorCode message }`;

export const CREATE_DRAFT = `mutation { createDraftOrder { id } }`;
export const SET_KEY = `mutation ($id: ID!, $key: String!) { setOrderCustomFields(input: { id: $id, customFields: { idempotencyKey: $key } }) { id } }`;
export const SET_CUSTOMER = `mutation ($o: ID!, $c: ID!) { setCustomerForDraftOrder(orderId: $o, customerId: $c) { ${RESULT('Order')} } }`;
export const ADD_ITEM = `mutation ($o: ID!, $input: AddItemToDraftOrderInput!) { addItemToDraftOrder(orderId: $o, input: $input) { ${RESULT('Order')} } }`;
export const SET_SHIPPING_ADDRESS = `mutation ($o: ID!, $input: CreateAddressInput!) { setDraftOrderShippingAddress(orderId: $o, input: $input) { id } }`;
export const SET_BILLING_ADDRESS = `mutation ($o: ID!, $input: CreateAddressInput!) { setDraftOrderBillingAddress(orderId: $o, input: $input) { id } }`;
export const SHIPPING_METHODS = `query ($o: ID!) { eligibleShippingMethodsForDraftOrder(orderId: $o) { id code priceWithTax } }`;
export const SET_SHIPPING_METHOD = `mutation ($o: ID!, $m: ID!) { setDraftOrderShippingMethod(orderId: $o, shippingMethodId: $m) { ${RESULT('Order')} } }`;
export const TRANSITION = `mutation ($o: ID!, $s: String!) { transitionOrderToState(id: $o, state: $s) { ${RESULT('Order')} } }`;
export const DELETE_DRAFT = `mutation ($o: ID!) { deleteDraftOrder(orderId: $o) { result message } }`;
export const CANCEL = `mutation ($input: CancelOrderInput!) { cancelOrder(input: $input) { ${RESULT('Order')} } }`;
/** An order's payments and what has been refunded of each (refunds of state Failed returned nothing). */
export const ORDER_PAYMENTS = `query ($id: ID!) { order(id: $id) { payments { id state amount refunds { total state } } } }`;
export const REFUND = `mutation ($input: RefundOrderInput!) { refundOrder(input: $input) { ... on Refund { id state } ... on ErrorResult { errorCode message } } }`;
