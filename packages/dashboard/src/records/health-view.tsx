import { ErrorNotice, Loading } from '../status-notices.js';
import { useResource } from '../use-resource.js';

/** The server's liveness and the emergency stop (SPEC §13 `/health`). */
export function HealthView() {
  const health = useResource((api) => api.health(), 'health');
  return (
    <div>
      <h1>Health</h1>
      {health.status === 'loading' ? <Loading what="health" /> : null}
      {health.status === 'error' ? <ErrorNotice error={health.error} onRetry={health.reload} /> : null}
      {health.status === 'ready' ? (
        <dl className="facts">
          <dt>Server</dt>
          <dd>
            <span className={`badge ${health.data.status === 'ok' ? 'ok' : 'bad'}`}>{health.data.status}</span>
          </dd>
          <dt>Emergency stop</dt>
          <dd>
            <span className={`badge ${health.data.emergencyStop ? 'bad' : 'ok'}`}>
              {health.data.emergencyStop ? 'ON — nothing is sent' : 'off'}
            </span>
          </dd>
        </dl>
      ) : null}
      <button type="button" onClick={health.reload}>
        Check again
      </button>
    </div>
  );
}
