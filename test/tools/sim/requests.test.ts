import { expect } from 'chai';
import type { IntentRequest, SessionEndedRequest } from 'ask-sdk-model';
import { toTurn as alexaTurn } from '../../../lambda/alexa/request.js';
import { toTurn as googleTurn } from '../../../lambda/google/request.js';
import {
  alexaTimestamp, intentRequest, launchRequest, newAlexaSessionId, sessionEndedRequest, type AlexaRequestOptions,
} from '../../../tools/sim/alexa-requests.js';
import { DialogflowContexts, newGoogleSessionPath, webhookRequest, type WebhookRequestOptions } from '../../../tools/sim/google-requests.js';
import type { Understanding } from '../../../tools/sim/nlu/types.js';
import { alexaModel, dialogflowAgent } from '../../../tools/sim/skill-models.js';

const NOW = new Date('2026-11-22T10:00:00Z');

function alexaOptions(overrides: Partial<AlexaRequestOptions> = {}): AlexaRequestOptions {
  return {
    caller: { applicationId: 'amzn1.ask.skill.test', userId: 'amzn1.ask.account.TEST', accessToken: 'token-de-1', locale: 'de-DE' },
    session: { sessionId: newAlexaSessionId(), isNew: false, attributes: { dialog: { misunderstandings: 1 } } },
    now: NOW,
    ...overrides,
  };
}

const reorder: Understanding = {
  intent: 'ReorderIntent',
  slots: {
    item: { value: 'kaffeebohnen', resolved: { id: 'COFFEE-BEANS', name: 'Kaffeebohnen' } },
    quantity: { value: 'drei', normalized: '3' },
  },
  confidence: 0.9,
};

