import type { ReactNode } from 'react';

/** A compact two-column table of labelled facts. */
export function KeyValues({ label, rows }: { label: string; rows: [string, ReactNode][] }) {
  return (
    <table className="kv" aria-label={label}>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
