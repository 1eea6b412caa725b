/**
 * `<ClassicNetworkDiagram variant="lenet5" />`: the classic networks drawn from lib/nn's analysis.
 * lenet5: the shape of a digit through C1 … output; alexnet: the two-GPU layout; zfnet: its first
 * layer beside AlexNet's; vgg16: the five stages and where the parameters are; nin: an mlpconv
 * block and the global-average-pooling head. `size` changes the input's side (where it can).
 */
import { formatCount } from '@/lib/format/numberFormat';
import { shapeLabel } from '@/lib/nn/layerStack';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure } from './parts/Figure';
import { FlowPanel } from './parts/FlowPanel';
import { blockFlow } from './parts/fromBlock';
import { KEY, type LegendItem } from './parts/Legend';
import type { LayerRow } from '@/lib/nn/catalogue';
import { StripPanels } from './StripPanels';
import { ParameterShare, percent } from './ParameterShare';
import { AlexNetTowers } from './AlexNetTowers';
import { FirstLayers } from './FirstLayers';
import { alexnetTowers } from './alexnetTowers';
import { analyseAt, lenetStrip, ninParts, vggParts, vggStrip } from './classicNetworks';
import { CLASSIC_STRINGS as S, RESIDUAL_STRINGS } from './strings';

export type ClassicVariant = (typeof S.variants)[number];

const STRIP_KEY: readonly LegendItem[] = [
  { kind: 'data', label: S.key.input },
  { kind: 'learns', label: S.key.learns },
  { kind: 'fixed', label: S.key.fixed },
];

const error = (why: string) => <DiagramError message={RESIDUAL_STRINGS.error(why)} />;

function LeNet({ size }: { size?: number }) {
  const a = analyseAt('lenet5', size);
  if (!a.ok) return error(a.error);
  const items = lenetStrip(a.net);
  const rows = a.net.rows;
  const sum = (k: string) => rows.filter((r) => r.kind === k).reduce((s, r) => s + r.params, 0);
  const steps = items.map((it) => `${it.title}${it.lines?.length ? ` (${it.lines.join(', ')})` : ''} ${it.shape}`).join(', then ');
  return (
    <DiagramFigure testId="classic-lenet5" caption={S.lenet.caption(formatCount(sum('conv')), formatCount(sum('fc')), percent(sum('fc'), a.net.totals.params))}>
      <StripPanels items={items} rows={[5]} narrowRows={[3, 3]} title={S.lenet.title} description={S.lenet.desc(steps)} legend={STRIP_KEY} />
    </DiagramFigure>
  );
}

function Vgg({ size }: { size?: number }) {
  const a = analyseAt('vgg16', size);
  if (!a.ok) return error(a.error);
  const p = vggParts(a.net);
  const convs = p.stages.reduce((s, st) => s + st.convs, 0);
  const stages = p.stages.map((s, i) => `stage ${i + 1}, ${s.convs} convolutions to ${s.channels} channels at ${shapeLabel(s.convShape)}, pooled to ${shapeLabel(s.outShape)}`).join('; ');
  const head = `flatten to ${shapeLabel(p.flat)} and fully connected layers to ${p.fc.map((r: LayerRow) => shapeLabel(r.outShape)).join(', ')}`;
  const shareArgs = [formatCount(p.convParams), percent(p.convParams, p.total), formatCount(p.fcParams), percent(p.fcParams, p.total), formatCount(p.total)] as const;
  return (
    <DiagramFigure testId="classic-vgg16" caption={S.vgg.caption(convs)}>
      <StripPanels items={vggStrip(a.net, p)} rows={[p.stages.length + 1]} narrowRows={[3, 3]} title={S.vgg.title(convs, p.fc.length)} description={S.vgg.desc(stages, head)} legend={STRIP_KEY} />
      <ParameterShare
        title={S.vgg.shareTitle}
        description={S.vgg.shareDesc(...shareArgs)}
        heading={S.vgg.shareHeading(formatCount(p.total))}
        total={p.total}
        parts={[
          { label: S.vgg.convPart, params: p.convParams, fill: 'var(--accent-soft)' },
          { label: S.vgg.fcPart, params: p.fcParams, fill: 'var(--accent)' },
        ]}
      />
    </DiagramFigure>
  );
}

function AlexNet({ size }: { size?: number }) {
  const r = alexnetTowers(size);
  if (!r.ok) return error(r.error);
  const layers = r.towers.layers;
  const names = (cross: boolean) => layers.filter((l) => l.cross === cross && layers.indexOf(l) > 0).map((l) => l.name);
  const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs.join(''));
  const conv2 = layers.find((l) => l.name === 'conv2');
  const caption = conv2 ? S.alexnet.caption(list(names(true)), list(names(false)), formatCount(conv2.params), formatCount(conv2.ungrouped)) : '';
  return (
    <DiagramFigure testId="classic-alexnet" caption={caption}>
      <AlexNetTowers towers={r.towers} />
    </DiagramFigure>
  );
}

function Nin({ size }: { size?: number }) {
  const a = analyseAt('nin', size);
  if (!a.ok) return error(a.error);
  const parts = ninParts(a.net);
  if (!parts.ok) return error(parts.error);
  const name = (row: LayerRow) => (row.kind === 'adaptivePool' || row.kind === 'globalPool' ? S.nin.pool : row.label);
  const block = blockFlow(parts.block, { name, labels: 'all' });
  const head = blockFlow(parts.head, { name, labels: 'all', outputName: 'scores' });
  const legend = [KEY.learns, KEY.fixed, KEY.data];
  return (
    <DiagramFigure testId="classic-nin" caption={S.nin.caption(formatCount(parts.block.params), formatCount(parts.head.params))}>
      <FlowPanel spec={block} title={S.nin.blockTitle} heading={S.nin.blockHeading} legend={legend} extra={RESIDUAL_STRINGS.params(formatCount(parts.block.params))} />
      <FlowPanel spec={head} title={S.nin.headTitle} heading={S.nin.headHeading} legend={legend} extra={RESIDUAL_STRINGS.params(formatCount(parts.head.params))} />
    </DiagramFigure>
  );
}

export function ClassicNetworkDiagram({ variant = 'lenet5', size }: { variant?: ClassicVariant; size?: number }) {
  switch (variant) {
    case 'lenet5':
      return <LeNet size={size} />;
    case 'alexnet':
      return <AlexNet size={size} />;
    case 'zfnet':
      return <FirstLayers />;
    case 'vgg16':
      return <Vgg size={size} />;
    case 'nin':
      return <Nin size={size} />;
    default:
      return error(S.badVariant(String(variant), S.variants));
  }
}
