/** How the lab drives a client (`client.driven`, as the lab wrote it), in a page's locale. */
import type { Locale } from '../i18n/localePaths.ts';
import { translatedText, type TextTranslation } from '../i18n/textTranslation.ts';
import type { ClientId } from './clientIds.ts';
import { KO_CLIENT_METHOD_TEXT } from './ko/clientMethodText.ts';

/** A locale's descriptions of how the lab drives each client. */
export type ClientMethodTranslations = Readonly<Record<ClientId, TextTranslation<'driven'>>>;

/** Each translated locale's descriptions. */
export const CLIENT_METHOD_TRANSLATIONS: Record<Exclude<Locale, 'en'>, ClientMethodTranslations> = {
  ko: KO_CLIENT_METHOD_TEXT,
};

/** How the lab drives `client`, in `locale` (English, as measured, where the translation is stale or missing). */
export function clientMethod(client: { id: ClientId; driven: string }, locale: Locale): string {
  if (locale === 'en') return client.driven;
  const english = { driven: client.driven };
  return translatedText(`${locale} client ${client.id}`, english, CLIENT_METHOD_TRANSLATIONS[locale][client.id]).driven;
}
