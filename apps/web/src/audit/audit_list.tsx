import { fill } from '@siaga/i18n';
import { ApiError } from '../api/api_error.ts';
import { describeApiError } from '../api/describe_api_error.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { AuditEntryView } from './audit_entry_view.tsx';
import { useAuditEntries } from './use_audit_entries.ts';

const PAGE = 25;

/** The entries of one audit query, newest first, with "load more"; give it `key={search}`. */
export function AuditList({ search, showEntity }: { search: string; showEntity: boolean }) {
  const { t } = useI18n();
  const { state, more } = useAuditEntries(search, PAGE);
  if (state.status === 'idle') return null;
  const { entries } = state;
  return (
    <div className="audit-list" data-testid="audit-list" data-status={state.status}>
      {state.status === 'error' && (
        <p className="field__error" role="alert">
          {fill(t.audit.failed, {
            message: state.error instanceof ApiError ? describeApiError(t, state.error) : state.error.message,
          })}
        </p>
      )}
      {state.status === 'ready' && entries.length === 0 && <p className="muted">{t.audit.none}</p>}
      {entries.length > 0 && (
        <ol className="audit-list__entries">
          {entries.map((e) => (
            <AuditEntryView key={e.id} entry={e} showEntity={showEntity} />
          ))}
        </ol>
      )}
      {state.status === 'loading' && (
        <p className="muted">
          <span className="spinner spinner--small" /> {t.audit.loading}
        </p>
      )}
      {state.status === 'ready' && state.hasMore && (
        <button type="button" className="link-button" onClick={more}>
          {t.audit.more}
        </button>
      )}
    </div>
  );
}
