import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

/** A small mark in the header: live, or connecting / reconnecting; nothing while live updates are off. */
export function LiveStatusBadge() {
  const { t } = useI18n();
  const status = useAppState((s) => s.liveStatus);
  if (status === 'off') return null;
  const label =
    status === 'live' ? t.live.live : status === 'connecting' ? t.live.connecting : t.live.reconnecting;
  const title = status === 'live' ? t.live.liveTitle : t.live.reconnectingTitle;
  return (
    <span className="live-status" data-live-status={status} role="status" title={title}>
      <span className="live-status__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
