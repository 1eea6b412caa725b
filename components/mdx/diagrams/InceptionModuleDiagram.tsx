/**
 * `<InceptionModuleDiagram variant="compare" />`: the naive module beside the module with 1×1
 * reductions (inception3a by default), each layer's cost from lib/nn/inceptionModule;
 * `variant="factorised"`: 5×5 → two 3×3 and n×n → 1×n then n×1, counts from factorise().
 */
import { formatCompact } from '@/lib/format/numberFormat';
import type { InceptionModuleSpec } from '@/lib/nn/inceptionModule';
import { DiagramFigure } from './parts/Figure';
import { FlowPanel } from './parts/FlowPanel';
import { KEY } from './parts/Legend';
import { DiagramError } from './parts/DiagramError';
import { INCEPTION_3A, inceptionFlow, macsLabel } from './inceptionFlows';
import { FactorisationPanels } from './FactorisationPanels';
import { INCEPTION_STRINGS as S, RESIDUAL_STRINGS } from './strings';

type Variant = 'naive' | 'reduced' | 'compare' | 'factorised';
const VARIANTS: readonly Variant[] = ['naive', 'reduced', 'compare', 'factorised'];
type Channels = Partial<Omit<InceptionModuleSpec, 'reduce'>>;

export function InceptionModuleDiagram({ variant = 'compare', n = 7, ...channels }: { variant?: Variant; n?: number } & Channels) {
  if (!VARIANTS.includes(variant)) return <DiagramError message={RESIDUAL_STRINGS.error(`there is no variant "${String(variant)}" (try ${VARIANTS.join(', ')}).`)} />;
  if (variant === 'factorised') return <FactorisationPanels n={n} />;
  const base = { ...INCEPTION_3A, ...channels };
  const bad = Object.entries(base).find(([, v]) => !Number.isInteger(v) || v < 1);
  if (bad) return <DiagramError message={RESIDUAL_STRINGS.error(`${bad[0]} must be a whole number of at least 1 (got ${bad[1]}).`)} />;
  const kinds = variant === 'compare' ? (['naive', 'reduced'] as const) : ([variant] as const);
  const drawn = kinds.map((k) => ({ k, ...inceptionFlow({ ...base, reduce: k === 'reduced' }) }));
  const shape = (s: readonly number[]) => `${s[0]}×${s[1]}×${s[2]}`;
  const caption =
    drawn.length === 2
      ? S.caption(macsLabel(drawn[0].cost.macs), macsLabel(drawn[1].cost.macs))
      : `${S.title[drawn[0].k]}: ${S.total(macsLabel(drawn[0].cost.macs), shape(drawn[0].cost.outShape))}`;
  return (
    <DiagramFigure testId={`inception-${variant}`} caption={caption}>
      {drawn.map(({ k, flow, cost }) => (
        <FlowPanel
          key={k}
          narrow
          spec={flow}
          title={S.title[k]}
          heading={`${S.heading[k]}: ${formatCompact(cost.macs)} MACs`}
          legend={[KEY.learns, KEY.fixed, KEY.data]}
          extra={`${S.branches(cost.branches.map((b, i) => `${S.branchNames[i]} branch ${macsLabel(b.macs)}`).join(', '))} ${S.total(macsLabel(cost.macs), shape(cost.outShape))}`}
        />
      ))}
    </DiagramFigure>
  );
}
