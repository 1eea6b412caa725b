'use client';
import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';
export const THEME_KEY = 'cnn-course-theme';

/** Runs before first paint (inlined in <head>) so the page never flashes the wrong theme. */
export const themeBootScript = `try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}`;

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => {
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  }, []);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  const toggle = () => {
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      /* the choice lasts for this page only */
    }
    setTheme(next);
  };
  return (
    // Named for the theme it switches to, so the reader knows what a press does.
    <button type="button" className="theme-toggle" onClick={toggle} disabled={theme === null} title={`Switch to the ${next} theme`}>
      {next === 'dark' ? 'Dark theme' : 'Light theme'}
    </button>
  );
}
