import type { Metadata } from 'next';
import { Sandbox } from '@/components/sandbox/Sandbox';
import { S } from '@/components/sandbox/strings';
import css from '@/components/layout/toolPage.module.css';

export const metadata: Metadata = { title: 'Sandbox', description: S.intro };

export default function SandboxPage() {
  return (
    <main id="content" className={css.page}>
      <h1>{S.title}</h1>
      <p className={css.intro}>{S.intro}</p>
      <p className={css.hint}>{S.readsBefore}</p>
      <Sandbox />
    </main>
  );
}
