import { expect } from 'chai';
import { memoryStore, shopperOn } from '../support/fake-platform.js';
import { demoSeedData } from '../../lambda/store/open.js';

describe('smoke', () => {
  it('runs a demo conversation', async () => {
    const store = memoryStore(demoSeedData());
    const s = shopperOn(store, { accessToken: 'token-us-1' });
    for (const [i, slots] of [['LaunchRequest', {}], ['OrderStatusIntent', {}], ['OrderStatusIntent', { item: 'desk lamp' }], ['LastOrderIntent', {}], ['ReorderIntent', {}], ['ChangeQuantityIntent', { quantity: '3', item: 'the oat milk' }], ['RemoveItemIntent', { item: 'decaf' }], ['ReorderIntent', { item: 'tooth brush heads and paper towel', quantity: '2' }], ['AMAZON.YesIntent', {}], ['CancelOrderIntent', {}], ['AMAZON.YesIntent', {}], ['ReorderIntent', { item: 'the coffee' }], ['ReorderIntent', { item: 'decaf' }], ['AMAZON.FallbackIntent', {}], ['AMAZON.FallbackIntent', {}], ['AMAZON.YesIntent', {}]] as const) {
      if (i === 'LaunchRequest') await s.opens(); else await s.says(i, slots as Record<string, string>);
      console.log(`> ${i} ${JSON.stringify(slots)}\n  ${s.speech} ${s.ended ? '[end]' : ''}`);
    }
    expect(s.speech).to.be.a('string');
  });
});
