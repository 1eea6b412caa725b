'use client';
import type { OverviewPass, UnitExplanation, UnitRef } from '@/lib/compute/overview/types';
import { CellGrid, type GridCell } from '@/components/widgets/shared/stepper/CellGrid';
import { fmt, fmtTerm } from '@/components/widgets/shared/stepper/format';
import { colourOf, layerScale } from './colour';
import { ConvDetail } from './ConvDetail';
import { S, PARTS, FORMULAS } from './strings';
import { DataTable } from '@/components/ui/DataTable';
import css from './UnitDetail.module.css';

interface Props {
  explanation: UnitExplanation;
  pass: OverviewPass;
  unit: UnitRef;
  /** Words for a unit (layer, channel, position), for the units a dense unit reads. */
  unitWords: (unit: UnitRef) => string;
  classes: readonly string[];
  onMove: (unit: UnitRef) => void;
}

const CELL = 36;

/** Why the selected unit has its value, for every kind of layer (lib/compute/overview's explanation). */
export function UnitDetail({ explanation: e, pass, unit, unitWords, classes, onMove }: Props) {
  switch (e.kind) {
    case 'input':
      return <p className={css.detailText}>{S.inputValue(e.value)}</p>;
    case 'conv':
      return <ConvDetail explanation={e} pass={pass} unit={unit} onMove={onMove} />;
    case 'pool':
      return <PoolDetail explanation={e} pass={pass} unit={unit} />;
    case 'activation':
      return <p className={css.equation}>{S.activation(S.activationNames[e.fn] ?? e.fn, e.input, e.value)}</p>;
    case 'batchNorm':
      return <p className={css.equation}>{S.batchNorm(e.input, e.mean, e.variance, e.eps, e.gamma, e.beta, e.value)}</p>;
    case 'identity':
      return <p className={css.detailText}>{S.identity(e.why, S.unitValue(unitWords(e.from), e.value))}</p>;
    case 'globalAvgPool':
      return <p className={css.equation}>{S.globalAvgPool(e.inputs, e.sum, e.value)}</p>;
    case 'dense':
      return <DenseDetail explanation={e} unit={unit} unitWords={unitWords} />;
    case 'softmax':
      return <SoftmaxDetail explanation={e} classes={classes} />;
    case 'composite':
      return (
        <div className={css.detailBody}>
          <p className={css.equation}>{S.valueIs(FORMULAS[e.formula] ?? e.formula, e.value)}</p>
          <dl className={css.parts}>
            {e.parts.map((p, k) => (
              <div key={k}>
                <dt>{p.channel === undefined ? (PARTS[p.label] ?? p.label) : S.partOfChannel(PARTS[p.label] ?? p.label, p.channel)}</dt>
                <dd>{fmt(p.value, 3)}</dd>
              </div>
            ))}
          </dl>
        </div>
      );
  }
}

function PoolDetail({ explanation: e, pass, unit }: { explanation: Extract<UnitExplanation, { kind: 'pool' }>; pass: OverviewPass; unit: UnitRef }) {
  const k = e.trace.kh;
  const scale = layerScale(pass.layers[unit.layer].range);
  const cells: GridCell[] = e.window.map((v) => {
    const [r, g, b] = colourOf(scale, v);
    return { paint: { fill: `rgb(${r},${g},${b})`, text: 0.299 * r + 0.587 * g + 0.114 * b < 140 ? '#fff' : '#111' }, text: fmt(v) };
  });
  const sum = e.window.reduce((a, b) => a + b, 0);
  return (
    <div className={css.detailBody}>
      <p className={css.detailText}>{S.poolIntro(e.mode, k)}</p>
      <figure className={css.window}>
        <figcaption>{S.windowCaption}</figcaption>
        <svg viewBox={`-2 -2 ${k * CELL + 4} ${k * CELL + 4}`} style={{ width: `${k * 2.4}rem` }} role="img" aria-label={`${S.windowCaption}: ${e.window.map((v) => fmt(v)).join(', ')}`}>
          <CellGrid rows={k} cols={k} size={CELL} cells={cells} />
          {e.picked !== null ? <rect className={css.picked} x={(e.picked % k) * CELL} y={Math.floor(e.picked / k) * CELL} width={CELL} height={CELL} /> : null}
        </svg>
      </figure>
      <p className={css.equation}>{e.mode === 'max' ? S.poolMax(e.window.map((v) => fmt(v, 3)).join(', '), e.value) : S.poolAvg(sum, e.window.length, e.value)}</p>
    </div>
  );
}

function DenseDetail({ explanation: e, unit, unitWords }: { explanation: Extract<UnitExplanation, { kind: 'dense' }>; unit: UnitRef; unitWords: (u: UnitRef) => string }) {
  const rest = e.count - e.top.length;
  return (
    <div className={css.detailBody}>
      <p className={css.detailText}>{S.denseIntro(e.count)}</p>
      <DataTable caption={S.denseTable} hideCaption columns={S.denseHeaders}>
        {e.top.map((t) => (
          <tr key={t.from}>
            <th scope="row">{unitWords({ layer: unit.layer - 1, channel: t.from, y: 0, x: 0 })}</th>
            <td>{fmt(t.input, 3)}</td>
            <td>{fmt(t.weight, 3)}</td>
            <td>{fmt(t.product, 3)}</td>
          </tr>
        ))}
        {rest > 0 ? (
          <tr>
            <th scope="row" colSpan={3}>
              {S.denseRest(rest)}
            </th>
            <td>{fmt(e.rest, 3)}</td>
          </tr>
        ) : null}
        <tr>
          <th scope="row" colSpan={3}>
            {S.bias}
          </th>
          <td>{fmt(e.bias, 3)}</td>
        </tr>
        <tr>
          <th scope="row" colSpan={3}>
            {S.total}
          </th>
          <td>
            <strong>{fmt(e.value, 3)}</strong>
          </td>
        </tr>
      </DataTable>
      <p className={css.equation}>{S.denseSum(e.top.map((t) => fmtTerm(t.product, 3)), rest > 0 ? fmtTerm(e.rest, 3) : null, fmtTerm(e.bias, 3), e.value)}</p>
    </div>
  );
}

function SoftmaxDetail({ explanation: e, classes }: { explanation: Extract<UnitExplanation, { kind: 'softmax' }>; classes: readonly string[] }) {
  const k = e.classIndex;
  const total = e.exps.reduce((a, b) => a + b / e.sum, 0);
  return (
    <div className={css.detailBody}>
      <p className={css.detailText}>{S.softmaxIntro}</p>
      <p className={css.equation}>{S.softmaxFormula(classes[k] ?? S.unitName(k), e.logits[k], e.shift, e.exps[k], e.sum, e.value)}</p>
      <p className={css.equation}>{S.softmaxDenominator(e.exps.map((x) => fmt(x, 4)), e.sum)}</p>
      <ul className={css.probList}>
        {e.exps.map((x, j) => (
          <li key={j} data-current={j === k ? '' : undefined}>
            {S.probabilityOf(classes[j] ?? S.unitName(j), x, e.sum)}
          </li>
        ))}
      </ul>
      <p className={css.detailText}>{S.softmaxSum(e.exps.length, total)}</p>
    </div>
  );
}
