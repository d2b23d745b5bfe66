// What the Vendure connector takes from the environment and from merchant.json: a merchant who deploys against
// their own shop hears their own seller name and returns policy in each language, not a placeholder.
import { expect } from 'chai';
import { VendureCommerce, vendureConfigFromEnv } from '../../../lambda/commerce/vendure/connector.js';
import { parseMerchant } from '../../../lambda/merchant.js';
import merchantJson from '../../../merchant.json' with { type: 'json' };

const REQUIRED = {
  VENDURE_ADMIN_API_URL: 'https://shop.example/admin-api',
  VENDURE_SHOP_API_URL: 'https://shop.example/shop-api',
  VENDURE_ADMIN_USER: 'skill',
  VENDURE_ADMIN_PASSWORD: 'secret',
  VENDURE_PAYMENT_METHOD: 'card-on-file',
};

/** merchant.json with two locales of a shop of its own. */
const shop = parseMerchant({
  ...merchantJson,
  locales: {
    'en-GB': { ...merchantJson.locales['en-GB'], sellerName: 'Harbour Goods', returnsPolicy: 'Send it back within 14 days.' },
    'ja-JP': { ...merchantJson.locales['ja-JP'], sellerName: 'ハーバーグッズ', returnsPolicy: '14日以内にご返送ください。' },
  },
  support: { email: 'help@harbour.example', phone: '+44 20 7946 0000' },
});

describe('Vendure connector: configuration', () => {
  it('names each required variable that is missing', () => {
    for (const name of Object.keys(REQUIRED)) {
      const env = { ...REQUIRED, [name]: '' };
      expect(() => vendureConfigFromEnv(env, shop), name).to.throw(`SKILL_COMMERCE=vendure needs ${name}`);
    }
  });

  it('says the seller name and returns policy merchant.json gives per locale', async () => {
    const seller = await new VendureCommerce(vendureConfigFromEnv({ ...REQUIRED, VENDURE_DEFAULT_LOCALE: 'en-GB' }, shop)).seller();
    expect(seller.name).to.equal('Harbour Goods');
    expect(seller.names).to.deep.equal({ 'en-GB': 'Harbour Goods', 'ja-JP': 'ハーバーグッズ' });
    expect(seller.returnsPolicy).to.deep.equal({ 'en-GB': 'Send it back within 14 days.', 'ja-JP': '14日以内にご返送ください。' });
  });

  it('lets VENDURE_SELLER_NAME and VENDURE_RETURNS_POLICY set one text for every language', async () => {
    const env = { ...REQUIRED, VENDURE_SELLER_NAME: 'Harbor Goods', VENDURE_RETURNS_POLICY: 'Returns within 30 days.' };
    const seller = await new VendureCommerce(vendureConfigFromEnv(env, shop)).seller();
    expect(seller.name).to.equal('Harbor Goods');
    expect(seller.names).to.equal(undefined);
    expect(seller.returnsPolicy).to.deep.equal({ en: 'Returns within 30 days.' });
  });

  it('hands over to the support contact merchant.json names unless VENDURE_SUPPORT_CONTACT says otherwise', async () => {
    expect((await new VendureCommerce(vendureConfigFromEnv(REQUIRED, shop)).policies()).supportContact).to.equal('+44 20 7946 0000');
    const own = vendureConfigFromEnv({ ...REQUIRED, VENDURE_SUPPORT_CONTACT: 'harbour.example/help' }, shop);
    expect((await new VendureCommerce(own).policies()).supportContact).to.equal('harbour.example/help');
  });
});
