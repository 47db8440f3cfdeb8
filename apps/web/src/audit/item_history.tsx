import { useState } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import type { Selection } from '../selection.ts';
import { userOf } from '../store/auth_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { auditKeyOf } from './audit_entity.ts';
import { AuditList } from './audit_list.tsx';
import { auditSearch, NO_FILTERS } from './audit_query.ts';

/** "Riwayat perubahan" of the selected feature, for signed-in users; asked for only once opened. */
export function ItemHistory({ selection }: { selection: Selection }) {
  const { t } = useI18n();
  const signedIn = useAppState((s) => userOf(s.auth) !== null);
  const [open, setOpen] = useState(false);
  const key = auditKeyOf(selection);
  // A change made elsewhere (live updates) asks for the history again.
  const tick = useAppState((s) => s.liveTick[key.entity] ?? 0);
  if (!signedIn) return null;
  const search = auditSearch({ ...NO_FILTERS, ...key });
  return (
    <details
      className="item-history"
      data-testid="item-history"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t.audit.heading}</summary>
      {open && <AuditList key={`${search} ${tick}`} search={search} showEntity={false} />}
    </details>
  );
}
