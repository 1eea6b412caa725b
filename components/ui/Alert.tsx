import type { ReactNode } from 'react';
import s from './Alert.module.css';

export interface AlertProps {
  /** error: something cannot be computed; warning: something was not applied; info: a note. */
  kind?: 'error' | 'warning' | 'info';
  /** The problem in a few words, in bold before the details. */
  title?: ReactNode;
  children?: ReactNode;
  id?: string;
  className?: string;
}

/** A message in place: why there are no numbers, what a link could not set. Announced when it appears. */
export function Alert({ kind = 'error', title, children, id, className }: AlertProps) {
  return (
    <div id={id} role={kind === 'info' ? 'status' : 'alert'} className={`${s.alert} ${className ?? ''}`} data-kind={kind}>
      {title ? <strong className={s.title}>{title}</strong> : null} {children}
    </div>
  );
}
