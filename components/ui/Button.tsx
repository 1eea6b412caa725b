import type { ButtonHTMLAttributes } from 'react';
import s from './Button.module.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the one main action of a widget (Train, Step, Play); secondary: everything else. */
  variant?: 'primary' | 'secondary';
}

/** The course's one button style: every widget's main action looks the same. */
export function Button({ variant = 'secondary', className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={`${s.button} ${className ?? ''}`} data-variant={variant} {...rest} />;
}
