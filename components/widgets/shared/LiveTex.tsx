'use client';
import { useMemo, type CSSProperties } from 'react';
import { useKatex } from './useKatex';
import { texHeightEm, texToText } from './texToText';
import styles from './LiveTex.module.css';

export interface LiveTexProps {
  /** The formula in TeX, usually built with the reader's current numbers. */
  tex: string;
  /** Plain text shown until KaTeX has loaded (and in the prerendered HTML). Default: derived from `tex`. */
  fallback?: string;
  /** KaTeX display mode (a block, display-size fractions). Default false: inline style. */
  display?: boolean;
  /** The wrapping element. Default 'div'; use 'span' or 'p' inside phrasing content. */
  as?: 'div' | 'p' | 'span';
  className?: string;
  /** Height reserved (content box) so the swap from fallback to typeset math hardly moves anything;
   * any CSS length. Default: estimated from the TeX's rows and fractions, scaled by the CSS custom
   * property --live-tex-scale (KaTeX's font size relative to the box: 1.21 unless the caller's CSS
   * changes `.katex { font-size }`), plus --live-tex-margins (the display margins KaTeX's
   * `.katex-display` gets inside the box: 2em, KaTeX's own, unless the caller changes them). */
  minHeight?: string;
}

/**
 * A formula typeset by KaTeX in the browser, without KaTeX in the page's first-load JavaScript:
 * the library arrives with a dynamic import (see useKatex), and until then the box shows a
 * plain-text version of the same formula with the same numbers, in the space the typeset
 * formula will take. The server render and the first client render are both the fallback, so
 * hydration matches. Once typeset, KaTeX writes MathML next to the HTML for screen readers.
 */
export function LiveTex({ tex, fallback, display = false, as: Tag = 'div', className, minHeight }: LiveTexProps) {
  const katex = useKatex();
  const html = useMemo(
    () => (katex ? katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }) : null),
    [katex, tex, display],
  );
  const text = useMemo(() => fallback ?? texToText(tex), [fallback, tex]);
  const style: CSSProperties = {
    minHeight: minHeight ?? `calc(${texHeightEm(tex, display)}em * var(--live-tex-scale, 1.21) + var(--live-tex-margins, ${display ? '2em' : '0px'}))`,
  };
  return (
    <Tag className={className ? `${styles.box} ${className}` : styles.box} style={style} data-tex={html === null ? 'fallback' : 'typeset'}>
      {html === null ? (
        <span key="fallback" className={styles.fallback}>
          {text}
        </span>
      ) : (
        <span key="typeset" className={styles.typeset} dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </Tag>
  );
}
