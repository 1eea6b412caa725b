import Link from 'next/link';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <Link href="/" className="site-title">
        CNN Course
      </Link>
      <nav className="site-links" aria-label="Site">
        <Link href="/sandbox/">Sandbox</Link>
        <Link href="/review/">Review</Link>
      </nav>
      <ThemeToggle />
    </header>
  );
}
