import { useI18n } from '../i18n/use_i18n.ts';
import { ProfileId } from '../worker/protocol.ts';

/** The vehicle profile routes and coverage are computed for. */
export function ProfileSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: ProfileId;
  onChange: (profile: ProfileId) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(ProfileId.parse(e.currentTarget.value))}>
        {ProfileId.options.map((p) => (
          <option key={p} value={p}>
            {t.profiles[p]}
          </option>
        ))}
      </select>
    </label>
  );
}
