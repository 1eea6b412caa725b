import type { ButtonHTMLAttributes } from 'react';
import s from './Button.module.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the one main action of a widget (Train, Step, Play); secondary: everything else. */
  variant?: 'primary' | 'secondary';
  /** small: a button inside a table row or a line of text. */
  size?: 'normal' | 'small';
}

/** The course's one button style: every widget's main action looks the same. */
export function Button({ variant = 'secondary', size = 'normal', className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={`${s.button} ${className ?? ''}`} data-variant={variant} data-size={size === 'small' ? size : undefined} {...rest} />;
}
