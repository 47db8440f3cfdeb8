import { fill } from '@siaga/i18n';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { ApiError } from '../api/api_error.ts';
import { describeApiError } from '../api/describe_api_error.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { signInRequired } from '../store/auth_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { signIn } from './session.ts';

/**
 * The sign-in form: opened from the header or the read-only banner, and shown without a way out when the
 * server does not let anonymous users read.
 */
export function SignInDialog({ onSignedIn }: { onSignedIn(): void }) {
  const { t } = useI18n();
  const store = useAppStoreApi();
  const api = useApi();
  const open = useAppState((s) => s.signInOpen);
  const required = useAppState((s) => signInRequired(s.auth));
  const close = useAppState((s) => s.setSignInOpen);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const shown = open || required;

  useEffect(() => {
    if (!shown) return;
    nameField.current?.focus();
    if (required) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown, required, close]);

  if (!shown) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    signIn(store, api, name.trim(), password)
      .then(() => {
        setPassword('');
        onSignedIn();
      })
      .catch((err: unknown) => {
        if (!(err instanceof ApiError)) setError(fill(t.auth.failed, { message: String(err) }));
        // One message for an unknown name and a wrong password, as the server gives.
        else if (err.problem.kind === 'sign_in_needed') setError(t.auth.wrongCredentials);
        else setError(describeApiError(t, err));
      })
      .finally(() => setBusy(false));
  };

  return (
    <div className="modal-backdrop">
      <form
        className="modal sign-in"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sign-in-heading"
        data-testid="sign-in"
        onSubmit={submit}
      >
        <h2 id="sign-in-heading">{t.auth.heading}</h2>
        {required && <p>{t.auth.required}</p>}
        <label className="field">
          <span>{t.auth.name}</span>
          <input
            ref={nameField}
            name="username"
            autoComplete="username"
            required
            value={name}
            data-testid="sign-in-name"
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label className="field">
          <span>{t.auth.password}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            data-testid="sign-in-password"
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        {error && (
          <p className="field__error" role="alert" data-testid="sign-in-error">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t.auth.submitting : t.auth.submit}
          </button>
          {!required && (
            <button type="button" onClick={() => close(false)}>
              {t.auth.cancel}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
