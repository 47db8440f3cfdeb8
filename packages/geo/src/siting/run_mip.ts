import type { Highs } from 'highs';
import type { SitingMip } from './covering_models.ts';

export type ExactStatus = 'optimal' | 'time_limit' | 'infeasible';

export interface MipProgress {
  /** Best objective found so far (the incumbent), null before the first. */
  objective: number | null;
  /** Best proven bound on the optimum. */
  bound: number | null;
  gap: number | null;
}

export interface MipResult {
  status: ExactStatus;
  /** Column values of the incumbent, null when there is none. */
  values: Float64Array | null;
  objective: number | null;
  bound: number | null;
}

/** |objective - bound| relative to the objective, as HiGHS reports it; 0 when both are 0. */
export function relativeGap(objective: number | null, bound: number | null): number | null {
  if (objective === null || bound === null) return null;
  const diff = Math.abs(objective - bound);
  if (diff <= 1e-9 * Math.max(1, Math.abs(objective))) return 0;
  return Math.abs(objective) < 1e-12 ? null : diff / Math.abs(objective);
}

const finite = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);

/**
 * Solves one siting MIP with HiGHS, warm-started from a selection (null: none), within a time limit, calling
 * `onProgress` with the incumbent and the proven bound as the branch and cut goes. The model is always disposed.
 */
export function runMip(
  highs: Highs,
  mip: SitingMip,
  start: ArrayLike<number> | null,
  timeLimitS: number,
  onProgress?: (progress: MipProgress) => void,
): MipResult {
  const model = highs.createModel(mip.model.toModelData(highs, mip.maximise));
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.01, timeLimitS),
      mip_rel_gap: 1e-7,
      mip_abs_gap: 1e-7,
    });
    if (start !== null) {
      try {
        model.setSolution({ colValue: mip.start(start) });
      } catch {
        // A start HiGHS refuses only costs the warm start; the search itself is unaffected.
      }
    }
    const report = (data: { mip_primal_bound?: number; mip_dual_bound?: number }) => {
      const objective = finite(data.mip_primal_bound);
      const bound = finite(data.mip_dual_bound);
      onProgress?.({ objective, bound, gap: relativeGap(objective, bound) });
    };
    const { callbackType, modelStatus } = highs.constants;
    model.run(
      onProgress === undefined
        ? {}
        : {
            [callbackType.mipImprovingSolution]: (e) => {
              report(e.data);
              return undefined;
            },
            [callbackType.mipLogging]: (e) => {
              report(e.data);
              return undefined;
            },
          },
    );
    const status = model.getModelStatus();
    if (status === modelStatus.infeasible) {
      return { status: 'infeasible', values: null, objective: null, bound: null };
    }
    const solution = model.getSolution();
    const hasValues = solution.colValue.length === mip.model.cost.length;
    const optimal = status === modelStatus.optimal;
    const objective = hasValues ? model.getObjectiveValue() : null;
    const bound = optimal ? objective : finite(Number(model.info.get('mip_dual_bound')));
    return {
      status: optimal ? 'optimal' : 'time_limit',
      values: hasValues ? Float64Array.from(solution.colValue) : null,
      objective,
      bound,
    };
  } finally {
    model.dispose();
  }
}
