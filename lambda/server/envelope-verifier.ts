// Rejects bodies that are not Alexa request envelopes before the skill sees them, so they get a 400
// from the adapter's verification path instead of a 500 from dispatch.
import type { Verifier } from 'ask-sdk-express-adapter';

export class EnvelopeShapeVerifier implements Verifier {
  constructor(private readonly skillId?: string) {}

  async verify(body: string): Promise<void> {
    let envelope: { version?: unknown; request?: { type?: unknown; requestId?: unknown }; context?: { System?: { application?: { applicationId?: unknown } } }; session?: { application?: { applicationId?: unknown } } };
    try {
      envelope = JSON.parse(body);
    } catch {
      throw new Error('the body is not JSON');
    }
    if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) throw new Error('the body is not an Alexa request envelope');
    if (typeof envelope.version !== 'string') throw new Error('the envelope has no "version"');
    if (!envelope.request || typeof envelope.request.type !== 'string') throw new Error('the envelope has no "request.type"');
    if (typeof envelope.request.requestId !== 'string') throw new Error('the envelope has no "request.requestId"');
    if (this.skillId) {
      const id = envelope.context?.System?.application?.applicationId ?? envelope.session?.application?.applicationId;
      if (id !== this.skillId) throw new Error('the request is for another skill');
    }
  }
}
