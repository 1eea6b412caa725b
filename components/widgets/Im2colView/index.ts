export { Im2colView } from './Im2colView';
export type { Im2colViewProps } from './Im2colView';
