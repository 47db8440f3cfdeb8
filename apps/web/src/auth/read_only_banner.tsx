import { useI18n } from '../i18n/use_i18n.ts';
import { readOnlyGuest } from '../store/auth_slice.ts';
import { useAppState } from '../store/store_context.tsx';

/** Tells an anonymous reader that the data can be seen but not changed, with a way to sign in. */
export function ReadOnlyBanner() {
  const { t } = useI18n();
  const shown = useAppState((s) => readOnlyGuest(s.auth));
  const openSignIn = useAppState((s) => s.setSignInOpen);
  if (!shown) return null;
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <span>{t.auth.readOnly}</span>
      <button type="button" className="link-button" onClick={() => openSignIn(true)}>
        {t.auth.signIn}
      </button>
    </div>
  );
}
