// The login page's brake on password guessing, on a clock the test moves.
import { expect } from 'chai';
import { LoginThrottle } from '../../../lambda/server/account-linking/login-throttle.js';

const MINUTE = 60_000;

function throttleAt(start = 0, options: ConstructorParameters<typeof LoginThrottle>[0] = {}) {
  const clock = { now: start };
  return { clock, throttle: new LoginThrottle({ perAccount: 3, perClient: 5, windowMs: 15 * MINUTE, now: () => clock.now, ...options }) };
}

describe('account linking: login throttle', () => {
  it('lets an account try until its third failure, then asks it to wait until the oldest failure leaves the window', () => {
    const { clock, throttle } = throttleAt();
    const attempt = { email: 'emily@example.com', client: '192.0.2.1' };
    for (let i = 0; i < 3; i++) {
      expect(throttle.waitMs(attempt)).to.equal(0);
      throttle.failed(attempt);
      clock.now += MINUTE;
    }
    expect(throttle.waitMs(attempt)).to.equal(12 * MINUTE);
    clock.now += 12 * MINUTE;
    expect(throttle.waitMs(attempt)).to.equal(0);
  });

  it('counts the account by its address, whatever the case or spaces', () => {
    const { throttle } = throttleAt();
    for (const email of ['Emily@Example.com', ' emily@example.com', 'EMILY@EXAMPLE.COM']) throttle.failed({ email, client: `192.0.2.${email.length}` });
    expect(throttle.waitMs({ email: 'emily@example.com', client: '198.51.100.7' })).to.be.greaterThan(0);
  });

  it('stops one client trying many accounts, and no other client', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 5; i++) throttle.failed({ email: `shopper${i}@example.com`, client: '192.0.2.1' });
    expect(throttle.waitMs({ email: 'someone@example.com', client: '192.0.2.1' })).to.be.greaterThan(0);
    expect(throttle.waitMs({ email: 'someone@example.com', client: '192.0.2.2' })).to.equal(0);
  });

  it('forgets an account\'s failures when it signs in', () => {
    const { throttle } = throttleAt();
    const attempt = { email: 'emily@example.com', client: '192.0.2.1' };
    throttle.failed(attempt);
    throttle.failed(attempt);
    throttle.succeeded(attempt);
    throttle.failed(attempt);
    expect(throttle.waitMs(attempt)).to.equal(0);
  });

  it('remembers a bounded number of keys, forgetting the least recently failed first', () => {
    const { throttle } = throttleAt(0, { perAccount: 1, perClient: 1000, maxKeys: 4 });
    throttle.failed({ email: 'first@example.com', client: 'c' });
    for (let i = 0; i < 3; i++) throttle.failed({ email: `other${i}@example.com`, client: 'c' });
    expect(throttle.waitMs({ email: 'first@example.com', client: 'd' })).to.equal(0);
    expect(throttle.waitMs({ email: 'other2@example.com', client: 'd' })).to.be.greaterThan(0);
  });
});
