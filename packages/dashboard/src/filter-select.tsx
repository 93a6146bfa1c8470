/**
 * A labelled `<select>` filter for a list toolbar. With `allLabel` it offers an extra first option
 * whose value is `''` (no filter).
 */
export function FilterSelect<Value extends string>({
  label,
  value,
  options,
  onChange,
  allLabel,
  disabled,
}: {
  label: string;
  value: Value | '';
  options: readonly Value[];
  onChange: (value: Value | '') => void;
  allLabel?: string;
  disabled?: boolean;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value as Value | '')} disabled={disabled}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </label>
  );
}
