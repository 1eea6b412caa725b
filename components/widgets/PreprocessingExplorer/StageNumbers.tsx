import { LiveTex } from '../shared/LiveTex';
import type { CloudStats, Pipeline, StageResult } from '@/lib/preprocessing/pipeline2d';
import { whiteningScale } from '@/lib/preprocessing/pipeline2d';
import { num, pair, tex } from './format';
import { S } from './strings';
import styles from './PreprocessingExplorer.module.css';

const epsilonTex = (e: number) => (e === 0 || e >= 0.1 ? String(e) : `10^{${Math.round(Math.log10(e))}}`);

const matrix = (c: CloudStats['cov']) => `\\begin{bmatrix} ${tex(c.xx)} & ${tex(c.xy)} \\\\ ${tex(c.xy)} & ${tex(c.yy)} \\end{bmatrix}`;

/** The formula of one step with the fitted numbers in it. */
export function stepTex(r: StageResult, p: Pipeline): string {
  const { mean, std, eigen, epsilon } = p.fit;
  const [u1, u2] = eigen.vectors;
  const mu = `\\mu = (${tex(mean[0])},\\ ${tex(mean[1])})`;
  switch (r.stage) {
    case 'raw':
      return `x = (x_1,\\ x_2)`;
    case 'centred':
      return `x - \\mu,\\quad ${mu}`;
    case 'normalised':
      return `\\frac{x_j - \\mu_j}{\\sigma_j},\\quad \\sigma = (${tex(std[0])},\\ ${tex(std[1])})`;
    case 'decorrelated':
      return `\\begin{gathered} X_{\\text{rot}} = (X - \\mu)\\,U, \\\\ U = \\begin{bmatrix} ${tex(u1[0])} & ${tex(u2[0])} \\\\ ${tex(u1[1])} & ${tex(u2[1])} \\end{bmatrix} \\end{gathered}`;
    case 'whitened':
      return `\\begin{gathered} X_{\\text{white}} = \\frac{X_{\\text{rot}}}{\\sqrt{S + \\varepsilon}}, \\\\ S = (${tex(eigen.values[0])},\\ ${tex(eigen.values[1])}),\\ \\varepsilon = ${epsilonTex(epsilon)} \\end{gathered}`;
  }
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className={styles.statRow}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the selected step does, and its formula with the training statistics in it. */
export function StageIntro({ result, pipeline }: { result: StageResult; pipeline: Pipeline }) {
  const [l1, l2] = pipeline.fit.eigen.values;
  const eps = pipeline.fit.epsilon;
  return (
    <div className={styles.intro}>
      <p className={styles.what}>{S.stageWhat[result.stage]}</p>
      <LiveTex tex={stepTex(result, pipeline)} display className={styles.formula} />
      {result.stage === 'whitened' ? <p className={styles.note}>{S.scales(num(whiteningScale(l1, eps)), num(whiteningScale(l2, eps)))}</p> : null}
    </div>
  );
}

/** The numbers of the selected step, measured on the transformed points. */
export function StageNumbers({ result, showTest }: { result: StageResult; showTest: boolean }) {
  const s = result.stats;
  return (
    <div className={styles.numbers}>
      <dl className={styles.stats}>
        <Row label={S.mean}>{pair(s.mean)}</Row>
        <Row label={S.std}>{pair(s.std)}</Row>
        <Row label={S.corr}>{num(s.correlation)}</Row>
        <Row label={S.eig}>
          λ₁ = {num(s.eigen.values[0])}, λ₂ = {num(s.eigen.values[1])}
        </Row>
        <Row label={S.cov}>
          <LiveTex tex={`\\Sigma = ${matrix(s.cov)}`} as="span" />
        </Row>
        {showTest ? (
          <Row label={S.heldOut}>
            <LiveTex tex={`\\Sigma_{\\text{held-out}} = ${matrix(result.testStats.cov)}`} as="span" />
          </Row>
        ) : null}
      </dl>
      {showTest ? <p className={styles.note}>{S.heldOutNote}</p> : null}
    </div>
  );
}
