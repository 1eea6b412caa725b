import type { Metadata } from 'next';
import { NetworkOverview } from '@/components/mdx/widgets.lazy';
import { S } from '@/components/widgets/NetworkOverview/strings';
import css from '@/components/layout/toolPage.module.css';

export const metadata: Metadata = { title: S.insidePage.title, description: S.insidePage.intro };

/** The overview, full page, on the network the sandbox handed over in this browser. */
export default function InsidePage() {
  return (
    <main id="content" className={css.page}>
      <h1>{S.insidePage.title}</h1>
      <p className={css.intro}>{S.insidePage.intro}</p>
      <NetworkOverview id="inside" network="sandbox" />
    </main>
  );
}
