/** A flow drawn as a panel of a figure, with its key underneath; with `narrow`, a second layout
 * (paths as rows) that a phone shows instead. */
import { DiagramPanel } from './Figure';
import { Flow } from './Flow';
import { layoutFlow, type FlowLayout, type FlowSpec } from './flowLayout';
import { layoutRows } from './rowsLayout';
import { Legend, legendHeight, type LegendItem } from './Legend';
import { describeFlow } from './describe';
import { Label } from './Box';
import { FONT } from './style';

interface Props {
  spec: FlowSpec;
  title: string;
  heading?: string;
  legend?: readonly LegendItem[];
  /** Words appended to the description (a total, a cost). */
  extra?: string;
  /** Also draw the rows layout for narrow screens; 'auto': when the columns are too wide for a phone. */
  narrow?: boolean | 'auto';
}

function Panel({ layout, only, ...p }: Omit<Props, 'narrow'> & { layout: FlowLayout; only?: 'wide' | 'narrow' }) {
  const top = p.heading ? 26 : 0;
  const width = Math.max(layout.width, 240);
  const keyH = p.legend ? legendHeight(p.legend, width - 12) + 8 : 0;
  return (
    <DiagramPanel only={only} width={width} height={top + layout.height + keyH} title={p.title} description={`${describeFlow(p.spec)}${p.extra ? ` ${p.extra}` : ''}`}>
      {p.heading ? (
        <Label x={width / 2} y={12} size={FONT} tone="fg" weight={600}>
          {p.heading}
        </Label>
      ) : null}
      <Flow layout={layout} x={(width - layout.width) / 2} y={top} />
      {p.legend ? <Legend items={p.legend} x={6} y={top + layout.height + 8} width={width - 12} /> : null}
    </DiagramPanel>
  );
}

/** Wider than this (viewBox units), a flow's text would fall below about 12 px on a 360 px phone. */
const PHONE_WIDTH = 370;

export function FlowPanel({ narrow, ...p }: Props) {
  const wide = layoutFlow(p.spec);
  const rows = narrow === true || (narrow === 'auto' && wide.width > PHONE_WIDTH && !p.spec.before?.length && p.spec.merge === 'concat');
  if (!rows) return <Panel {...p} layout={wide} />;
  return (
    <>
      <Panel {...p} layout={wide} only="wide" />
      <Panel {...p} layout={layoutRows(p.spec)} only="narrow" />
    </>
  );
}
