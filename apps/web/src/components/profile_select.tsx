import { RoutingProfile } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';

const Profile = RoutingProfile.unwrap();

/** The vehicle profile routes and coverage are computed for. */
export function ProfileSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: RoutingProfile;
  onChange: (profile: RoutingProfile) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(Profile.parse(e.currentTarget.value))}>
        {Profile.options.map((p) => (
          <option key={p} value={p}>
            {t.profiles[p]}
          </option>
        ))}
      </select>
    </label>
  );
}
