import type { ApiClient } from '../api/api_client.ts';
import { ApiError } from '../api/api_error.ts';
import type { AppStore } from '../store/app_store.ts';

/** Asks the server who is signed in; an unreachable server leaves the state unknown (the data load says why). */
export async function refreshSession(store: AppStore, api: Pick<ApiClient, 'me'>): Promise<void> {
  try {
    const me = await api.me();
    store.getState().setAuth({ status: 'known', user: me.user, anonymousRead: me.anonymousRead });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
  }
}

/** Signs in; the caller shows a refusal (wrong password, rate limit) from the thrown ApiError. */
export async function signIn(
  store: AppStore,
  api: Pick<ApiClient, 'signIn'>,
  name: string,
  password: string,
): Promise<void> {
  const answer = await api.signIn(name, password);
  const auth = store.getState().auth;
  const anonymousRead = auth.status === 'known' ? auth.anonymousRead : false;
  store.getState().setAuth({ status: 'known', user: answer.user, anonymousRead });
  store.getState().setSignInOpen(false);
}

/** Signs out and asks the server again, so the app knows whether it may still read anonymously. */
export async function signOut(store: AppStore, api: Pick<ApiClient, 'signOut' | 'me'>): Promise<void> {
  try {
    await api.signOut();
  } catch (e) {
    // An expired session is as good as signed out.
    if (!(e instanceof ApiError && e.problem.kind === 'sign_in_needed')) throw e;
  }
  await refreshSession(store, api);
}
