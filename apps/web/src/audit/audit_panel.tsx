import { AuditEntity } from '@siaga/schema';
import { useState } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import { userOf } from '../store/auth_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { AuditList } from './audit_list.tsx';
import { type AuditFilters, auditSearch, NO_FILTERS } from './audit_query.ts';

/** "Riwayat perubahan" of a period: filters, the entries, and the same selection as CSV. */
export function AuditPanel() {
  const { t } = useI18n();
  const signedIn = useAppState((s) => userOf(s.auth) !== null);
  const openSignIn = useAppState((s) => s.setSignInOpen);
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  if (!signedIn) {
    return (
      <section className="panel-section" data-testid="audit-panel">
        <h2>{t.audit.heading}</h2>
        <p className="muted">{t.audit.signInToSee}</p>
        <button type="button" onClick={() => openSignIn(true)}>
          {t.auth.signIn}
        </button>
      </section>
    );
  }
  const search = auditSearch(filters);
  const set = (change: Partial<AuditFilters>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <section className="panel-section" data-testid="audit-panel">
      <h2>{t.audit.heading}</h2>
      <form
        className="audit-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
        }}
      >
        <label className="field">
          <span>{t.audit.from}</span>
          <input
            type="date"
            value={draft.fromDate}
            onChange={(e) => set({ fromDate: e.currentTarget.value })}
          />
        </label>
        <label className="field">
          <span>{t.audit.to}</span>
          <input type="date" value={draft.toDate} onChange={(e) => set({ toDate: e.currentTarget.value })} />
        </label>
        <label className="field">
          <span>{t.audit.entity}</span>
          <select
            value={draft.entity}
            data-testid="audit-entity"
            onChange={(e) => {
              const v = AuditEntity.safeParse(e.currentTarget.value);
              set({ entity: v.success ? v.data : '' });
            }}
          >
            <option value="">{t.audit.anyEntity}</option>
            {AuditEntity.options.map((entity) => (
              <option key={entity} value={entity}>
                {t.enums.auditEntity[entity]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.audit.actor}</span>
          <input value={draft.actor} onChange={(e) => set({ actor: e.currentTarget.value })} />
        </label>
        <div className="button-row">
          <button type="submit" className="primary">
            {t.audit.show}
          </button>
          <a className="button-link" href={`/api/audit.csv${search === '' ? '' : `?${search}`}`} download>
            {t.audit.csv}
          </a>
        </div>
      </form>
      <AuditList key={search} search={search} showEntity />
    </section>
  );
}
