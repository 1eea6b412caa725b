/** `<LightUnitDiagram unit="fire" />`: a light network's unit or an SE block, drawn from lib/nn. */
import { formatCount } from '@/lib/format/numberFormat';
import type { LayerRow } from '@/lib/nn/catalogue';
import { DiagramFigure } from './parts/Figure';
import { FlowPanel } from './parts/FlowPanel';
import { blockFlow } from './parts/fromBlock';
import { KEY } from './parts/Legend';
import { DiagramError } from './parts/DiagramError';
import { LIGHT_UNITS, lightUnit, type LightUnit } from './lightUnits';
import { LIGHT_STRINGS as S, RESIDUAL_STRINGS } from './strings';

/** Shorter box titles than the layer table's, so a unit fits a phone. */
const shortName = (row: LayerRow) =>
  row.kind === 'chunk' ? 'channel split' : row.kind === 'shuffle' ? 'channel shuffle' : row.label.replace('depthwise conv', 'depthwise');

export function LightUnitDiagram({ unit = 'fire' }: { unit?: LightUnit }) {
  if (!LIGHT_UNITS.includes(unit)) return <DiagramError message={RESIDUAL_STRINGS.error(`there is no unit "${String(unit)}" (try ${LIGHT_UNITS.join(', ')}).`)} />;
  const r = lightUnit(unit);
  if (!r.ok) return <DiagramError message={RESIDUAL_STRINGS.error(r.error)} />;
  const flow = blockFlow(r.block, { spine: r.block.paths && r.block.merge?.kind === 'concat' ? 'center' : 'first', name: shortName });
  // SE: the excitation down the middle, the identity it scales beside it, as in Hu et al.'s figure.
  const spec = flow.merge === 'multiply' && flow.paths ? { ...flow, paths: [...flow.paths].reverse() } : flow;
  const params = RESIDUAL_STRINGS.params(formatCount(r.block.params));
  return (
    <DiagramFigure testId={`unit-${unit}`} caption={`${S.caption[unit]} ${S.from(r.source)}; ${params}.`}>
      <FlowPanel narrow="auto" spec={spec} title={S.title[unit]} legend={[KEY.learns, KEY.fixed, KEY.data]} extra={`${params}.`} />
    </DiagramFigure>
  );
}
