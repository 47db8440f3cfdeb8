import { LOCALES } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

export function LanguageSwitch() {
  const { t, locale } = useI18n();
  const setLocale = useAppState((s) => s.setLocale);
  return (
    <fieldset className="language-switch">
      <legend>{t.app.language}</legend>
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => setLocale(l)}>
          {t.app.languageNames[l]}
        </button>
      ))}
    </fieldset>
  );
}
