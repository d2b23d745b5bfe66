// The account-linking login page: one small HTML form, in the shopper's language (Accept-Language), texts from
// locales/<lang>/linking.json. Every value is HTML-escaped; the page loads no script and no third-party resource.
import i18next, { type TFunction } from 'i18next';
import en from '../../../locales/en/linking.json' with { type: 'json' };
import de from '../../../locales/de/linking.json' with { type: 'json' };
import it from '../../../locales/it/linking.json' with { type: 'json' };
import ja from '../../../locales/ja/linking.json' with { type: 'json' };
import zh from '../../../locales/zh/linking.json' with { type: 'json' };

export const LINKING_LANGUAGES = ['en', 'de', 'it', 'ja', 'zh'] as const;
export type LinkingLanguage = typeof LINKING_LANGUAGES[number];

const texts = i18next.createInstance();
void texts.init({
  resources: { en: { linking: en }, de: { linking: de }, it: { linking: it }, ja: { linking: ja }, zh: { linking: zh } },
  ns: ['linking'], defaultNS: 'linking', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: true }, showSupportNotice: false,
} as Parameters<typeof texts.init>[0]);

/** The first supported language of an Accept-Language header ("de-DE,de;q=0.9,en;q=0.8"), English otherwise. */
export function pickLanguage(acceptLanguage: string | undefined): LinkingLanguage {
  const wanted = (acceptLanguage ?? '').split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: tag.split('-')[0].toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((w) => w.lang && !Number.isNaN(w.q))
    .sort((a, b) => b.q - a.q);
  return (wanted.map((w) => w.lang).find((l) => (LINKING_LANGUAGES as readonly string[]).includes(l)) ?? 'en') as LinkingLanguage;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface LoginPage {
  lang: LinkingLanguage;
  seller: string;
  action: string;
  email?: string;
  /** A message key of linking.json shown above the form ("wrong", "unavailable", "expired", "tooMany"). */
  error?: 'wrong' | 'unavailable' | 'expired' | 'tooMany';
  /** For "tooMany": minutes until the next try. */
  minutes?: number;
}

export function loginPage({ lang, seller, action, email = '', error, minutes = 1 }: LoginPage): string {
  const t: TFunction = texts.getFixedT(lang);
  const title = t('title', { seller });
  const form = error === 'expired' ? '' : `
  <form method="post" action="${escapeHtml(action)}">
    <label>${t('email')}<input type="email" name="email" autocomplete="username" required value="${escapeHtml(email)}"></label>
    <label>${t('password')}<input type="password" name="password" autocomplete="current-password" required></label>
    <button type="submit">${t('submit')}</button>
  </form>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 26rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
    label { display: block; margin: 1rem 0; } input { display: block; width: 100%; padding: .5rem; font: inherit; box-sizing: border-box; }
    button { padding: .6rem 1.2rem; font: inherit; } .error { color: #a00; }
  </style>
</head>
<body>
  <h1>${title}</h1>
  <p>${t('intro', { seller })}</p>
  ${error ? `<p class="error" role="alert">${t(error, { count: minutes })}</p>` : ''}${form}
</body>
</html>
`;
}
