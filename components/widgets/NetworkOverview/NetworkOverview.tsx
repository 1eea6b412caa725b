'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import type { OverviewPass, UnitRef } from '@/lib/compute/overview/types';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { ImageSourceTabs, testInputImage, type ImageSource, type InputImage } from '@/components/widgets/shared/imageInput';
import { useFashionTest } from '@/components/widgets/shared/useFashionMnist';
import { useOnSlide } from '@/components/widgets/shared/useOnSlide';
import { Alert, Button } from '@/components/ui';
import { attempt, NOT_YET } from '@/components/widgets/shared/attempt';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { OverviewFigure, classNamesFor } from './OverviewFigure';
import { schema, type OverviewState } from './state';
import { ISSUES, S } from './strings';
import { UnitDetail } from './UnitDetail';
import { dims, unitIssue } from './units';
import { useOverviewModule, useOverviewNetwork, type NetworkChoice } from './useOverviewData';
import css from './NetworkOverview.module.css';
import detailCss from './UnitDetail.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';

export interface NetworkOverviewProps {
  /** Unique on the page; the key of a shared link. */
  id?: string;
  title?: string;
  /** The test image shown first (0–999). */
  image?: number;
  /** A small version (the course map): fewer controls, the same live network. */
  compact?: boolean;
  /** 'shipped' (the course's trained classifier) or 'sandbox' (the reader's, handed over in this browser). */
  network?: NetworkChoice;
}

const OWN_WORDS = { drawing: S.drawnImage, photo: S.photoImage, camera: S.cameraImage } as const;
const ALL_SOURCES: readonly ImageSource[] = ['test', 'drawing', 'photo', 'camera'];
const COMPACT_SOURCES: readonly ImageSource[] = ['test', 'drawing'];

/** Words for a unit of the pass: its layer's label, then channel and position (or class). */
function unitWords(pass: OverviewPass, u: UnitRef): string {
  const layer = pass.layers[u.layer + 1];
  return S.unit(layer.label, dims(layer.shape).flat, u.channel, u.y, u.x, classNamesFor(pass, u.layer));
}

function valueOf(pass: OverviewPass, u: UnitRef): number {
  const layer = pass.layers[u.layer + 1];
  const d = dims(layer.shape);
  return layer.values[d.flat ? u.channel : (u.y * d.w + u.x) * d.c + u.channel];
}

