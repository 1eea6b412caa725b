'use client';
import { useMemo } from 'react';
import { IMAGE_SETS, IMAGE_SIDE } from '@/lib/preprocessing/imageSet';
import { Button, Segmented } from '@/components/ui';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { ALEXNET_MEAN_IMAGE_SHAPE, VGG_MEAN_RGB } from '@/lib/preprocessing/publishedMeans';
import { halves, meanImageModel } from './model';
import { PixelImage } from './PixelImage';
import { COUNTS, MAX_SEED, schema, shownImage } from './state';
import { ISSUES, S } from './strings';
import styles from './MeanImageExplorer.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

export interface MeanImageExplorerProps {
  id: string;
  title?: string;
}

/** The lesson sets nothing but the title: the state starts at the defaults. */
const NO_PROPS = {};
const THUMB = 44;
const BIG = 112;

function Picture({ caption, data, signed, alt }: { caption: string; data: ArrayLike<number>; signed?: boolean; alt: string }) {
  return (
    <figure className={styles.picture}>
      <PixelImage data={data} side={IMAGE_SIDE} size={BIG} signed={signed} label={alt} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

const describe = (name: string, data: ArrayLike<number>, signed = false) => {
  const [top, bottom] = halves(data);
  return signed ? S.alt.signed(name, top, bottom) : S.alt.image(name, top, bottom);
};

export function MeanImageExplorer({ id, title = S.title }: MeanImageExplorerProps) {
  const { state, set, linkError } = useWidgetState(id, schema, NO_PROPS, ISSUES);
  const m = useMemo(() => meanImageModel(state), [state]);
  const shown = shownImage(state);
  const chosenName = shown < state.count ? S.imageName(shown) : S.heldOutName;
  const mean = m.channelMean;
  const swatch = `rgb(${mean.map((v) => Math.round(v)).join(' ')})`;
  return (
    <WidgetFrame name="MeanImageExplorer" id={id} title={title} state={state} linkError={linkError}>
      <div className={`${ui.focusScope} ${layout.column}`}>
        <div className={`${ui.panel} ${layout.row} ${styles.controls}`} role="group" aria-label={S.settings}>
          <Segmented variant="segments" name={`${id}-set`} legend={S.setLabel} options={IMAGE_SETS} value={state.set} label={(name) => S.sets[name]} onChange={(name) => set({ set: name })} />
          <Segmented variant="segments" name={`${id}-count`} legend={S.countLabel} options={COUNTS} value={state.count} onChange={(c) => set({ count: c, image: Math.min(shown, c) })} />
          <Button onClick={() => set({ seed: (state.seed % MAX_SEED) + 1 })}>
            {S.resample}
          </Button>
        </div>
        <div className={styles.pickRow}>
          <Picture caption={`${S.original}: ${chosenName}`} data={m.chosen.data} alt={describe(chosenName, m.chosen.data)} />
          <fieldset className={styles.gallery}>
            <legend className={ui.fieldLabel}>{S.pickLegend}</legend>
            <div className={styles.thumbs}>
              {[...m.images, m.heldOut].map((img, i) => (
                <label key={i} className={i === state.count ? styles.heldOutThumb : undefined}>
                  <input type="radio" name={`${id}-image`} checked={shown === i} onChange={() => set({ image: i })} aria-label={i < state.count ? S.imageName(i) : S.heldOutName} />
                  <PixelImage data={img.data} side={IMAGE_SIDE} size={THUMB} />
                  {i === state.count ? <span className={styles.thumbNote}>{S.heldOutShort}</span> : null}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={styles.compare}>
          <section className={`${ui.card} ${ui.convCard} ${styles.card}`}>
            <h4 className={ui.heading}>{S.alexHeading}</h4>
            <div className={styles.pictures}>
              <Picture caption={S.meanImage} data={m.pixelMean} alt={describe(S.meanImage, m.pixelMean)} />
              <Picture caption={S.minusImage} data={m.minusPixelMean} signed alt={describe(S.minusImage, m.minusPixelMean, true)} />
            </div>
            <p className={styles.fact}>{S.alexNumbers(IMAGE_SIDE, m.pixelMeanSize)}</p>
            <p className={styles.fact}>{S.leftover(m.leftoverPixel.toFixed(2))}</p>
            <p className={styles.note}>{S.alexImagenet(ALEXNET_MEAN_IMAGE_SHAPE, ALEXNET_MEAN_IMAGE_SHAPE.reduce((a, b) => a * b, 1))}</p>
          </section>
          <section className={`${ui.card} ${ui.fcCard} ${styles.card}`}>
            <h4 className={ui.heading}>{S.vggHeading}</h4>
            <div className={styles.pictures}>
              <figure className={styles.picture}>
                <div className={styles.swatch} style={{ background: swatch, width: BIG, height: BIG }} role="img" aria-label={`${S.meanColour}: ${S.vggNumbers(mean)}`} />
                <figcaption>{S.meanColour}</figcaption>
              </figure>
              <Picture caption={S.minusColour} data={m.minusChannelMean} signed alt={describe(S.minusColour, m.minusChannelMean, true)} />
            </div>
            <p className={styles.fact}>{S.vggNumbers(mean)}</p>
            <p className={styles.fact}>{S.leftover(m.leftoverChannel.toFixed(2))}</p>
            <p className={styles.note}>{S.vggImagenet(VGG_MEAN_RGB)}</p>
          </section>
        </div>
        <p className={styles.note}>{S.signedNote}</p>
      </div>
    </WidgetFrame>
  );
}
