import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import 'katex/dist/katex.min.css';
import './theme.css';
import './globals.css';
import './slides.css';
import { SiteHeader } from '@/components/course/SiteHeader';
import { ProgressNotice } from '@/components/course/ProgressNotice';
import { themeBootScript } from '@/components/course/ThemeToggle';

export const metadata: Metadata = {
  title: { default: 'CNN Course', template: '%s · CNN Course' },
  description: 'An interactive, visual course on convolutional neural networks: every figure live, every number computed.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>
        <SiteHeader />
        <ProgressNotice />
        {children}
      </body>
    </html>
  );
}
