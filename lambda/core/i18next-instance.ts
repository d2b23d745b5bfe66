// One way to build an i18next instance for a set of resources: the spoken prompts (core/i18n.ts) and the e-mail
// texts (mail/texts.ts) each keep their own, so that SSML escaping and HTML escaping never meet. Built on first
// use, synchronously; en-GB falls back to en, everything else to en.
import i18next, { type i18n, type Resource } from 'i18next';

export function lazyI18next(resources: Resource, namespace?: string): () => i18n {
  let shared: i18n | undefined;
  return () => {
    if (!shared) {
      shared = i18next.createInstance();
      void shared.init({
        resources,
        ...(namespace ? { ns: [namespace], defaultNS: namespace } : {}),
        fallbackLng: { 'en-GB': ['en'], default: ['en'] },
        initAsync: false,
        returnNull: false,
        // Escaping is the caller's: SSML for prompts (with already-safe fragments told apart), HTML for e-mails.
        interpolation: { escapeValue: false },
        showSupportNotice: false,
      } as Parameters<i18n['init']>[0]);
    }
    return shared;
  };
}
