import { isLocale, type Locale } from '@siaga/i18n';

export const LOCALE_STORAGE_KEY = 'siaga.locale';

/** `?lang=en` in the address wins, then the last choice on this device, then Bahasa Indonesia. */
export function initialLocale(search: string, stored: string | null): Locale {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(stored)) return stored;
  return 'id';
}
