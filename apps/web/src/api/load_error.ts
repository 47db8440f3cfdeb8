import type { ErrorCode } from '@siaga/schema';

/** Why a dataset could not be loaded; each case gets its own message in the panel. */
export type LoadError =
  | { type: 'api'; status: number; code: ErrorCode; message: string }
  | { type: 'http'; status: number }
  | { type: 'unreachable'; message: string }
  | { type: 'invalid'; message: string };
