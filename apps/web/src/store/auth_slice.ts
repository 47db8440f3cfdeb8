import type { AuthUser } from '@siaga/schema';
import type { StateCreator } from 'zustand';

/** Who uses the app: unknown until GET /api/auth/me answered. */
export type AuthState =
  | { status: 'unknown' }
  | { status: 'known'; user: AuthUser | null; anonymousRead: boolean };

/** An edit refused with 412: the dialog asks whether to reload or to apply the edit again on the current version. */
export interface PendingConflict {
  currentVersion: number | null;
  choose(choice: 'reload' | 'reapply' | 'cancel'): void;
}

export interface AuthSlice {
  auth: AuthState;
  /** The sign-in form, opened from the user menu or the read-only banner. */
  signInOpen: boolean;
  conflict: PendingConflict | null;
  setAuth(auth: AuthState): void;
  setSignInOpen(open: boolean): void;
  setConflict(conflict: PendingConflict | null): void;
}

export const createAuthSlice: StateCreator<AuthSlice, [], [], AuthSlice> = (set) => ({
  auth: { status: 'unknown' },
  signInOpen: false,
  conflict: null,
  setAuth: (auth) => set({ auth }),
  setSignInOpen: (signInOpen) => set({ signInOpen }),
  setConflict: (conflict) => set({ conflict }),
});

/** The signed-in user, or null (also while unknown). */
export function userOf(auth: AuthState): AuthUser | null {
  return auth.status === 'known' ? auth.user : null;
}

/** Nobody is signed in and the server does not let anonymous users read: only the sign-in form can help. */
export function signInRequired(auth: AuthState): boolean {
  return auth.status === 'known' && auth.user === null && !auth.anonymousRead;
}

/** Anonymous reading: the map is shown, writing needs a sign-in. */
export function readOnlyGuest(auth: AuthState): boolean {
  return auth.status === 'known' && auth.user === null && auth.anonymousRead;
}
