import { formatCompact, formatCount, formatMegabytes } from '@/lib/format/numberFormat';
import type { NetworkAnalysis } from '@/lib/nn/catalogue';
import { shapeLabel } from '@/lib/nn/layerStack';
import { float32Bytes } from './model';
import { S } from './strings';
import { Totals } from '@/components/widgets/shared/Totals';
import styles from './Summary.module.css';

/** The network's totals: exact counts, compact ones and bytes, as text. */
export function Summary({ analysis: a }: { analysis: NetworkAnalysis }) {
  const t = a.totals;
  const field = a.field;
  const fieldSize = field ? (field.h.size === field.w.size ? String(field.h.size) : `${field.h.size}×${field.w.size}`) : null;
  return (
    <div className={styles.summary} data-part="summary">
      <p className={styles.source}>
        <strong>{a.title}</strong> · {S.summary.shapes(shapeLabel(a.input), shapeLabel(a.output))} · {S.source}: {a.source}
      </p>
      <Totals
        items={[
          { label: S.summary.params, value: formatCount(t.params), extra: `${formatCompact(t.params)}, ${S.summary.paramBytes(formatMegabytes(float32Bytes(t.params)))}`, part: 'params' },
          { label: S.summary.macs, value: formatCount(t.macs), extra: formatCompact(t.macs), part: 'macs' },
          { label: S.summary.activations, value: formatCount(t.activations), extra: `${formatCompact(t.activations)}, ${S.summary.activationBytes(formatMegabytes(float32Bytes(t.activations)))}`, part: 'activations' },
          { label: S.summary.weightLayers, value: String(t.weightLayers), part: 'weightLayers' },
          { label: S.summary.field, value: field && fieldSize ? S.summary.fieldValue(fieldSize, field.at) : S.summary.noField, part: 'field' },
        ]}
      />
    </div>
  );
}
