/** Every word ChannelShuffle shows. */
export const S = {
  title: 'Channel shuffle between grouped convolutions',
  fields: { channels: 'Channels', groups: 'Groups' },
  play: 'Play',
  pause: 'Pause',
  showBefore: 'Show before',
  showAfter: 'Show after',
  before: 'before',
  after: 'after shuffle',
  figureLabel: (c: number, g: number, step: number) =>
    `Channel shuffle of ${c} channels in ${g} groups: ${step} of ${c} output positions filled. Arrow keys step, Home and End jump, Space switches between before and after.`,
  keys: 'Focus the figure: ← → step one channel, Home / End, Space for before / after.',
  announce: (pos: number, src: number, group: number) => `Position ${pos} takes channel ${src} from group ${group}.`,
  announceNone: 'Before the shuffle: channels in their groups.',
  order: 'Order after the shuffle (input channel at each position):',
  seenHeading: 'What each group of the next grouped convolution reads',
  seenCols: { group: 'Next group', without: 'without shuffle', with: 'with shuffle' },
  groupName: (g: number) => `group ${g + 1}`,
  seenList: (gs: number[]) => gs.map((g) => g + 1).join(', '),
  seenAll: 'Only after the shuffle does every group of the next layer see every group of the previous one.',
  seenOne: 'With one group there is nothing to mix: the shuffle leaves the order unchanged.',
  invalidHeading: 'These numbers cannot be used:',
  divisor: (c: number, g: number, ds: number[]) =>
    `${g} groups do not divide ${c} channels: a grouped convolution needs the same number of channels in every group. ${c} can be split into ${ds.join(', ')} groups.`,
  errors: {
    missing: (label: string) => `${label} needs a number.`,
    notWhole: (label: string, v: number) => `${label} must be a whole number (got ${v}).`,
    range: (label: string, min: number, max: number, v: number) => `${label} must be between ${min} and ${max} (got ${v}).`,
    notObject: 'The link does not describe this widget.',
  },
  guidelines: {
    heading: 'ShuffleNet v2’s guidelines, computed for a 1×1 convolution on a 56 × 56 map',
    g1: 'G1: equal input and output channels minimise memory access. Same FLOPs (c1·c2 fixed), different ratios:',
    g2: 'G2: more groups cost more memory access. Same FLOPs, channels widened as the groups grow:',
    cols: { c1: 'c1', c2: 'c2', g: 'groups', flops: 'FLOPs (MACs)', mac: 'memory access', bound: 'lower bound' },
    g1Note: (bound: string) => `The lower bound 2·√(hw·B) + B/hw = ${bound} is reached only at c1 = c2.`,
  },
};
