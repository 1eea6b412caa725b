'use client';
import { useEffect, useRef, useState } from 'react';
import { Alert, NumberField, SelectField } from '@/components/ui';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import { ACTIVATIONS, BLOCK_TYPES, MAX_BLOCKS, NUMERIC_SETTINGS, blockErrors, type Block, type Problem } from '@/lib/sandbox';
import type { ActivationFn } from '@/lib/compute/training/spec';
import { S } from './strings';
import css from './Sandbox.module.css';
import styles from './BlockList.module.css';

interface Props {
  blocks: Block[];
  keys: number[];
  /** The first problem of the network (a block's own setting, or a shape that does not fit). */
  problem: Problem | null;
  onAdd: (type: Block['type']) => void;
  onRemove: (index: number) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onUpdate: (index: number, patch: Partial<Block>) => void;
}

const POOL_MODES = ['max', 'avg'] as const;
const PADDINGS = ['same', 'valid'] as const;

type Focus = { key: number; action: 'up' | 'down' | 'remove' | 'heading' } | { key: 'palette'; type: Block['type'] } | null;

/** The palette and the list of blocks, each with its settings and Move up / Move down / Remove. */
export function BlockList({ blocks, keys, problem, onAdd, onRemove, onMove, onUpdate }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const paletteRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<Focus>(null);
  const [announce, setAnnounce] = useState('');
  // A moved block's button keeps the focus (React moves its element, which drops the focus).
  useEffect(() => {
    if (!focus) return;
    if (focus.key === 'palette') paletteRef.current?.querySelector<HTMLElement>(`[data-type="${focus.type}"]`)?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-key="${focus.key}"] [data-action="${focus.action}"]`)?.focus();
    setFocus(null);
  }, [focus]);

  const full = blocks.length >= MAX_BLOCKS;
  return (
    <div className={styles.builder}>
      <div className={styles.palette} ref={paletteRef} role="group" aria-label={S.paletteLegend}>
        <p className={css.groupLabel} aria-hidden="true">
          {S.paletteLegend}
        </p>
        <div className={css.paletteButtons}>
          {BLOCK_TYPES.map((type) => (
            <button
              key={type}
              type="button"
              data-type={type}
              aria-disabled={full || undefined}
              onClick={() => {
                if (full) return;
                onAdd(type);
                setAnnounce(S.announceAdded(S.blockNames[type], blocks.length + 1));
              }}
            >
              + {S.shortNames[type]}
              <span className={ui.visuallyHidden}> ({S.blockNames[type]})</span>
            </button>
          ))}
        </div>
        {full && <p className={css.note}>{S.fullList(MAX_BLOCKS)}</p>}
      </div>
      <p className={ui.visuallyHidden} aria-live="polite">
        {announce}
      </p>
      {blocks.length === 0 && <p className={css.note}>{S.emptyList}</p>}
      <ol className={styles.blocks} ref={listRef} aria-label={S.builderHeading}>
        {blocks.map((block, i) => {
          const key = keys[i];
          const name = S.blockNames[block.type];
          const errors = blockErrors(block);
          const fieldErrors = Object.keys(errors).length > 0;
          // A setting's own error sits next to that setting; a shape problem under the block.
          const here = problem?.block === i && !fieldErrors ? problem.message : null;
          const errorId = `block-${key}-problem`;
          return (
            <li key={key} data-key={key} data-block={block.type} className={`${styles.block} ${here || fieldErrors ? styles.blockBad : ''}`} aria-describedby={here ? errorId : undefined}>
              <h3 className={styles.blockTitle} tabIndex={-1} data-action="heading">
                  {S.blockHeading(i, name)}
              </h3>
              <div className={styles.blockButtons} role="group" aria-label={S.blockActions(i, name)}>
                  <button
                    type="button"
                    data-action="up"
                    aria-disabled={i === 0 || undefined}
                    onClick={() => {
                      if (i === 0) return;
                      onMove(i, -1);
                      setFocus({ key, action: i - 1 === 0 ? 'down' : 'up' });
                      setAnnounce(S.announceMoved(name, i));
                    }}
                  >
                    <span aria-hidden="true">↑ </span>
                    {S.moveUp}
                  </button>
                  <button
                    type="button"
                    data-action="down"
                    aria-disabled={i === blocks.length - 1 || undefined}
                    onClick={() => {
                      if (i === blocks.length - 1) return;
                      onMove(i, 1);
                      setFocus({ key, action: i + 1 === blocks.length - 1 ? 'up' : 'down' });
                      setAnnounce(S.announceMoved(name, i + 2));
                    }}
                  >
                    <span aria-hidden="true">↓ </span>
                    {S.moveDown}
                  </button>
                  <button
                    type="button"
                    data-action="remove"
                    onClick={() => {
                      onRemove(i);
                      const next = keys[i + 1] ?? keys[i - 1];
                      setFocus(next === undefined ? { key: 'palette', type: block.type } : { key: next, action: 'heading' });
                      setAnnounce(S.announceRemoved(name));
                    }}
                  >
                    {S.remove}
                  </button>
              </div>
              <BlockFields block={block} index={i} blockKey={key} errors={errors} onUpdate={onUpdate} />
              {here && (
                <Alert id={errorId} className={styles.blockProblem}>
                  {here}
                </Alert>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function BlockFields({ block, index, blockKey, errors, onUpdate }: { block: Block; index: number; blockKey: number; errors: ReturnType<typeof blockErrors>; onUpdate: Props['onUpdate'] }) {
  const numeric = NUMERIC_SETTINGS[block.type];
  const hasSelect = block.type === 'conv' || block.type === 'pool' || block.type === 'activation';
  if (numeric.length === 0 && !hasSelect) return null;
  const values = block as unknown as Record<string, number>;
  return (
    <div className={styles.blockFields}>
      {block.type === 'activation' && (
        <SelectField<ActivationFn> label={S.activation} value={block.fn} options={ACTIVATIONS} format={(fn) => S.activationNames[fn]} onChange={(fn) => onUpdate(index, { fn })} />
      )}
      {block.type === 'pool' && <SelectField label={S.mode} value={block.mode} options={POOL_MODES} format={(m) => S.modeOptions[m]} onChange={(mode) => onUpdate(index, { mode })} />}
      {numeric.map((setting) => (
        <div key={setting} className={styles.numberCell}>
          <NumberField
            label={S.settings[setting]}
            value={values[setting]}
            min={setting === 'rate' ? 0 : 1}
            step={setting === 'rate' ? 0.05 : 1}
            invalid={!!errors[setting]}
            errorId={`block-${blockKey}-${setting}-error`}
            onChange={(v) => onUpdate(index, { [setting]: v } as Partial<Block>)}
          />
        </div>
      ))}
      {block.type === 'conv' && <SelectField label={S.padding} value={block.padding} options={PADDINGS} format={(p) => S.paddingOptions[p]} onChange={(padding) => onUpdate(index, { padding })} />}
      {numeric.map((setting) =>
        errors[setting] ? (
          <p key={setting} id={`block-${blockKey}-${setting}-error`} className={css.fieldError}>
            {S.settings[setting]}: {errors[setting]}
          </p>
        ) : null,
      )}
      {block.type === 'residual' && <p className={css.note}>{S.residualNote}</p>}
      {block.type === 'depthwiseSeparable' && <p className={css.note}>{S.dwNote}</p>}
    </div>
  );
}