export function NetworkOverview(props: NetworkOverviewProps) {
  const id = props.id ?? 'network-overview';
  const rootRef = useRef<HTMLDivElement>(null);
  // On a slide the small version is shown: fewer controls and smaller maps, so the deck need not shrink it.
  const onSlide = useOnSlide(rootRef);
  const compact = props.compact === true || (props.compact as unknown) === 'true' || onSlide;
  const choice: NetworkChoice = props.network === 'sandbox' ? 'sandbox' : 'shipped';
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props as Readonly<Record<string, unknown>>, ISSUES);
  const figureRef = useRef<HTMLDivElement>(null);
  const { compute, error: engineError } = useCompute(rootRef);
  const [retry, setRetry] = useState(0);
  const { overview, error: moduleError } = useOverviewModule(compute);
  const net = useOverviewNetwork(compute, choice, retry);
  // The test images (the split alone, shared with the picker) stand in whenever no image of the reader's is there.
  const { status: images, load: loadImages } = useFashionTest(compute !== null);
  const testSet = images.kind === 'ready' ? images.test : null;
  // An image drawn or uploaded in the page (the image sources hand it over); it never travels in a link.
  const [own, setOwn] = useState<InputImage | null>(null);
  const ownShown = state.source !== 'test' && own !== null && own.source === state.source;
  const onImage = useCallback(
    (img: InputImage) => {
      if (img.source === 'test') {
        if (img.testIndex !== undefined) set({ image: img.testIndex, source: 'test' });
      } else setOwn(img);
    },
    [set],
  );

  const pixels = useMemo(() => (ownShown ? own.pixels : testSet ? testInputImage(testSet, state.image).pixels : null), [ownShown, own, testSet, state.image]);
  const network = net.kind === 'ready' ? net.network : null;
  const pass = useMemo(() => (overview && network && pixels ? attempt(() => overview.overviewPass(network, pixels)) : NOT_YET), [overview, network, pixels]);
  const p = pass.value;
  const shapes = useMemo(() => p?.layers.map((l) => l.shape) ?? [], [p]);
  const issue = p && state.unit ? unitIssue(shapes, state.unit) : null;
  const selected = p && state.unit && !issue ? state.unit : null;
  const explanation = useMemo(
    () => (overview && network && p && selected ? attempt(() => overview.explainUnit(network, p, selected)) : NOT_YET),
    [overview, network, p, selected],
  );
  const [cursor, setCursor] = useState<UnitRef | null>(null);
  const shownCursor = p && cursor && !unitIssue(shapes, cursor) ? cursor : null;

  const update = useCallback((patch: Partial<OverviewState>) => set(patch), [set]);
  const select = useCallback((u: UnitRef | null) => update({ unit: u }), [update]);
  const closeDetail = () => {
    select(null);
    figureRef.current?.querySelector<HTMLElement>('[role="group"]')?.focus();
  };
  // A link's unit that this network does not have is dropped (and said) once the pass shows it.
  const [droppedIssue, setDroppedIssue] = useState<string | null>(null);
  useEffect(() => {
    if (issue) {
      setDroppedIssue(S.unitIssue(issue));
      update({ unit: null });
    }
  }, [issue, update]);

  const label = !ownShown && testSet ? testSet.labels[state.image] : undefined;
  const said = p
    ? [
        S.prediction(FASHION_CLASSES[p.predicted] ?? S.unitName(p.predicted), p.probabilities[p.predicted]),
        label !== undefined && p.probabilities.length === FASHION_CLASSES.length ? S.truth(FASHION_CLASSES[label], label === p.predicted) : '',
        selected ? S.selected(unitWords(p, selected), valueOf(p, selected)) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';

  const problem = engineError ?? moduleError ?? (net.kind === 'failed' ? net.error : null) ?? (images.kind === 'failed' ? images.error : null) ?? pass.error;
  const waiting = !compute ? S.loadingEngine : net.kind === 'loading' ? S.loadingModel : images.kind === 'loading' ? S.loadingImages : null;
  const hintId = `${id}-keys`;
  const missing = net.kind === 'missing';
  const title = props.title ?? (choice === 'sandbox' ? S.sandboxTitle : S.title);

  return (
    <WidgetFrame name="NetworkOverview" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={rootRef} className={`${ui.focusScope} ${css.root}`} data-compact={compact ? '' : undefined}>
        {missing ? (
          <Alert kind="info" title={S.noSandbox}>
            <Link href="/sandbox/">{S.goToSandbox}</Link>
          </Alert>
        ) : null}
        {missing ? null : (
          <>
            {choice === 'sandbox' && net.kind === 'ready' ? <p className={css.about}>{S.sandboxAbout(net.testAccuracy)}</p> : null}
            <ImageSourceTabs
              onImage={onImage}
              sources={compact ? COMPACT_SOURCES : ALL_SOURCES}
              source={state.source}
              onSourceChange={(source) => update({ source })}
              testIndex={state.image}
              padPreview={false}
              compact={compact}
            />
            {state.source !== 'test' ? <p className={css.note}>{ownShown ? S.notInLink(OWN_WORDS[state.source]) : S.waitingOwn(OWN_WORDS[state.source], state.image)}</p> : null}
            {droppedIssue ? <Alert kind="warning">{droppedIssue}</Alert> : null}
          </>
        )}
        {problem ? (
          <Alert title={S.failed(problem)}>
            <Button
              onClick={() => {
                setRetry((r) => r + 1);
                loadImages();
              }}
            >
              {S.retry}
            </Button>
          </Alert>
        ) : null}
        <p id={`${id}-said`} className={css.said} aria-live="polite" data-part="prediction">
          {said || waiting || ''}
        </p>
        {compact || missing ? null : (
          <p id={hintId} className={css.hint}>
            {S.keyHint}
          </p>
        )}
        <div ref={figureRef} className={css.figureWrap} hidden={missing}>
          {p && overview ? (
            <OverviewFigure
              overview={overview}
              pass={p}
              compact={compact}
              hintId={compact ? `${id}-said` : hintId}
              cursor={shownCursor}
              onCursor={setCursor}
              selected={selected}
              onSelect={select}
            />
          ) : (
            <p className={ui.loading}>{waiting ?? ''}</p>
          )}
        </div>
        <p className={css.cursorLine} aria-live="polite">
          {p && shownCursor ? S.pointed(unitWords(p, shownCursor), valueOf(p, shownCursor)) : p ? S.pickPrompt : ''}
        </p>
        {p && selected ? (
          <section
            className={detailCss.detail}
            aria-label={S.detailTitle(unitWords(p, selected))}
            data-part="unit-detail"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                closeDetail();
              }
            }}
          >
            <header className={detailCss.detailHead}>
              <h4 className={detailCss.detailTitle}>{S.detailTitle(unitWords(p, selected))}</h4>
              <Button size="small" onClick={closeDetail}>
                {S.close}
              </Button>
            </header>
            {explanation.error ? (
              <Alert>{S.explainFailed(explanation.error)}</Alert>
            ) : explanation.value ? (
              <UnitDetail explanation={explanation.value} pass={p} unit={selected} unitWords={(u) => unitWords(p, u)} classes={FASHION_CLASSES} onMove={select} />
            ) : null}
          </section>
        ) : null}
      </div>
    </WidgetFrame>
  );
}
