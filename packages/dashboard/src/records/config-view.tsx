import { ErrorNotice, Loading } from '../status-notices.js';
import { useResource } from '../use-resource.js';

/** The effective configuration, read-only; the server redacts every secret before sending it. */
export function ConfigView() {
  const config = useResource((api) => api.getConfig(), 'config');
  return (
    <div>
      <h1>Configuration</h1>
      <p className="hint">Read-only. Secrets are redacted by the server. Change settings in the config file.</p>
      {config.status === 'loading' ? <Loading what="the configuration" /> : null}
      {config.status === 'error' ? <ErrorNotice error={config.error} onRetry={config.reload} /> : null}
      {config.status === 'ready' ? (
        <pre className="mono config">{JSON.stringify(config.data.config, null, 2)}</pre>
      ) : null}
    </div>
  );
}
