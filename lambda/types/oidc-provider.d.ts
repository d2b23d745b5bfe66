// The part of oidc-provider 9 the account-linking server uses (the package ships no types; @types/oidc-provider is
// not installed). Loose on purpose where oidc-provider's own objects pass through untouched.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface AdapterPayload { [key: string]: unknown }
  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface ClientMetadata { [key: string]: unknown; client_id: string }
  export interface Client { clientId: string; grantTypeAllowed(type: string): boolean }
  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId?: string };
    grantId?: string;
  }
  export interface Account { accountId: string; claims(use: string, scope: string): Promise<Record<string, unknown>> }
  export interface ErrorOut { error: string; error_description?: string }
  // oidc-provider hands its koa context to these hooks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Ctx = any;

  export interface Configuration {
    adapter?: new (name: string) => Adapter;
    clients?: ClientMetadata[];
    jwks?: { keys: unknown[] };
    cookies?: { keys: string[] };
    scopes?: string[];
    claims?: Record<string, unknown>;
    responseTypes?: string[];
    findAccount?: (ctx: Ctx, sub: string) => Promise<Account | undefined>;
    interactions?: { url: (ctx: Ctx, interaction: Interaction) => Promise<string> };
    features?: Record<string, unknown>;
    expiresWithSession?: (ctx: Ctx, source: unknown) => Promise<boolean>;
    issueRefreshToken?: (ctx: Ctx, client: Client, source: unknown) => Promise<boolean>;
    ttl?: Record<string, number>;
    renderError?: (ctx: Ctx, out: ErrorOut, error: Error) => Promise<void>;
    [key: string]: unknown;
  }

  export class Grant {
    constructor(init: { accountId: string; clientId: string });
    addResourceScope(resource: string, scope: string): void;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    proxy: boolean;
    Grant: typeof Grant & { find(id: string): Promise<Grant | undefined> };
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
