/** A residual block drawn from lib/nn: `<ResidualBlockDiagram variant="bottleneck" />`. */
import { formatCount } from '@/lib/format/numberFormat';
import { DiagramFigure } from './parts/Figure';
import { FlowPanel } from './parts/FlowPanel';
import { blockFlow } from './parts/fromBlock';
import { KEY } from './parts/Legend';
import { DiagramError } from './parts/DiagramError';
import { RESIDUAL_VARIANTS, residualBlock, type ResidualOptions, type ResidualVariant } from './residualBlocks';
import { RESIDUAL_STRINGS as S } from './strings';

export function ResidualBlockDiagram({ variant = 'basic', ...options }: { variant?: ResidualVariant } & ResidualOptions) {
  if (!RESIDUAL_VARIANTS.includes(variant)) return <DiagramError message={S.error(`there is no variant "${String(variant)}" (try ${RESIDUAL_VARIANTS.join(', ')}).`)} />;
  const r = residualBlock(variant, options);
  if (!r.ok) return <DiagramError message={S.error(r.error)} />;
  const spec = blockFlow(r.block, { order: variant === 'preact' ? 'pre' : 'post', inputName: S.input, outputName: S.output, identity: S.identity });
  const params = S.params(formatCount(r.block.params));
  return (
    <DiagramFigure testId={`residual-${variant}`} caption={`${S.caption[variant]} ${params}.`}>
      <FlowPanel spec={spec} title={S.title[variant]} legend={[KEY.learns, KEY.fixed, KEY.data]} extra={`${params}.`} />
    </DiagramFigure>
  );
}
