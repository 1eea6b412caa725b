import katex from 'katex';
import { useMemo } from 'react';
import styles from './Tex.module.css';

/** Display math from a TeX string built with the reader's numbers. KaTeX writes MathML next to
 * the HTML, so screen readers get the formula too. */
export function Tex({ tex }: { tex: string }) {
  const html = useMemo(() => katex.renderToString(tex, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' }), [tex]);
  return <div className={styles.math} dangerouslySetInnerHTML={{ __html: html }} />;
}
