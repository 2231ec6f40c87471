// Download the chosen framework as a promocase file (what `promocase framework export` writes): plain
// links, so the browser saves the file under the name the server gives it.
import { apiUrl } from '../api/client';

const FORMATS = [
  { format: 'yaml', name: 'YAML', use: 'to read, edit and import again' },
  { format: 'json', name: 'JSON', use: 'for scripts' },
] as const;

export function FrameworkExport({ id, name }: { id: string; name: string }) {
  return (
    <div className="framework-export">
      <h3>Download {name}</h3>
      <ul className="doc-downloads">
        {FORMATS.map(({ format, name: label, use }) => (
          <li key={format}>
            <a
              className="button"
              href={apiUrl(`/api/v1/frameworks/${encodeURIComponent(id)}/export?format=${format}`)}
              download
            >
              {label}
              <span className="visually-hidden"> of {name}</span>
            </a>{' '}
            <span className="hint">{use}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
