/** A strip of tensors (parts/stripLayout) as two panels: long rows on a wide screen, short ones on a phone. */
import { DiagramPanel } from './parts/Figure';
import { Legend, legendHeight, type LegendItem } from './parts/Legend';
import { Strip } from './parts/Strip';
import { layoutStrip, type StripItem } from './parts/stripLayout';
import styles from './classic.module.css';

const MIN_WIDTH = 240;

export function StripPanels({ items, rows, narrowRows, title, description, legend }: { items: readonly StripItem[]; rows: readonly number[]; narrowRows: readonly number[]; title: string; description: string; legend: readonly LegendItem[] }) {
  return (
    <>
      {(['wide', 'narrow'] as const).map((which) => {
        const layout = layoutStrip(items, which === 'wide' ? rows : narrowRows);
        const width = Math.max(layout.width, MIN_WIDTH);
        const keyH = legendHeight(legend, width - 12);
        return (
          <DiagramPanel
            key={which}
            className={which === 'wide' ? styles.wideOnly : styles.narrowOnly}
            width={width}
            height={layout.height + keyH + 10}
            scale={which === 'wide' ? 1.5 : 1.3}
            title={title}
            description={description}
          >
            <Strip layout={layout} x={(width - layout.width) / 2} />
            <Legend items={legend} x={6} y={layout.height + 6} width={width - 12} />
          </DiagramPanel>
        );
      })}
    </>
  );
}
