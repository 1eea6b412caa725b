/**
 * The words for the schema's issue codes (lib/store/schema.ts), given the widget's label for the
 * field. A widget's strings.ts passes its labels and may word a field's own reasons (`detail`).
 */
import type { Issue } from '@/lib/store/schema';

const list = (options: readonly (string | number)[]) =>
  options.length > 8 ? `${options.slice(0, 8).join(', ')}, …` : options.join(', ');
const fmt = (n: number | undefined) => (n === undefined ? '?' : n.toLocaleString('en-US'));

export const ISSUE_WORDS = {
  linkNotApplied: 'The shared link for this widget was not applied:',
  propIgnored: (prop: string) => `The lesson's “${prop}” setting was ignored:`,
  notObject: 'expected an object of settings.',
  unreadable: 'it could not be read.',
};

const CODES = new Set(['not-number', 'not-whole', 'out-of-range', 'not-one-of', 'not-boolean', 'not-text', 'bad-list']);

/** One issue in words: “Stride must be a whole number from 1 to 3 (got 2.5).” */
export function wordIssue(issue: Issue, label: (field: string) => string = (f) => f, detail: (reason: string) => string = (r) => r): string {
  const name = issue.field ? label(issue.field) : '';
  const got = issue.got !== undefined ? ` (got ${issue.got})` : '';
  switch (issue.code) {
    case 'not-object':
      return ISSUE_WORDS.notObject;
    case 'not-number':
      // A number field the reader emptied (or typed a lone "-" into) reads as NaN.
      if (issue.got === 'NaN') return `${name} is empty or not a number${issue.min !== undefined ? `: enter one from ${fmt(issue.min)} to ${fmt(issue.max)}` : ''}.`;
      return `${name} must be a number${issue.min !== undefined ? ` from ${fmt(issue.min)} to ${fmt(issue.max)}` : ''}${got}.`;
    case 'not-whole':
      return `${name} must be a whole number from ${fmt(issue.min)} to ${fmt(issue.max)}${got}.`;
    case 'out-of-range':
      return `${name} must be between ${fmt(issue.min)} and ${fmt(issue.max)}${got}.`;
    case 'not-one-of':
      return `${name} must be one of ${list(issue.options ?? [])}${got}.`;
    case 'not-boolean':
      return `${name} must be true or false${got}.`;
    case 'not-text':
      return `${name} must be text of at most ${fmt(issue.max)} characters${got}.`;
    case 'bad-list':
      return `${name} has the wrong number of entries${got}.`;
    case 'bad-item': {
      const inner = issue.detail && CODES.has(issue.detail) ? wordIssue({ ...issue, field: '', code: issue.detail as Issue['code'] }, label, detail).trim() : `${detail(issue.detail ?? 'unreadable')}${got}.`;
      return `${name}, entry ${(issue.index ?? 0) + 1}: ${inner}`;
    }
    case 'invalid':
      return `${name ? `${name}: ` : ''}${detail(issue.detail ?? 'unreadable')}${got}.`;
  }
}

/** How a widget words its issues: its field labels, and its own reasons (a schema `custom` field's). */
export interface IssueLabels {
  label?: (field: string) => string;
  detail?: (reason: string) => string;
}

export const issuesText = (issues: readonly Issue[], words: IssueLabels = {}) => issues.map((i) => wordIssue(i, words.label, words.detail)).join(' ');
