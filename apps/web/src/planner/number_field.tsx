/** A number input that passes on only values within its range. */
export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max?: number;
  step?: number;
  testId: string;
  onChange(value: number): void;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => {
          const v = e.currentTarget.valueAsNumber;
          if (Number.isFinite(v) && v >= props.min && (props.max === undefined || v <= props.max))
            props.onChange(v);
        }}
      />
    </label>
  );
}
