'use client';
import { createContext, useContext } from 'react';

/** The numbers a parameterised question drew for this reader (null until progress has loaded). */
export const QuizParamsContext = createContext<Record<string, number | string> | null>(null);

const format = (v: number | string) => (typeof v === 'number' ? v.toLocaleString('en-US').replace('-', '\u2212') : v);

/** `<Param name="n"/>` in a parameterised question's text: one of this reader's numbers. */
export function Param({ name }: { name: string }) {
  const params = useContext(QuizParamsContext);
  if (!params) return <span aria-busy="true">…</span>;
  if (!(name in params)) return <span role="alert">[no value "{name}"]</span>;
  return <strong data-param={name}>{format(params[name])}</strong>;
}
