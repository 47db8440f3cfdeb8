import type { Catalogue } from '@siaga/i18n';
import { catalogues, type Locale } from '@siaga/i18n';
import { useAppState } from '../store/store_context.tsx';

export function useI18n(): { t: Catalogue; locale: Locale } {
  const locale = useAppState((s) => s.locale);
  return { t: catalogues[locale], locale };
}
