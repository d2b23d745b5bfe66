// Vendure counts money in integer minor units. Its DefaultMoneyStrategy has a precision of 2 for every currency
// (JPY included: 1200 yen is 120000), so the connector divides by 10^precision, not by the currency's own digits.
export const VENDURE_MONEY_PRECISION = 2;

export function fromMinor(amount: number, precision = VENDURE_MONEY_PRECISION): number {
  return Math.round(amount) / 10 ** precision;
}
