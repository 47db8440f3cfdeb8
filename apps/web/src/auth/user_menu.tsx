import { fill } from '@siaga/i18n';
import { useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { signOut } from './session.ts';

/** The header's user corner: who is signed in and in which role, with Keluar; or Masuk when nobody is. */
export function UserMenu({ onSignedOut }: { onSignedOut(): void }) {
  const { t } = useI18n();
  const store = useAppStoreApi();
  const api = useApi();
  const auth = useAppState((s) => s.auth);
  const openSignIn = useAppState((s) => s.setSignInOpen);
  const [busy, setBusy] = useState(false);
  if (auth.status !== 'known') return null;
  const user = auth.user;
  if (user === null) {
    return (
      <div className="user-menu" data-testid="user-menu">
        <button type="button" className="user-menu__sign-in" onClick={() => openSignIn(true)}>
          {t.auth.signIn}
        </button>
      </div>
    );
  }
  const role = t.enums.role[user.role];
  return (
    <section className="user-menu" data-testid="user-menu" aria-label={t.auth.userMenu}>
      <span className="user-menu__who" title={fill(t.auth.signedInAs, { name: user.name, role })}>
        <strong>{user.name}</strong>
        <small data-testid="user-role">{role}</small>
      </span>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          signOut(store, api)
            .then(onSignedOut)
            .catch((e: unknown) => console.error('sign-out:', e))
            .finally(() => setBusy(false));
        }}
      >
        {t.auth.signOut}
      </button>
    </section>
  );
}
