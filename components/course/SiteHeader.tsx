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
      <Link href="/sandbox/" className="site-nav-link" style={{ marginLeft: 'auto' }}>
        Sandbox
      </Link>
      <ThemeToggle />
    </header>
  );
}
