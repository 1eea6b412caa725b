import { LiveTex } from './LiveTex';
import styles from './Tex.module.css';

/** Display math from a TeX string built with the reader's numbers. KaTeX loads on demand (see
 * LiveTex): a plain-text version shows until then; once typeset, KaTeX writes MathML next to
 * the HTML, so screen readers get the formula too. */
export function Tex({ tex, fallback }: { tex: string; fallback?: string }) {
  return <LiveTex tex={tex} fallback={fallback} display className={styles.math} />;
}
