'use client';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { Button, NumberField } from '@/components/ui';
import type { ImageSet } from '@/lib/compute/training/dataset';
import type { Neighbour } from '@/lib/metric/distances';
import { fmtDistance } from './model';
import { S } from './strings';
import { Thumb } from './Thumb';
import styles from './EmbeddingTrainer.module.css';
import trainer from '@/components/widgets/shared/training/training.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  id: string;
  test: ImageSet;
  indices: number[];
  labels: number[];
  query: number;
  neighbours: Neighbour[];
  onQuery: (q: number) => void;
}

/** The query image and its nearest neighbours in the current embedding, with their distances. */
export function Retrieval({ id, test, indices, labels, query, neighbours, onQuery }: Props) {
  const count = labels.length;
  const cls = FASHION_CLASSES[labels[query]];
  const hits = neighbours.filter((n) => labels[n.index] === labels[query]).length;
  return (
    <section className={`${ui.card} ${styles.retrieval}`} data-part="retrieval" aria-labelledby={`${id}-ret-title`}>
      <h4 id={`${id}-ret-title`} className={ui.heading}>{S.retrieval.title}</h4>
      <div className={styles.queryCard}>
        <Thumb set={test} index={indices[query]} size={56} label={cls} />
        <span data-part="query-label">{S.retrieval.query(cls, query, count)}</span>
      </div>
      <div className={`${ui.focusScope} ${styles.queryRow}`}>
        <Button className={styles.step} onClick={() => onQuery((query - 1 + count) % count)} aria-label={S.retrieval.previous}>‹</Button>
        <Button className={styles.step} onClick={() => onQuery((query + 1) % count)} aria-label={S.retrieval.next}>›</Button>
        <NumberField
          className={styles.queryField}
          label={S.labels.query}
          min={1}
          max={count}
          value={query + 1}
          onChange={(n) => {
            const v = Math.round(n) - 1;
            if (v >= 0 && v < count) onQuery(v);
          }}
        />
      </div>
      <ol className={styles.neighbours} data-part="neighbours">
        {neighbours.map((n, k) => {
          const same = labels[n.index] === labels[query];
          const name = FASHION_CLASSES[labels[n.index]];
          return (
            <li key={n.index} className={same ? styles.same : styles.other} data-distance={n.distance} aria-label={S.retrieval.neighbour(k + 1, name, fmtDistance(n.distance), same)}>
              <Thumb set={test} index={indices[n.index]} size={56} label={name} />
              <span className={styles.nName}>{name}</span>
              <span className={styles.nDist}>{fmtDistance(n.distance)}</span>
              <span className={styles.nMark}>{same ? `✓ ${S.retrieval.same}` : `✗ ${S.retrieval.other}`}</span>
            </li>
          );
        })}
      </ol>
      <p className={trainer.note} aria-live="polite">{neighbours.length ? S.retrieval.summary(neighbours.length, hits) : null}</p>
    </section>
  );
}
