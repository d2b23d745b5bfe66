// A small GraphQL client for Vendure's Admin and Shop APIs: bearer-token sessions, a timeout on every call (AbortSignal),
// and every failure (network, timeout, HTTP error, GraphQL error) turned into one error type the connector maps.

export class VendureError extends Error {
  constructor(message: string, readonly code?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VendureError';
  }
}

export interface GraphqlOptions {
  url: string;
  timeoutMs: number;
  /** Logs in and returns a session token; called again once when the API answers FORBIDDEN (session expired). */
  login?: (client: GraphqlClient) => Promise<string>;
}

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class GraphqlClient {
  private token?: string;
  private loggingIn?: Promise<string>;

  constructor(private readonly options: GraphqlOptions) {}

  /** Sends without the session (the login mutation itself, the Shop API as a guest). Returns data and the token header. */
  async raw<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data: T; token?: string }> {
    let res: Response;
    try {
      res = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new VendureError(timedOut ? `no answer within ${this.options.timeoutMs} ms` : `cannot reach ${this.options.url}`, timedOut ? 'TIMEOUT' : 'NETWORK', { cause: err });
    }
    let body: GraphqlResponse<T>;
    try {
      body = await res.json() as GraphqlResponse<T>;
    } catch (err) {
      throw new VendureError(`HTTP ${res.status} without a GraphQL body`, 'HTTP', { cause: err });
    }
    if (body.errors?.length) {
      const [first] = body.errors;
      throw new VendureError(first.message, first.extensions?.code);
    }
    if (!res.ok || !body.data) throw new VendureError(`HTTP ${res.status}`, 'HTTP');
    return { data: body.data, token: res.headers.get('vendure-auth-token') ?? undefined };
  }

  /** Sends with the session, logging in first and once more if the session has expired. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    if (!this.options.login) return (await this.raw<T>(query, variables)).data;
    const token = this.token ?? (await this.session());
    try {
      return (await this.raw<T>(query, variables, token)).data;
    } catch (err) {
      if (!(err instanceof VendureError) || err.code !== 'FORBIDDEN') throw err;
      this.token = undefined;
      return (await this.raw<T>(query, variables, await this.session())).data;
    }
  }

  private session(): Promise<string> {
    // Concurrent first calls share one login.
    this.loggingIn ??= this.options.login!(this).then((token) => {
      this.token = token;
      return token;
    }).finally(() => {
      this.loggingIn = undefined;
    });
    return this.loggingIn;
  }
}

/** Vendure's mutations answer errors as result unions (`... on ErrorResult`): this throws them. */
export function unwrap<T extends object>(result: T | { errorCode: string; message: string }, what: string): T {
  if (result && 'errorCode' in result) throw new VendureError(`${what}: ${result.message}`, result.errorCode);
  return result as T;
}

/** Logs a Vendure administrator in through the Admin API (`login` mutation, bearer token in the header). */
export function adminLogin(username: string, password: string): (client: GraphqlClient) => Promise<string> {
  return async (client) => {
    const { data, token } = await client.raw<{ login: { id?: string; errorCode?: string; message?: string } }>(
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) {
        ... on CurrentUser { id } ... on ErrorResult { errorCode message } } }`, { u: username, p: password });
    if (data.login.errorCode || !token) throw new VendureError(`admin login failed: ${data.login.message ?? 'no token'}`, data.login.errorCode ?? 'LOGIN');
    return token;
  };
}
