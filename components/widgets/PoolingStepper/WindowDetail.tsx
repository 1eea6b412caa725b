import { CellGrid, type GridCell } from '@/components/widgets/shared/stepper/CellGrid';
import { fmt } from '@/components/widgets/shared/stepper/format';
import { signedPaint } from '@/components/widgets/shared/stepper/colors';
import type { InputImage } from '@/components/widgets/shared/stepper/presets';
import stepper from '@/components/widgets/shared/stepper/stepper.module.css';
import { backwardSentences, expectationTerms, forwardRule } from './describe';
import { averageDivisor, cellValue, paddingMeaning, routedCells, type PoolView } from './model';
import type { Phase } from './presets';
import { strings } from './strings';
import styles from './PoolingStepper.module.css';

const CELL = 36;

interface Props {
  view: PoolView;
  image: InputImage;
  step: number;
  countIncludePad: boolean;
  phase: Phase;
  backward: boolean;
  /** The upstream gradient of this window's output. */
  g: number;
}

/** A k×k grid of short texts, the marked cells ringed. */
function Mini({ caption, texts, marked, paints }: { caption: string; texts: string[]; marked: (k: number) => boolean; paints?: (GridCell['paint'] | undefined)[] }) {
  const k = Math.round(Math.sqrt(texts.length));
  const cells: GridCell[] = texts.map((text, i) => ({ text, paint: paints?.[i] ?? { fill: 'var(--surface)', text: 'var(--fg)' } }));
  return (
    <figure className={stepper.mini}>
      <figcaption>{caption}</figcaption>
      <svg viewBox={`-3 -3 ${k * CELL + 6} ${k * CELL + 6}`} width={`${k * 2.6}rem`} aria-hidden="true">
        <CellGrid rows={k} cols={k} size={CELL} cells={cells} />
        {texts.map((_, i) =>
          marked(i) ? <rect key={i} x={(i % k) * CELL + 3} y={Math.floor(i / k) * CELL + 3} width={CELL - 6} height={CELL - 6} rx={6} className={styles.ring} /> : null,
        )}
      </svg>
    </figure>
  );
}

/** The current window's numbers and the rule that turns them into one output (or sends a gradient back). */
export function WindowDetail({ view, image, step, countIncludePad, phase, backward, g }: Props) {
  const cells = routedCells(view, step);
  const meaning = paddingMeaning(view.mode, countIncludePad);
  const values = cells.map((c) => (c.isPadding ? strings.paddingText[meaning] || '·' : fmt(cellValue(image, c))));
  const winner = (k: number) => view.mode !== 'avg' && cells[k].share > 0;
  const K = cells.length;
  const s = view.stochastic;
  const rows: [string, string][] = [];
  if (!backward) {
    if (view.mode === 'stochastic' && s) {
      const sum = cells.reduce((a, c) => a + (c.isPadding ? 0 : cellValue(image, c)), 0);
      rows.push([strings.probabilityCaption, s.allZero[step] ? strings.rule.allZero : strings.rule.probabilities(cells.filter((c) => !c.isPadding).map((c) => fmt(cellValue(image, c))).join(' + '), fmt(sum))]);
      rows.push([strings.rule.trainOutput, forwardRule({ ...view, output: s.sample }, image, step, countIncludePad, 'train')]);
      rows.push([strings.rule.testOutput, strings.rule.expectation(expectationTerms(view, image, step), fmt(s.expected[step]))]);
    } else rows.push([strings.rule.output, forwardRule(view, image, step, countIncludePad, phase)]);
  }
  const back = backward ? backwardSentences(view, step, g, countIncludePad) : null;
  const shares = cells.map((c) => g * c.share);
  const shareMax = Math.max(...shares.map(Math.abs), 0);
  return (
    <div className={stepper.detail}>
      <div className={stepper.productRow}>
        <Mini caption={strings.windowCaption} texts={values} marked={winner} />
        {s && !backward ? (
          <Mini caption={strings.probabilityCaption} texts={Array.from(s.probabilities.subarray(step * K, (step + 1) * K), (p) => fmt(p))} marked={winner} />
        ) : null}
        {backward ? (
          <Mini
            caption={strings.sharesCaption}
            texts={shares.map((v, k) => (cells[k].isPadding && view.lostShare[step] > 0 ? strings.lostShareText(fmt(g / K)) : fmt(v)))}
            marked={(k) => shares[k] !== 0}
            paints={shares.map((v) => signedPaint(v, shareMax))}
          />
        ) : null}
      </div>
      {rows.length ? (
        <dl className={stepper.equation}>
          {rows.map(([dt, dd]) => (
            <div key={dt} className={styles.eqRow}>
              <dt>{dt}</dt>
              <dd>{dd}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {view.mode === 'avg' && !backward ? <p className={stepper.legend}>{divisorNote(view, step, countIncludePad)}</p> : null}
      {back ? back.text.map((t) => <p key={t} className={styles.sentence}>{t}</p>) : null}
      {backward && view.mode === 'stochastic' && phase === 'test' ? <p className={stepper.legend}>{strings.back.testPhase}</p> : null}
    </div>
  );
}

function divisorNote(view: PoolView, p: number, countIncludePad: boolean): string {
  const { divisor, real } = averageDivisor(view.geometry, p, countIncludePad);
  return divisor === real ? strings.divisorReal(divisor) : strings.divisorPadded(divisor, divisor - real);
}
