import type { Highs, ModelData } from 'highs';

/**
 * A small sparse builder for HiGHS: columns with cost, bounds and integrality, rows as sparse sums with bounds,
 * handed over in CSR form.
 */
export class LinearModel {
  readonly cost: number[] = [];
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  readonly integer: number[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];
  offset = 0;

  /** Adds a column and returns its index. */
  column(cost: number, lower: number, upper: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  /** Adds lower <= sum(values[k] * x[columns[k]]) <= upper. */
  row(columns: readonly number[], values: readonly number[], lower: number, upper: number): void {
    this.indices.push(...columns);
    this.values.push(...values);
    this.starts.push(this.indices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
  }

  toModelData(highs: Highs, maximise: boolean): ModelData {
    const numCols = this.cost.length;
    const numRows = this.rowLower.length;
    const inf = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
    return {
      numCols,
      numRows,
      sense: maximise ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
      offset: this.offset,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower, inf),
      colUpper: Float64Array.from(this.upper, inf),
      rowLower: Float64Array.from(this.rowLower, inf),
      rowUpper: Float64Array.from(this.rowUpper, inf),
      matrix: {
        format: 'csr',
        numRows,
        numCols,
        starts: Int32Array.from(this.starts),
        indices: Int32Array.from(this.indices),
        values: Float64Array.from(this.values),
      },
      integrality: Int32Array.from(this.integer),
    };
  }
}
