'use client';
import { createStore } from 'zustand/vanilla';
import { MAX_BLOCKS, defaultBlock, insertItem, moveItem, presetState, removeItem, type Block, type BlockType, type SandboxState, type TrainingSettings } from '@/lib/sandbox';

let nextKey = 1;
const keysFor = (n: number) => Array.from({ length: n }, () => nextKey++);

export interface SandboxStore {
  state: SandboxState;
  /** A stable key per block (for React and for moving focus with a block). */
  keys: number[];
  load: (state: SandboxState) => void;
  add: (type: BlockType) => void;
  remove: (index: number) => void;
  move: (index: number, by: -1 | 1) => void;
  update: (index: number, patch: Partial<Block>) => void;
  setTraining: (patch: Partial<TrainingSettings>) => void;
}

/** The sandbox's one store: the state that links and files carry, plus the block keys. */
export function createSandboxStore(initial: SandboxState = presetState()) {
  return createStore<SandboxStore>((set) => ({
    state: initial,
    keys: keysFor(initial.blocks.length),
    load: (state) => set({ state, keys: keysFor(state.blocks.length) }),
    add: (type) =>
      set((s) => (s.state.blocks.length >= MAX_BLOCKS ? s : { state: { ...s.state, blocks: [...s.state.blocks, defaultBlock(type)] }, keys: insertItem(s.keys, s.keys.length, nextKey++) })),
    remove: (index) => set((s) => ({ state: { ...s.state, blocks: removeItem(s.state.blocks, index) }, keys: removeItem(s.keys, index) })),
    move: (index, by) => set((s) => ({ state: { ...s.state, blocks: moveItem(s.state.blocks, index, by) }, keys: moveItem(s.keys, index, by) })),
    update: (index, patch) => set((s) => ({ state: { ...s.state, blocks: s.state.blocks.map((b, i) => (i === index ? ({ ...b, ...patch } as Block) : b)) } })),
    setTraining: (patch) => set((s) => ({ state: { ...s.state, training: { ...s.state.training, ...patch } } })),
  }));
}