describe('simulator: Alexa request envelopes', () => {
  it('builds a LaunchRequest with session, context, linked token, locale and the simulated time', () => {
    const options = alexaOptions({ session: { sessionId: 'amzn1.echo-api.session.S', isNew: true, attributes: {} } });
    const env = launchRequest(options);
    expect(env.version).to.equal('1.0');
    expect(env.session).to.deep.include({ new: true, sessionId: 'amzn1.echo-api.session.S', attributes: {} });
    expect(env.session!.user).to.deep.equal({ userId: 'amzn1.ask.account.TEST', accessToken: 'token-de-1' });
    expect(env.context.System.user.accessToken).to.equal('token-de-1');
    expect(env.context.System.application.applicationId).to.equal('amzn1.ask.skill.test');
    expect(env.request).to.deep.include({ type: 'LaunchRequest', locale: 'de-DE', timestamp: '2026-11-22T10:00:00Z' });
    expect(env.request.requestId).to.match(/^amzn1\.echo-api\.request\./);
  });

  it('gives every request its own id', () => {
    const ids = new Set(Array.from({ length: 20 }, () => launchRequest(alexaOptions()).request.requestId));
    expect(ids.size).to.equal(20);
  });

  it('leaves the token out for a shopper who has not linked', () => {
    const env = launchRequest(alexaOptions({ caller: { applicationId: 'a', userId: 'u', locale: 'en-US' } }));
    expect(env.context.System.user).to.not.have.property('accessToken');
    expect(env.session!.user).to.not.have.property('accessToken');
  });

  it('sends every declared slot: the spoken words with entity resolution for a custom type, the reading for a number', () => {
    const env = intentRequest({ ...alexaOptions(), understanding: reorder, declarations: alexaModel('de-DE').slots.get('ReorderIntent')! });
    const request = env.request as IntentRequest;
    expect(request.intent.name).to.equal('ReorderIntent');
    expect(request.intent.slots!.item).to.deep.include({ name: 'item', value: 'kaffeebohnen', confirmationStatus: 'NONE' });
    expect(request.intent.slots!.item.resolutions!.resolutionsPerAuthority![0]).to.deep.equal({
      authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.PRODUCT',
      status: { code: 'ER_SUCCESS_MATCH' },
      values: [{ value: { name: 'Kaffeebohnen', id: 'COFFEE-BEANS' } }],
    });
    expect(request.intent.slots!.quantity).to.deep.include({ name: 'quantity', value: '3' });
    expect(request.intent.slots!.quantity).to.not.have.property('resolutions');
  });

  it('says ER_SUCCESS_NO_MATCH for words that resolve to no value, and sends an unfilled slot empty', () => {
    const understanding: Understanding = { intent: 'ReorderIntent', slots: { item: { value: 'mondkuchen' } }, confidence: 0.8 };
    const request = intentRequest({ ...alexaOptions(), understanding, declarations: alexaModel('de-DE').slots.get('ReorderIntent')! }).request as IntentRequest;
    expect(request.intent.slots!.item.resolutions!.resolutionsPerAuthority![0].status.code).to.equal('ER_SUCCESS_NO_MATCH');
    expect(request.intent.slots!.quantity).to.deep.equal({ name: 'quantity', confirmationStatus: 'NONE' });
  });

  it('omits dialogState for an intent without a dialog model, and says COMPLETED for one with it', () => {
    const declarations = alexaModel('de-DE').slots.get('ReorderIntent')!;
    expect(intentRequest({ ...alexaOptions(), understanding: reorder, declarations }).request).to.not.have.property('dialogState');
    expect(intentRequest({ ...alexaOptions(), understanding: reorder, declarations, inDialogModel: true }).request).to.have.property('dialogState', 'COMPLETED');
  });

  it('ends a session with a SessionEndedRequest, reason USER_INITIATED', () => {
    const request = sessionEndedRequest(alexaOptions()).request as SessionEndedRequest;
    expect(request).to.deep.include({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
  });

  it('is read by the Alexa adapter as the turn the understanding meant', () => {
    const turn = alexaTurn(intentRequest({ ...alexaOptions(), understanding: reorder, declarations: alexaModel('de-DE').slots.get('ReorderIntent')! }));
    expect(turn).to.deep.include({ intent: 'ReorderIntent', locale: 'de-DE', newSession: false, kind: 'intent' });
    expect(turn.user).to.deep.equal({ accessToken: 'token-de-1', userId: 'amzn1.ask.account.TEST' });
    expect(turn.slots.item).to.deep.equal({ spoken: 'kaffeebohnen', resolved: ['Kaffeebohnen'] });
    expect(turn.slots.quantity).to.deep.equal({ spoken: '3' });
    expect(turn.state).to.deep.equal({ misunderstandings: 1 });
    expect(turn.now.toISOString()).to.equal(NOW.toISOString());
  });

  it('stamps whole seconds, as Alexa does', () => {
    expect(alexaTimestamp(new Date('2026-11-22T10:00:00.123Z'))).to.equal('2026-11-22T10:00:00Z');
  });
});

describe('simulator: Dialogflow webhook requests', () => {
  function googleOptions(overrides: Partial<WebhookRequestOptions> = {}): WebhookRequestOptions {
    const contexts = overrides.contexts ?? new DialogflowContexts();
    return {
      agent: dialogflowAgent('de-DE'),
      caller: { userId: 'google-user-de-1', accessToken: 'token-de-1', locale: 'de-DE' },
      session: 'projects/northwind-sim/agent/sessions/S1',
      contexts,
      active: contexts.beginQuery(),
      queryText: 'bestell drei kaffeebohnen',
      understanding: reorder,
      isNew: false,
      now: NOW,
      ...overrides,
    };
  }

  it('builds the ES v2 body: session path, query, language, intent, confidence and the Assistant payload', () => {
    const body = webhookRequest(googleOptions());
    expect(body.session).to.equal('projects/northwind-sim/agent/sessions/S1');
    expect(body.responseId).to.be.a('string').and.not.equal('');
    expect(body.queryResult).to.deep.include({ queryText: 'bestell drei kaffeebohnen', languageCode: 'de', intentDetectionConfidence: 0.9 });
    expect(body.queryResult.intent.displayName).to.equal('ReorderIntent');
    expect(body.originalDetectIntentRequest).to.deep.include({ source: 'google', version: '2' });
    const payload = body.originalDetectIntentRequest!.payload!;
    expect(payload.user).to.deep.include({ userId: 'google-user-de-1', accessToken: 'token-de-1', locale: 'de-DE' });
    expect(payload.timestamp).to.equal(NOW.toISOString());
    expect(payload.surface!.capabilities!.map((c) => c.name)).to.include('actions.capability.SCREEN_OUTPUT');
  });

  it('sends a number as a number and a product as the entity value it resolved to, with the words in "<name>.original"', () => {
    const body = webhookRequest(googleOptions());
    expect(body.queryResult.parameters).to.deep.equal({ item: 'Kaffeebohnen', otherItem: '', quantity: 3, otherQuantity: '' });
    const originals = body.queryResult.outputContexts!.find((c) => c.parameters?.['item.original'] !== undefined);
    expect(originals!.parameters).to.deep.include({ 'item.original': 'kaffeebohnen', 'quantity.original': 'drei' });
  });

  it('sends a voice code as a digit string and an unresolved product as the words', () => {
    const code = webhookRequest(googleOptions({ understanding: { intent: 'VoiceCodeIntent', slots: { code: { value: 'vier drei zwei eins', normalized: '4321' } }, confidence: 1 } }));
    expect(code.queryResult.parameters).to.deep.equal({ code: '4321' });
    const unknown = webhookRequest(googleOptions({ understanding: { intent: 'ReorderIntent', slots: { item: { value: 'mondkuchen' } }, confidence: 0.7 } }));
    expect(unknown.queryResult.parameters).to.deep.equal({ item: 'mondkuchen', otherItem: '', quantity: '', otherQuantity: '' });
  });

  it('names the launch and the fallback as Dialogflow does', () => {
    const welcome = webhookRequest(googleOptions({ understanding: { intent: 'LaunchRequest', slots: {}, confidence: 1 }, isNew: true }));
    expect(welcome.queryResult.intent.displayName).to.equal('Default Welcome Intent');
    expect(welcome.queryResult.queryText).to.equal('GOOGLE_ASSISTANT_WELCOME');
    const fallback = webhookRequest(googleOptions({ understanding: { intent: 'AMAZON.FallbackIntent', slots: {}, confidence: 0 } }));
    expect(fallback.queryResult.intent.displayName).to.equal('Default Fallback Intent');
  });

  it('uses the agent language "en" for en-GB and says the region in payload.user.locale', () => {
    const body = webhookRequest(googleOptions({
      agent: dialogflowAgent('en-GB'),
      caller: { userId: 'u', locale: 'en-GB' },
      understanding: { intent: 'OrderStatusIntent', slots: {}, confidence: 1 },
    }));
    expect(body.queryResult.languageCode).to.equal('en');
    expect(body.originalDetectIntentRequest!.payload!.user).to.deep.include({ locale: 'en-GB' });
    expect(body.originalDetectIntentRequest!.payload!.user).to.not.have.property('accessToken');
    expect(googleTurn(body).locale).to.equal('en-GB');
  });

  it('matches a yes to the follow-up intent while its context lives, as the agent does', () => {
    const contexts = new DialogflowContexts();
    const session = newGoogleSessionPath();
    webhookRequest(googleOptions({ session, contexts, active: contexts.beginQuery(), understanding: { intent: 'LastOrderIntent', slots: {}, confidence: 1 } }));
    const yes = webhookRequest(googleOptions({ session, contexts, active: contexts.beginQuery(), understanding: { intent: 'AMAZON.YesIntent', slots: {}, confidence: 1 } }));
    expect(yes.queryResult.intent.displayName).to.equal('LastOrderIntent - yes');
    expect(googleTurn(yes).intent).to.equal('AMAZON.YesIntent');
  });

  it('carries output contexts for their lifespan and drops one the webhook deletes', () => {
    const contexts = new DialogflowContexts();
    const session = 'projects/northwind-sim/agent/sessions/S2';
    contexts.applyResponse([{ name: `${session}/contexts/skill_dialog`, lifespanCount: 2, parameters: { state: '{}' } }]);
    expect(contexts.beginQuery().has('skill_dialog')).to.equal(true);
    expect(contexts.list()[0].lifespanCount).to.equal(1);
    expect(contexts.beginQuery().has('skill_dialog')).to.equal(true);
    expect(contexts.list()).to.deep.equal([]);
    contexts.applyResponse([{ name: `${session}/contexts/skill_dialog`, lifespanCount: 20 }]);
    contexts.applyResponse([{ name: `${session}/contexts/skill_dialog`, lifespanCount: 0 }]);
    expect(contexts.list()).to.deep.equal([]);
  });

  it('is read by the Dialogflow adapter as the turn the understanding meant', () => {
    const turn = googleTurn(webhookRequest(googleOptions()));
    expect(turn).to.deep.include({ intent: 'ReorderIntent', locale: 'de-DE', platform: 'google' });
    expect(turn.user).to.deep.equal({ accessToken: 'token-de-1', userId: 'google-user-de-1' });
    expect(turn.slots.item).to.deep.equal({ spoken: 'kaffeebohnen', resolved: ['Kaffeebohnen'] });
    expect(turn.slots.quantity).to.deep.equal({ spoken: '3' });
    expect(turn.now.toISOString()).to.equal(NOW.toISOString());
  });
});
