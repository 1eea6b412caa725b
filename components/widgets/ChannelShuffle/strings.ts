/** Every word ChannelShuffle shows. */
import { wordIssue, type IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import type { Issue } from '@/lib/store/schema';

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
  guidelines: {
    heading: 'ShuffleNet v2’s guidelines, computed for a 1×1 convolution on a 56 × 56 map',
    g1: 'G1: equal input and output channels minimise memory access. Same FLOPs (c1·c2 fixed), different ratios:',
    g2: 'G2: more groups cost more memory access. Same FLOPs, channels widened as the groups grow:',
    g1Label: 'G1 table: memory access at equal FLOPs for four channel ratios',
    g2Label: 'G2 table: memory access at equal FLOPs for 1, 4 and 16 groups',
    cols: { c: 'c1 = c2', c1: 'c1', c2: 'c2', g: 'groups', flops: 'FLOPs (MACs)', mac: 'memory access', bound: 'lower bound' },
    g1Note: (bound: string) => `The lower bound 2·√(hw·B) + B/hw = ${bound} is reached only at c1 = c2.`,
  },
};

/** How a setting the reader or a link got wrong is named. */
export const ISSUES: IssueLabels = { label: (f) => (S.fields as Record<string, string>)[f] ?? f };

/** A problem stateError found, in words (groups that do not divide the channels name the divisors). */
export function problemText(issue: Issue): string {
  if (issue.code === 'invalid' && issue.detail === 'divisor') return S.divisor(issue.max ?? 0, issue.min ?? 0, (issue.options ?? []) as number[]);
  return wordIssue(issue, ISSUES.label);
}
