'use client';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert, Button, Checkbox, Field } from '@/components/ui';
import fields from '@/components/ui/fields.module.css';
import { CostChart } from './CostChart';
import { describeItem, visibleKey } from './describe';
import { LayerDiagram } from './LayerDiagram';
import { LayerTable } from './LayerTable';
import { findNode } from '@/lib/nn/catalogue';
import { analysis, ancestors, blockNames, children, FAMILIES, isNetworkId, networkIds, tableItems, type NetworkId } from './model';
import { DEFAULT_NETWORK, initialOpen, schema, type ExplorerState } from './state';
import { ISSUES, S } from './strings';
import { Summary } from './Summary';
import styles from './ArchitectureExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

export interface ArchitectureExplorerProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** A catalogue id (default vgg16). */
  network?: string;
  /** Blocks open at first: 'all', or full block names separated by commas ('inception3a'). */
  expand?: string;
  /** Exact counts with separators in the table (default: compact above 100,000). */
  exact?: boolean;
  /** The chart of every network by parameters and MACs (default shown). */
  chart?: boolean;
}

export function ArchitectureExplorer({ id, title = S.title, network = DEFAULT_NETWORK, expand, exact = false, chart = true }: ArchitectureExplorerProps) {
  const [init] = useState(() => {
    const { open, unknown } = initialOpen(network, expand);
    // An unknown network is explained in place (below), not as an ignored setting.
    const known = isNetworkId(network);
    return { props: { ...(known ? { network } : {}), open, exact }, unknown, badNetwork: known ? null : network };
  });
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, init.props, ISSUES);
  // The first state, to tell when the reader (or a link) has chosen a network since.
  const [first] = useState(state);
  const selectId = useId();
  const current: NetworkId | null = init.badNetwork !== null && state === first ? null : state.network;
  const pick = useCallback((next: NetworkId) => set({ network: next, open: [], selected: '' }), [set]);
  const propWarning =
    current && init.unknown.length > 0 && current === network
      ? S.errors.unknownBlocksProp(init.unknown.map((n) => `"${n}"`).join(', '), analysis(current).title)
      : null;
  return (
    <WidgetFrame name="ArchitectureExplorer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.focusScope} ${styles.root}`} data-slide-layout>
        <div className={`${ui.controlBar} ${styles.controls}`}>
          <Field id={selectId} label={S.networkLabel}>
            <select id={selectId} className={fields.control} value={current ?? ''} onChange={(e) => isNetworkId(e.target.value) && pick(e.target.value)}>
              {current ? null : (
                <option value="" disabled>
                  {S.choose}
                </option>
              )}
              {FAMILIES.map(({ family, members }) => (
                <optgroup key={family} label={S.families[family]}>
                  {members.map((m) => (
                    <option key={m} value={m}>
                      {analysis(m).title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </Field>
          {current ? (
            <>
              <Button onClick={() => set({ open: blockNames(analysis(current).tree) })}>
                {S.expandAll}
              </Button>
              <Button onClick={() => set({ open: [] })}>
                {S.collapseAll}
              </Button>
              <Checkbox label={S.exact} checked={state.exact} onChange={(exact) => set({ exact })} />
            </>
          ) : null}
        </div>
        {propWarning ? <Alert kind="warning">{propWarning}</Alert> : null}
        {current ? (
          <NetworkView key={current} state={state} network={current} set={set} />
        ) : (
          <Alert title={S.invalidHeading}>{S.errors.unknownNetwork(init.badNetwork ?? '', networkIds.join(', '))}</Alert>
        )}
        {chart ? <CostChart current={current} onPick={pick} /> : null}
      </div>
    </WidgetFrame>
  );
}

interface ViewProps {
  state: ExplorerState;
  network: NetworkId;
  set: (patch: Partial<ExplorerState>) => void;
}

function NetworkView({ state, network, set }: ViewProps) {
  const a = analysis(network);
  const open = useMemo(() => new Set(state.open), [state.open]);
  const items = useMemo(() => tableItems(a, open), [a, open]);
  const [notice, setNotice] = useState('');
  const selected = visibleKey(a, state.selected || 'input', open);
  // Handlers read the latest state through a ref, so they stay the same function and the
  // memoised table rows and diagram shapes need not redraw when the pointer moves.
  const latest = useRef({ a, open, state });
  useLayoutEffect(() => {
    latest.current = { a, open, state };
  });
  // Opening a block moves the pointer to its first layer; closing one moves it to the block.
  const toggle = useCallback(
    (name: string) => {
      const { a, open, state } = latest.current;
      if (open.has(name)) {
        set({ open: state.open.filter((n) => n !== name), selected: name });
        setNotice(S.diagram.closed(name));
        return;
      }
      const block = findNode(a.tree, name);
      const first = block?.node === 'block' ? children(block)[0]?.name : undefined;
      set({ open: [...state.open, name], selected: first ?? name });
      setNotice(S.diagram.opened(name));
    },
    [set],
  );
  const closeAround = (key: string) => {
    const around = ancestors(a.tree, key).filter((b) => open.has(b)).pop();
    if (around) toggle(around);
  };
  return (
    <div className={styles.view}>
      <Summary analysis={a} />
      <LayerDiagram
        analysis={a}
        open={open}
        selected={selected}
        detail={describeItem(a, selected, open, state.exact)}
        notice={notice}
        onSelect={(key) => {
          set({ selected: key });
          setNotice('');
        }}
        onToggle={toggle}
        onCloseAround={closeAround}
      />
      <LayerTable analysis={a} items={items} selected={selected} exact={state.exact} onToggle={toggle} />
    </div>
  );
}
