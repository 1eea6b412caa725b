/**
 * `<MetricNetworkDiagram variant="triplet" />`: a Siamese, triplet or quadruplet network with its
 * one shared weight tensor, embeddings, distances and loss (numbers from the lesson's embedding
 * CNN); the triplet figure adds the margin as a picture around the anchor (`dap`, `dan`, `alpha`
 * place the positive and the negative), and `variant="margin"` draws that picture alone.
 */
import { formatCount } from '@/lib/format/numberFormat';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure } from './parts/Figure';
import { BranchesPanel } from './BranchesPanel';
import { MarginPanel } from './MarginPanel';
import { METRIC_VARIANTS, metricNetwork } from './metricNetworks';
import { METRIC_STRINGS as S, RESIDUAL_STRINGS } from './strings';

const VARIANTS = [...METRIC_VARIANTS, 'margin'] as const;
type Variant = (typeof VARIANTS)[number];

const error = (why: string) => <DiagramError message={RESIDUAL_STRINGS.error(why)} />;

export function MetricNetworkDiagram({ variant = 'triplet', dap = 1, dan = 1.4, alpha = 1 }: { variant?: Variant; dap?: number; dan?: number; alpha?: number }) {
  if (!VARIANTS.includes(variant)) return error(`there is no variant "${String(variant)}" (try ${VARIANTS.join(', ')}).`);
  const bad = Object.entries({ dap, dan, alpha }).find(([k, v]) => typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100 || (k !== 'dan' && v === 0));
  if (bad) return error(`${bad[0]} must be a number ${bad[0] === 'dan' ? 'from 0' : 'above 0'} to 100 (got ${String(bad[1])}).`);
  const margin = <MarginPanel dap={dap} dan={dan} margin={alpha} />;
  if (variant === 'margin') return <DiagramFigure testId="metric-margin">{margin}</DiagramFigure>;
  const r = metricNetwork(variant);
  if (!r.ok) return error(r.error);
  return (
    <DiagramFigure testId={`metric-${variant}`} caption={S.caption(r.net.branches.length, S.params(formatCount(r.net.params)))}>
      <BranchesPanel variant={variant} net={r.net} />
      {variant === 'triplet' ? margin : null}
    </DiagramFigure>
  );
}
