import { useAppState } from '../store/store_context.tsx';
import type { Catalogue } from './id.ts';
import { catalogues, type Locale } from './locale.ts';

export function useI18n(): { t: Catalogue; locale: Locale } {
  const locale = useAppState((s) => s.locale);
  return { t: catalogues[locale], locale };
}
