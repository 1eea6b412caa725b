import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import fs from 'node:fs';

// Every widget folder: a widget may use the kit and widgets/shared, never another widget's folder.
const widgetFolders = fs
  .readdirSync(new URL('./components/widgets/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name);
const otherWidget = (name) => ({
  group: ['@/components/widgets/*', '!@/components/widgets/shared', '!@/components/widgets/shared/**', `!@/components/widgets/${name}`, `!@/components/widgets/${name}/**`],
  message: 'A widget never imports another widget\'s folder: move what both use to components/widgets/shared/ or components/ui/.',
});
const upOut = (depth) => ({
  group: [`${'../'.repeat(depth)}*`, `!${'../'.repeat(depth)}shared`, `!${'../'.repeat(depth)}shared/**`],
  message: 'A widget never imports another widget\'s folder: move what both use to components/widgets/shared/ or components/ui/.',
});

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', 'out/', 'next-env.d.ts', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is the course's math: it must not depend on React or the site.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*', 'next', 'next/*', '@/components/*', '@/app/*'] }],
    },
  },
  ...widgetFolders.flatMap((name) => [
    { files: [`components/widgets/${name}/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns: [otherWidget(name), upOut(1)] }] } },
    { files: [`components/widgets/${name}/*/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns: [otherWidget(name), upOut(2)] }] } },
  ]),
  {
    // The kit knows nothing of widgets.
    files: ['components/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@/components/widgets/*', '@/components/widgets/**'] }] },
  },
);
