import s from './Totals.module.css';

export interface Total {
  label: string;
  /** The exact number, as text. */
  value: string;
  /** Said after it in brackets (the compact form, the bytes). */
  extra?: string;
  /** data-total on the value, for tests and the presenter. */
  part?: string;
}

/** Labelled totals (parameters, MACs, activations…) in a tinted box. */
export function Totals({ items }: { items: readonly Total[] }) {
  return (
    <dl className={s.totals}>
      {items.map(({ label, value, extra, part }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <span data-total={part}>{value}</span>
            {extra ? <span className={s.extra}> ({extra})</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
