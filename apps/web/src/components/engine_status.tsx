import { fill, formatNumber } from '@siaga/i18n';
import { useI18n } from '../i18n/use_i18n.ts';
import { useAppState } from '../store/store_context.tsx';

/** The road network the Worker holds, with a reload button (graph.bin is asked for with its ETag). */
export function EngineStatus() {
  const { t, locale } = useI18n();
  const network = useAppState((s) => s.network);
  const context = useAppState((s) => s.context);
  const refresh = useAppState((s) => s.refreshNetwork);
  let text: string;
  switch (network.status) {
    case 'idle':
    case 'loading':
      text = t.engine.loading;
      break;
    case 'ready':
      text = fill(t.engine.ready, {
        nodes: formatNumber(locale, network.info.nodes),
        links: formatNumber(locale, network.info.links),
        version: network.info.version ?? t.engine.noVersion,
      });
      break;
    case 'error':
      text = fill(t.engine.error, { message: network.message });
      break;
    default:
      text = network satisfies never;
  }
  return (
    <div
      className="engine-status"
      data-network={network.status}
      data-context-ready={context.status === 'ready'}
    >
      <p role={network.status === 'error' ? 'alert' : undefined}>
        {network.status === 'loading' && <span className="spinner spinner--small" />} {text}
      </p>
      {network.status === 'ready' && context.status === 'error' && (
        <p role="alert">{fill(t.engine.contextError, { message: context.message })}</p>
      )}
      {network.status === 'ready' && (context.status === 'idle' || context.status === 'sending') && (
        <p>{t.engine.waitingData}</p>
      )}
      <button type="button" className="link-button" onClick={refresh} disabled={network.status === 'loading'}>
        {t.engine.refresh}
      </button>
    </div>
  );
}

/** "Computing…", the Worker's time for the last answer, or its error. */
export function AnswerStatus({
  status,
  ms,
  error,
  testId,
}: {
  status: 'idle' | 'loading' | 'ready' | 'error';
  ms: number | null;
  error: string | null;
  testId: string;
}) {
  const { t, locale } = useI18n();
  if (status === 'error' && error !== null) {
    return (
      <p className="answer-status answer-status--error" role="alert" data-testid={testId}>
        {fill(t.engine.failed, { message: error })}
      </p>
    );
  }
  return (
    <p className="answer-status" data-testid={testId} data-ms={ms ?? ''} data-status={status}>
      {status === 'loading' ? (
        <>
          <span className="spinner spinner--small" /> {t.engine.computing}
        </>
      ) : ms !== null ? (
        fill(t.engine.timing, { ms: formatNumber(locale, ms, 0) })
      ) : null}
    </p>
  );
}
