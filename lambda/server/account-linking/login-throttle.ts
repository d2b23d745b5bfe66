// Slows password guessing on the account-linking login page. Failed sign-ins are counted per e-mail address and per
// client address within a sliding window; past the limit, further attempts are refused (429, Retry-After) without
// asking the shop, until the oldest counted failure leaves the window. A success clears the address's count.
// Counts live in this process (one server, or per instance behind a balancer): a brake on guessing, not an audit.

export interface LoginThrottleOptions {
  /** Failures one e-mail address may have within the window. */
  perAccount: number;
  /** Failures one client address may have within the window (higher: households and offices share addresses). */
  perClient: number;
  windowMs: number;
  /** Keys remembered at most; the oldest are forgotten first, so a flood of addresses cannot exhaust memory. */
  maxKeys: number;
  now: () => number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  perAccount: 5, perClient: 20, windowMs: 15 * 60_000, maxKeys: 10_000, now: Date.now,
};

export interface LoginAttempt {
  email: string;
  client: string;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly options: LoginThrottleOptions;

  constructor(options: Partial<LoginThrottleOptions> = {}) {
    this.options = { ...DEFAULT_LOGIN_THROTTLE, ...options };
  }

  /** Milliseconds until this attempt may be tried; 0 when it may be tried now. */
  waitMs(attempt: LoginAttempt): number {
    const now = this.options.now();
    return Math.max(0, ...this.keys(attempt).map(([key, limit]) => {
      const recent = this.recent(key, now);
      return recent.length >= limit ? recent[recent.length - limit] + this.options.windowMs - now : 0;
    }));
  }

  failed(attempt: LoginAttempt): void {
    const now = this.options.now();
    for (const [key] of this.keys(attempt)) {
      const recent = this.recent(key, now);
      this.failures.delete(key); // re-inserted last: Map order is then least recently failed first
      this.failures.set(key, [...recent, now]);
    }
    while (this.failures.size > this.options.maxKeys) this.failures.delete(this.failures.keys().next().value!);
  }

  succeeded(attempt: LoginAttempt): void {
    this.failures.delete(accountKey(attempt.email));
  }

  private keys(attempt: LoginAttempt): [string, number][] {
    const keys: [string, number][] = [[`client:${attempt.client}`, this.options.perClient]];
    if (attempt.email) keys.push([accountKey(attempt.email), this.options.perAccount]);
    return keys;
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.options.windowMs);
  }
}

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
