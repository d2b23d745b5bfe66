// The deployment's rules read from the environment.
import { expect } from 'chai';
import { ConfigError } from '../lambda/store/open.js';
import { policyFromEnv } from '../lambda/runtime.js';

describe('policy from the environment', () => {
  it('allows five orders an hour when SKILL_PURCHASE_LIMIT_PER_HOUR is unset', () => {
    expect(policyFromEnv({}).purchaseLimitPerHour).to.equal(5);
  });

  it('takes SKILL_PURCHASE_LIMIT_PER_HOUR as a whole number', () => {
    expect(policyFromEnv({ SKILL_PURCHASE_LIMIT_PER_HOUR: ' 12 ' }).purchaseLimitPerHour).to.equal(12);
  });

  for (const bad of ['0', '-1', '2.5', 'many']) {
    it(`refuses SKILL_PURCHASE_LIMIT_PER_HOUR=${bad} with a message naming it`, () => {
      expect(() => policyFromEnv({ SKILL_PURCHASE_LIMIT_PER_HOUR: bad })).to.throw(ConfigError, 'SKILL_PURCHASE_LIMIT_PER_HOUR');
    });
  }
});
