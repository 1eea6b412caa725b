import { Alert, NumberField } from '@/components/ui';
import { evaluateFactorisation } from './evaluate';
import { schema } from './state';
import { S } from './strings';
import cost from '../shared/cost/cost.module.css';
import styles from './InceptionCost.module.css';
import ui from '../shared/widgetUi.module.css';

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** n×n against 1×n + n×1 and against a stack of 3×3 layers, in weights per channel pair. */
export function FactorisationPanel({ id, n, onChange }: { id: string; n: number; onChange: (n: number) => void }) {
  const r = evaluateFactorisation(n);
  const errorId = `${id}-factor-error`;
  return (
    <fieldset className={`${ui.panel} ${styles.factor}`} data-part="factorisation">
      <legend className={ui.panelLegend}>{S.factorLegend}</legend>
      <div className={styles.factorField}>
        <NumberField label={S.fields.n} value={n} min={schema.fields.n.min} max={schema.fields.n.max} onChange={onChange} invalid={!r.ok} errorId={errorId} />
      </div>
      {r.ok ? (
        <div aria-live="polite">
          <p className={cost.note}>{S.factorIntro}</p>
          <ul className={styles.factorList}>
            <li>{S.factorFull(r.value.n, r.value.full)}</li>
            {r.value.n === 1 ? (
              <li>{S.factorOne}</li>
            ) : (
              <>
                <li>{S.factorAsym(r.value.n, r.value.asymmetric, pct(r.value.asymmetricSaving))}</li>
                <li>{r.value.n === 3 ? S.factorStackSelf : r.value.stacked3 ? S.factorStack(r.value.stacked3.layers, r.value.stacked3.weights, pct(r.value.stacked3.saving)) : S.factorStackEven(r.value.n)}</li>
              </>
            )}
          </ul>
        </div>
      ) : (
        <Alert id={errorId} title={S.factorInvalidHeading}>
          {r.error}
        </Alert>
      )}
    </fieldset>
  );
}
